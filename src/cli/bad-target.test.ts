import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { ConformanceReport } from '../report/conformance-report.schema'
import { startReferenceProcess, type ReferenceProcess } from '../tools/reference-process'
import { bodyOf, forwardTo } from './forward-request'
import { runCli } from './run-cli'
import { temporaryFolder } from '../run/temporary-folder'

/** How the bad target spoils one operation, by method and the end of its path. */
const spoilers: [
  method: string,
  pathEnd: RegExp,
  spoil: (response: ServerResponse, answer: Response) => Promise<void> | void,
][] = [
  [
    'POST',
    /\/registration-tasks$/,
    (response) => void response.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance'),
  ],
  [
    'GET',
    /\/connections$/,
    (response) => void response.writeHead(200, { 'content-type': 'application/json' }).end('[{"number": "CONN'),
  ],
  [
    'GET',
    /\/connections\/[^/]+$/,
    async (response, answer) => {
      const details = (await answer.json()) as { card: Record<string, unknown> }
      delete details.card.state
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(details))
    },
  ],
  ['GET', /\/kmf-health$/, () => undefined], // never answers
  ['POST', /\/registration-cases$/, (response) => void response.socket?.destroy()],
]

/** Scenarios that between them make every spoiled call (features run in file order; legacy comes late). */
const SCENARIOS =
  '@req:KMF-01 or @req:PC-33 or @req:PC-10 or @req:TASK-04 or @req:TASK-05 or @req:LEG-05 or @req:CT-03 or @req:CT-04'

let reference: ReferenceProcess
let badTarget: { url: string; close(): void; opened(): number }

/**
 * A target in front of the reference that spoils some operations, and stops listening mid-run: when a scenario opens
 * its provider instance after every spoiler has spoiled a call (the CT-03 and CT-04 scenarios come last).
 */
async function startBadTarget(referenceUrl: string) {
  const spoiled = new Set<number>()
  let opened = 0
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const chunks = await bodyOf(request)
      const path = new URL(request.url ?? '/', 'http://bad').pathname
      if (path === '/provider-instances') {
        if (spoiled.size === spoilers.length) {
          server.close()
          server.closeAllConnections()
          return
        }
        opened++
      }
      const answer = await forwardTo(referenceUrl, request, chunks)
      // The reference's addresses are the bad target's: every call of a scenario comes back here.
      const text = (await answer.text()).replaceAll(
        referenceUrl,
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      )
      const spoiler = spoilers.findIndex(([method, pathEnd]) => method === request.method && pathEnd.test(path))
      if (spoiler >= 0 && answer.ok) {
        spoiled.add(spoiler)
        return spoilers[spoiler]![2](response, new Response(text))
      }
      response
        .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
        .end(text)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
    opened: () => opened,
  }
}

before(async () => {
  reference = await startReferenceProcess()
  badTarget = await startBadTarget(reference.url)
})
after(async () => {
  badTarget.close()
  await reference.stop()
})

test('a target that answers 5xx, malformed JSON or wrong shapes, hangs or drops calls fails scenarios; when it goes away for good, the run ends as one that could not run', async () => {
  const dir = temporaryFolder('sx-bad-target-')
  const run = await runCli(
    ['verify', '--target', badTarget.url, '--tags', SCENARIOS, '--request-timeout-ms', '3000', '--report-dir', dir],
    { SX_SEED: '1', ...reference.env },
  )
  // Gone for good, the target is no longer judged: the run ends as one that could not run, at the scenario where it
  // stopped.
  assert.equal(run.code, 2, run.stdout + run.stderr)
  assert.match(
    run.lastLine,
    /^sx-conformance: could not run: the target at http:\/\/127\.0\.0\.1:\d+ stopped answering: 3 calls in a row got no answer .*\(at ".+", features\/.+:\d+/,
  )
  const report = ConformanceReport.parse(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))
  const messages = report.requirements.flatMap((row) => row.scenarios.map((scenario) => scenario.message ?? ''))
  const expected: [string, RegExp][] = [
    [
      'a server error',
      /Save a registration task \(POST \/provider-instances\/[^/]+\/registration-tasks\): the target answered HTTP 503 \(a server error\): maintenance/,
    ],
    ['malformed JSON', /The Connections tab \(GET .*\): HTTP 200 with a body that is not JSON/],
    [
      'a wrong shape, naming the field',
      /View details of a connection \(GET .*\): the answer breaks the contract at card\.state: /,
    ],
    ['a hang', /Key Management > Health \(GET .*\): no answer within 3000 ms/],
    ['a dropped call', /Submit a Service Bridge Registration \(POST .*\): the target dropped the connection/],
    [
      'a target gone mid-run',
      /Open a provider instance of the scenario's own \(POST \/provider-instances\): the target refused the connection/,
    ],
  ]
  for (const [what, message] of expected)
    assert.ok(
      messages.some((text) => message.test(text)),
      `no scenario failed for ${what}`,
    )
  const ran = report.requirements
    .flatMap((row) => row.scenarios)
    .filter((scenario) => scenario.status === 'passed' || scenario.status === 'failed')
  assert.ok(ran.length > badTarget.opened(), 'the first scenarios after the target went away failed for it')
  assert.equal(report.verdict, 'could not run')
  for (const file of ['junit.xml', 'conformance.md', 'conformance.html', 'messages.ndjson'])
    assert.ok(readFileSync(join(dir, file), 'utf8').length > 0, `${file} was written`)
})
