import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { startReferenceProcess, type ReferenceProcess } from '../tools/reference-process'
import { bodyOf, forwardTo } from './forward-request'
import { runCli, runCliHere } from './run-cli'

let reference: ReferenceProcess
before(async () => {
  reference = await startReferenceProcess()
})
after(() => reference.stop())

/** The seed of the bounded fuzz: the environment's, to repeat a run, or a new one each run (the output prints it). */
const SEED = process.env.SX_SEED || String(Math.floor(Math.random() * 2 ** 31))

/** How many requests: 2,500 from a new seed in every npm test, 10,000 in the nightly npm run gate:full. */
const REQUESTS = process.env.SX_GATE === 'full' ? 10_000 : 2_500

test(`fuzzing the reference with ${REQUESTS.toLocaleString('en')} requests finds no 5xx, no answer outside the contract and no state changed by a refusal`, async () => {
  const run = await runCli(
    ['fuzz', '--target', reference.url, '--requests', String(REQUESTS), '--seed', SEED],
    reference.env,
  )
  assert.equal(run.code, 0, `seed ${SEED}: ${run.stdout}${run.stderr}`)
  const sent = Number(/: (\d+) requests in/.exec(run.stdout)?.[1])
  assert.ok(sent >= REQUESTS, `only ${sent} requests were sent`)
  assert.match(run.stdout, /\nno violation\n?$/)
})

/**
 * A target in front of the reference with a planted slip for each property: listing connections at an address with a
 * bad %-escape answers 500; every refused connection leaves one behind, as the Connections tab then shows; a refusal of
 * KMF health comes with the wrong status; a refusal on the registration page names the contact.
 */
async function startSlippingTarget(referenceUrl: string) {
  let refusedPosts = 0
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const chunks = await bodyOf(request)
      const path = new URL(request.url ?? '/', 'http://slipping').pathname
      if (request.method === 'GET' && request.url?.includes('%E0') && path.endsWith('/connections'))
        return void response.writeHead(500, { 'content-type': 'text/plain' }).end('URIError: URI malformed')
      const answer = await forwardTo(referenceUrl, request, chunks)
      let text = (await answer.text()).replaceAll(
        referenceUrl,
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      )
      let status = answer.status
      if (path.endsWith('/kmf-health') && status === 403) status = 400
      if (path.includes('/registration-page') && status >= 400 && status < 500 && text) {
        const refusal = JSON.parse(text) as { code: string; reason: string }
        text = JSON.stringify({ ...refusal, reason: `${refusal.reason} (ask fuzz.contact, the named contact)` })
      }
      if (request.method === 'POST' && answer.status >= 400 && answer.status < 500 && path.endsWith('/connections'))
        refusedPosts += 1
      if (request.method === 'GET' && path.endsWith('/connections') && answer.ok) {
        const left = Array.from({ length: refusedPosts }, (_, index) => ({
          number: `CONN${String(9_000_000 + index)}`,
          company: 'Left behind',
          instanceUrl: 'https://left.example',
          state: 'Pending',
        }))
        text = JSON.stringify([...(JSON.parse(text) as unknown[]), ...left])
      }
      response
        .writeHead(
          status,
          answer.headers.get('content-type') ? { 'content-type': answer.headers.get('content-type')! } : {},
        )
        .end(text)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

describe('a target with planted slips', () => {
  let slipping: Awaited<ReturnType<typeof startSlippingTarget>>
  before(async () => {
    slipping = await startSlippingTarget(reference.url)
  })
  after(() => slipping.close())

  test('fails with each slip, a violation of each property, shrunk to one request, and the printed command repeats it', async () => {
    const run = await runCli(['fuzz', '--target', slipping.url, '--requests', '2000', '--seed', SEED], reference.env)
    assert.equal(run.code, 1, `seed ${SEED}: ${run.stdout}${run.stderr}`)
    assert.match(run.stdout, /^createConnection: refusal changed state$/m)
    assert.match(run.stdout, /^listConnections: server error$/m)
    assert.match(run.stdout, /^viewKmfHealth: answer outside the contract$/m)
    assert.match(run.stdout, /^(openRegistrationUrl|getStarted|startRegistration): refusal names another user$/m)
    assert.match(run.stdout, /sent: +GET \/provider-instances\/[^ ]*%E0/)
    const repeat = /repeat: +sx-conformance (fuzz .*--operation createConnection .*)$/m.exec(run.stdout)?.[1]
    assert.ok(repeat, run.stdout)
    const again = await runCli(repeat.split(' '), reference.env)
    assert.equal(again.code, 1, again.stdout)
    assert.match(again.stdout, /^createConnection: refusal changed state$/m)
  })

  test('bad flags are a clear error with exit code 2', async () => {
    for (const [args, message] of [
      [['--requests', '10'], /--target takes an http\(s\) address/],
      [['--target', slipping.url, '--operation', 'nothing'], /--operation names an operation of the contract/],
      [['--target', slipping.url, '--requests', 'many'], /--requests takes a whole number/],
      [['--target', slipping.url, '--seed'], /--seed.*argument/],
    ] as const) {
      const run = await runCliHere(['fuzz', ...args])
      assert.equal(run.code, 2, run.stdout + run.stderr)
      assert.match(run.lastLine, message)
    }
  })
})
