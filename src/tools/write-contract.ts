/**
 * Writes what documents the HTTP contract: the OpenAPI document, from the zod schemas (a test fails while the committed
 * one differs), and the example exchanges of CONTRACT.md, recorded from runs of the whole suite (both releases) against
 * the reference served by another process. Usage: npm run contract
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Exchange } from '../drivers/contract-client'
import { RECORD_EXCHANGES_VARIABLE, TARGET_URL_VARIABLE } from '../drivers/compose'
import { openApiText } from '../contract/openapi-document'
import { OPENAPI_FILE } from '../contract/openapi-path'
import { CUCUMBER_CLI, KIT_ROOT } from '../run/kit-files'
import { operations, type Operation, type OperationName } from '../contract/operations'
import { withGeneratedSections } from './contract-sections'
import { redactSecrets } from '../run/redact'
import { startReferenceProcess } from './reference-process'
import { runTool } from './run-tool'
import { temporaryFolder } from '../run/temporary-folder'

/** The committed documents this writes, in the kit's own folder (not in dist/, where this may run from). */
const CONTRACT_PAGE = join(KIT_ROOT, 'CONTRACT.md')
const OPENAPI_PATH = join(KIT_ROOT, OPENAPI_FILE)
const START = '<!-- examples: written by npm run contract -->'
const END = '<!-- end of examples -->'

/** Every exchange of one run of the suite over HTTP, in order. */
async function recordExchanges(): Promise<{ exchanges: Exchange[]; targetUrl: string }> {
  const file = join(temporaryFolder('sx-contract-'), 'exchanges.ndjson')
  writeFileSync(file, '')
  // serve's own outbound limit (1 s): a tighter one made a scenario fail now and then on a busy machine.
  const server = await startReferenceProcess()
  try {
    // Both releases: some operations (Validate & resolve) only Brazil's scenarios make.
    for (const profile of ['remote', 'remote-brazil']) {
      const run = spawnSync(process.execPath, [CUCUMBER_CLI, '-p', profile, '--format', 'summary'], {
        env: {
          ...process.env,
          ...server.env,
          SX_SEED: '1',
          [TARGET_URL_VARIABLE]: server.url,
          [RECORD_EXCHANGES_VARIABLE]: file,
        },
        encoding: 'utf8',
      })
      if (run.status !== 0) throw new Error(`the suite failed over HTTP while recording:\n${run.stdout}${run.stderr}`)
    }
  } finally {
    await server.stop()
  }
  const exchanges = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Exchange)
  return { exchanges, targetUrl: server.url }
}

/**
 * One exchange as a reader sees it, the same from one recording to the next: the target's address, the instance's
 * identifier, the mocks' ports, the identifiers the target drew (numbered in the order they appear, so that one example
 * still shows which is which) and the times of its clock made generic.
 */
function render(exchange: Exchange, targetUrl: string): string {
  const drawn = new Map<string, string>()
  const numbered = (id: string) => drawn.get(id) ?? (drawn.set(id, `{id ${drawn.size + 1}}`), drawn.get(id)!)
  const generic = (text: string) =>
    redactSecrets(
      text
        .replaceAll(targetUrl, 'https://target.example')
        .replace(/\/provider-instances\/[0-9a-f-]{36}/g, '/provider-instances/{instance}')
        .replace(/(127\.0\.0\.1(?::|%3A))\d+/g, '$1{port}')
        .replace(/\b(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})\b/g, numbered)
        .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '{time}'),
      '{token}',
    )
  const operation: Operation = operations[exchange.operation]
  const request = [
    `${exchange.method} ${generic(exchange.path)}`,
    ...credentialsShown(operation, exchange.actor),
    ...(exchange.body !== undefined ? ['', generic(JSON.stringify(exchange.body, null, 2))] : []),
  ]
  const response = [
    `HTTP ${exchange.status}`,
    ...(exchange.answer !== undefined ? ['', generic(JSON.stringify(exchange.answer, null, 2))] : []),
  ]
  return ['```http', ...request, '```', '', '```http', ...response, '```'].join('\n')
}

/**
 * The Authorization header an example shows, by the party the operation's table names: a provider user's Basic
 * credentials, a consumer user's access token from their own instance, or setup's token.
 */
function credentialsShown(operation: Operation, actor: string | undefined): string[] {
  if (operation.acting === 'setup') return ['Authorization: Bearer (the setup token)']
  if (actor === undefined) return []
  if (operation.acting === 'consumer user')
    return [`Authorization: Bearer (the access token ${actor}'s instance issued)`]
  return [`Authorization: Basic (${actor} and password)`]
}

/** The first accepted exchange of each operation, and the first refusal of those a scenario saw refused. */
function examples(exchanges: Exchange[], targetUrl: string): string {
  const sections = (Object.keys(operations) as OperationName[]).map((name) => {
    const operation: Operation = operations[name]
    const accepted = exchanges.find((exchange) => exchange.operation === name && exchange.status === operation.status)
    const refusal = exchanges.find((exchange) => exchange.operation === name && exchange.status >= 400)
    return [
      `### ${name}: ${operation.summary}`,
      '',
      `\`${operation.method} ${operation.root ? '' : '{instance url}'}${operation.path}\`, acting as ${operation.acting}${operation.part ? `; part of the optional part \`${operation.part}\`` : ''}.`,
      '',
      accepted ? render(accepted, targetUrl) : '_No scenario made this call._',
      ...(refusal ? ['', 'Refused:', '', render(refusal, targetUrl)] : []),
    ].join('\n')
  })
  return sections.join('\n\n')
}

async function main(): Promise<void> {
  writeFileSync(OPENAPI_PATH, openApiText())
  console.log(`wrote ${OPENAPI_PATH}`)
  const { exchanges, targetUrl } = await recordExchanges()
  const page = readFileSync(CONTRACT_PAGE, 'utf8')
  const [before, rest] = page.split(START)
  const after = rest?.split(END)[1]
  if (before === undefined || after === undefined) throw new Error(`${CONTRACT_PAGE} has lost its examples markers`)
  const written = withGeneratedSections(`${before}${START}\n\n${examples(exchanges, targetUrl)}\n\n${END}${after}`)
  if (written === undefined) throw new Error(`${CONTRACT_PAGE} has lost the markers of a generated part`)
  writeFileSync(CONTRACT_PAGE, written)
  console.log(`wrote the examples of ${CONTRACT_PAGE} from ${exchanges.length} recorded exchanges`)
}

runTool(main)
