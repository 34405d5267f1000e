import { REFUSALS } from '../spec/refusals'
import { REQUEST_TIMEOUT } from '../contract/request-timeout'
import { readings } from '../requirements/catalog'
import { refusalStatus } from '../contract/operations'
import { RefusalCode } from '../contract/refusal.schema'
import { outboundCallsTable } from '../../mocks/outbound-table'
import { mailKindsTable } from '../contract/mail.schema'
import { silencesTable } from '../contract/silences'
import { stateDiagramsSection } from '../report/state-diagrams'

/** What each refusal status means, in a sentence. */
const MEANING: Record<number, string> = {
  400: 'the request is malformed: a path that does not decode, a body that is not JSON, nests too deep or is not of the shape (then the refusal lists the fields at fault in `fields`, as dotted paths such as `instanceUrl` or `settings.maxAuthorizedUsers`: the kit reads them)',
  401: 'who acts could not be established: no credentials, a wrong password, an unknown user, or setup without the setup token',
  403: 'the user is known but may not do this',
  404: 'what the request names does not exist (or a provider instance was closed after it went unused)',
  413: 'the body is larger than the target reads',
  415: 'a body was sent as something other than application/json',
  422: 'a rule of the procedures refused the request',
  429: 'the target holds as many provider instances, or as much, as it keeps; try again later',
  500: 'a defect of the target: the scenario fails, but the answer is still a refusal a client can read',
}

/**
 * The table of CONTRACT.md that gives each status a refusal or the HTTP layer answers with its codes, from the same
 * function the server and the kit use.
 */
export function statusTable(): string {
  const statuses = [...new Set(RefusalCode.options.map(refusalStatus))]
  const rows: [number, string][] = statuses.map((status) => {
    const codes = RefusalCode.options.filter((code) => refusalStatus(code) === status)
    return [status, `| ${status} | ${MEANING[status] ?? ''} | ${codes.map((code) => `\`${code}\``).join(', ')} |`]
  })
  rows.push([REQUEST_TIMEOUT.status, `| ${REQUEST_TIMEOUT.status} | ${REQUEST_TIMEOUT.when} | none |`])
  return ['| Status | When | Codes |', '|---|---|---|', ...rows.sort(([a], [b]) => a - b).map(([, row]) => row)].join(
    '\n',
  )
}

/** Which rules give each refusal code, from the specification's table; the contract's own codes are left out. */
function refusalRulesTable(): string {
  const rows = Object.entries(REFUSALS)
    .filter(([, requirements]) => requirements.length > 0)
    .map(([code, requirements]) => `| \`${code}\` | ${requirements.join(', ')} |`)
  return ['| Code | The rules that give it (the first is the one it is named for) |', '|---|---|', ...rows].join('\n')
}

/**
 * The readings register as CONTRACT.md shows it: where sources disagree, what the kit implements and what it does not.
 */
function readingsTable(): string {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  const rows = readings.map(
    (reading) =>
      `| ${reading.id} | ${cell(reading.question)} | ${cell(reading.implemented.position)} (${cell(reading.implemented.sources)}) | ${reading.alternatives.map((side) => `${cell(side.position)} (${cell(side.sources)})`).join('<br>')} |`,
  )
  return ['| ID | Question | The kit implements | Not implemented |', '|---|---|---|---|', ...rows].join('\n')
}

/** The parts of CONTRACT.md written from the code, each between two markers named after it. */
const GENERATED_SECTIONS: Record<string, () => string> = {
  'status table': statusTable,
  'refusal rules': refusalRulesTable,
  'readings register': readingsTable,
  'silences register': silencesTable,
  'outbound calls': outboundCallsTable,
  'mail kinds': mailKindsTable,
  'state diagrams': () => stateDiagramsSection(),
}

/**
 * A page with every generated part between its markers replaced by the current one; undefined when markers are missing.
 */
export function withGeneratedSections(page: string): string | undefined {
  let written = page
  for (const [name, text] of Object.entries(GENERATED_SECTIONS)) {
    const start = `<!-- ${name}: written by npm run contract -->`
    const [before, rest]: (string | undefined)[] = written.split(start)
    const after: string | undefined = rest?.split(`<!-- end of ${name} -->`)[1]
    if (before === undefined || after === undefined) return undefined
    written = `${before}${start}\n${text()}\n<!-- end of ${name} -->${after}`
  }
  return written
}
