import { randomInt } from 'node:crypto'
import { MAX_SEED, seedFrom } from '../run/seed'
import { progressLine } from '../run/progress'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { operations, type OperationName } from '../contract/operations'
import { TargetError } from '../drivers/contract-client'
import { RunTrouble } from '../run/run-trouble'
import { runFuzz, type FuzzReport, type OperationRow } from '../fuzz/run-fuzz'
import { Release } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import { redactSecrets } from '../run/redact'
import { readFlags, wholeNumber } from './flags'
import { EXIT } from './verify-verdict'

export const FUZZ_HELP = `sx-conformance fuzz: send malformed and boundary requests to every operation of an implementation

  --target URL              the implementation's address (required)
  --requests N              how many requests in all, shared among the operations (default 10000)
  --seed S                  fast-check's seed, to repeat a run exactly: a number, or any text (default: a new one, printed)
  --release NAME            the release of the provider instance it opens: ${Release.options.join(' or ')} (default australia)
  --setup-token TOKEN       what setup operations carry (default the ${SETUP_TOKEN_VARIABLE} environment variable)
  --request-timeout-ms N    how long one request may go unanswered (default 10000)
  --operation NAME          only this operation (a reproduction gives it, with --seed and --path)
  --path PATH               fast-check's path to one shrunk request, to replay exactly it
  --help                    this text

Every answer must be below 500; a success must have the operation's status and shape, and come only for a body
sent as application/json, in UTF-8 and of the operation's shape; anything else must be a refusal of the contract
with the status its code takes, naming the fields of a body of the wrong shape and never calling a rule's refusal
a malformed request; a refused request must leave the connections, the registration tasks and the customer
registrations as they were; a refusal must not name another user; no answer may build an address on the Host
header. What the contract asks without requiring it (a challenge with every 401, setup only with the setup token)
is listed as a warning, which does not fail the run. Exit codes: 0 no violation, 1 violations (a table, then each one shrunk, with how to repeat it),
2 could not run.`

/** Fuzzes a target and answers the exit code. */
export async function fuzz(args: string[]): Promise<number> {
  const { flags, release, seed, target } = readFuzzFlags(args)
  const requests = wholeNumber(flags.requests, '--requests', 1, 10_000_000)
  const sent = { requests: 0, operation: '' }
  const progress = progressLine(
    (text) => process.stderr.write(text),
    () => `${sent.requests} of about ${requests} requests sent, now to ${sent.operation || 'the first operation'}`,
    process.stderr.isTTY === true,
  )
  progress.start()
  const report = await runFuzz({
    target,
    release,
    requests,
    seed,
    onSent: (operation) => {
      sent.requests += 1
      sent.operation = operation
      progress.update()
    },
    ...(flags.operation ? { only: flags.operation as OperationName } : {}),
    ...(flags.path ? { path: flags.path } : {}),
  })
    .finally(() => progress.end())
    .catch((error: unknown) => {
      throw new ConfigurationError(
        `cannot fuzz ${target.url}: ${error instanceof TargetError || error instanceof RunTrouble ? error.message : String(error)}`,
      )
    })
  console.log(redactSecrets(reportText(report, target.url)))
  return report.rows.some((row) => row.violation) ? EXIT.notConformant : EXIT.conformant
}

/** The flags of fuzz, each read and checked before anything is sent. */
function readFuzzFlags(args: string[]) {
  const flags = readFlags(args, {
    target: { type: 'string' },
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    release: { type: 'string', default: 'australia' },
    'setup-token': { type: 'string' },
    'request-timeout-ms': { type: 'string', default: '10000' },
    operation: { type: 'string' },
    path: { type: 'string' },
  })
  if (!flags.target || !URL.canParse(flags.target) || !/^https?:$/.test(new URL(flags.target).protocol)) {
    throw new ConfigurationError(
      `--target takes an http(s) address${flags.target ? `, not "${flags.target}"` : ' (see --help)'}`,
    )
  }
  const releaseRead = Release.safeParse(flags.release)
  if (!releaseRead.success)
    throw new ConfigurationError(`--release is one of ${Release.options.join(', ')}, not "${flags.release}"`)
  if (flags.operation !== undefined && !(flags.operation in operations))
    throw new ConfigurationError(
      `--operation names an operation of the contract (see openapi.json), not "${flags.operation}"`,
    )
  if (flags.path !== undefined && (!flags.operation || !/^\d+(:\d+)*$/.test(flags.path)))
    throw new ConfigurationError('--path takes the path a violation printed, with its --operation and --seed')
  const seed = flags.seed === undefined ? randomInt(MAX_SEED) : seedFrom(flags.seed)
  const setupToken = flags['setup-token'] ?? process.env[SETUP_TOKEN_VARIABLE]
  const target = {
    url: flags.target.replace(/\/+$/, ''),
    timeoutMs: wholeNumber(flags['request-timeout-ms'], '--request-timeout-ms', 50, 600_000),
    ...(setupToken ? { setupToken } : {}),
  }

  return { flags, release: releaseRead.data, seed, target }
}

/** The run as a table, then every violation with its request, its answer and how to repeat it. */
export function reportText(report: FuzzReport, targetUrl: string): string {
  const perSecond = Math.round(report.sent / report.seconds)
  const header = `fuzz of ${targetUrl}: ${report.sent} requests in ${report.seconds.toFixed(1)} s (${perSecond} per second), seed ${report.seed}`
  const table = [
    `${'operation'.padEnd(40)} ${'requests'.padStart(8)} ${'refused'.padStart(8)} ${'accepted'.padStart(8)}  violation`,
    ...report.rows.map(
      (row) =>
        `${row.operation.padEnd(40)} ${String(row.sent).padStart(8)} ${String(row.refused).padStart(8)} ${String(row.accepted).padStart(8)}  ${row.violation?.kinds.join(', ') ?? '-'}`,
    ),
  ]
  const found = report.rows.filter((row): row is Required<OperationRow> => row.violation !== undefined)
  const details = found.map(({ operation, violation }) =>
    [
      `${operation}: ${violation.kinds.join(', ')}`,
      `  sent:     ${violation.request.method} ${violation.request.path.slice(0, 200)} ${JSON.stringify(violation.request.headers)}`,
      ...(violation.request.body === undefined ? [] : [`  body:     ${bodyText(violation.request.body)}`]),
      `  answered: ${violation.answer.status === 0 ? 'nothing (no answer in time, or the connection dropped)' : `HTTP ${violation.answer.status} ${violation.answer.text.slice(0, 300)}`}`,
      `  repeat:   sx-conformance fuzz --target ${targetUrl} --operation ${operation} --seed ${violation.seed} --path ${violation.path}`,
    ].join('\n'),
  )
  const warned = report.rows.flatMap((row) =>
    Object.entries(row.warnings).map(([warning, count]) => `  ${row.operation}: ${warning} (${count} answers)`),
  )
  const warnings = warned.length === 0 ? [] : ['warnings (what the contract asks without requiring it):', ...warned, '']
  const verdict = found.length === 0 ? 'no violation' : `${found.length} operation(s) with a violation`
  return [header, '', ...table, '', ...warnings, verdict, ...(details.length > 0 ? ['', ...details] : [])].join('\n')
}

/** A body as sent: text as a JSON string, bytes that are not UTF-8 in hexadecimal; the first 300 of either. */
const bodyText = (body: string | Buffer): string =>
  typeof body === 'string' ? JSON.stringify(body.slice(0, 300)) : `bytes ${body.subarray(0, 300).toString('hex')}`
