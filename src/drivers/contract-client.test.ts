import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { RunTrouble } from '../run/run-trouble'
import { ContractClient, STOPPED_AFTER, TargetError } from './contract-client'

/**
 * Blocks this process, as loading cucumber between two calls does, so that it sees nothing the network does meanwhile.
 */
function busyFor(ms: number): void {
  const until = Date.now() + ms
  while (Date.now() < until) {
    // nothing: the event loop is held, as by a long synchronous load
  }
}

describe('a kept-alive connection the target closed while the kit was busy', () => {
  let server: Server
  let url: string
  let connections = 0
  let opened = 0
  /** Whether the target closes each connection soon after its answer; while it does not, a connection is reused. */
  let closesIdle = true
  before(async () => {
    server = createServer((request, response) => {
      // Opening a provider instance is taken, and the connection dropped before the answer.
      if (request.method === 'POST') {
        opened += 1
        return void request.socket.destroy()
      }
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ implementation: 'test', releases: ['australia'], parts: [], attests: [] }))
      // Each connection is closed 50 ms after an answer, as servers close idle connections (the reference after 5 s),
      // and without a Keep-Alive hint, so that the client cannot know it in advance.
      if (closesIdle) response.on('finish', () => setTimeout(() => request.socket.destroy(), 50))
    })
    server.keepAliveTimeout = 0
    server.on('connection', () => (connections += 1))
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((closed) => server.close(() => closed())))

  test('is not a failure of the target: the call is sent again on a new connection and answered', async () => {
    const client = new ContractClient({ baseUrl: url, timeoutMs: 5_000 })
    assert.equal((await client.call('capabilities')).ok, true, 'the first call is answered')
    busyFor(300)
    for (let call = 0; call < 3; call += 1)
      assert.equal(
        (await client.call('capabilities')).ok,
        true,
        `call ${call + 2}, after the target closed the connection, is answered`,
      )
    assert.ok(connections >= 2, `${connections} connection(s): the closed one was not left behind`)
  })

  test('a call that may not be sent twice is not: the target that dropped it is reported, having seen it once', async () => {
    // The call goes on the connection kept alive from the first, which the target keeps open until it drops the call:
    // a kit that took the drop for a stale connection would send the call again.
    closesIdle = false
    const client = new ContractClient({ baseUrl: url, timeoutMs: 5_000 })
    assert.equal((await client.call('capabilities')).ok, true, 'the first call is answered')
    await assert.rejects(
      client.call('openProviderInstance', { body: {} }),
      /Open a provider instance.*the target dropped the connection/,
    )
    assert.equal(opened, 1, `the target was asked ${opened} times to open a provider instance, once sent`)
  })
})

describe('a target that stops answering', () => {
  let server: Server
  let url: string
  let connections = 0
  let answering = true
  before(async () => {
    server = createServer((request, response) => {
      // Every call on a connection of its own, so that each meets the target as it is at that moment.
      if (request.url !== '/capabilities') return void response.writeHead(204, { connection: 'close' }).end()
      response.writeHead(200, { 'content-type': 'application/json', connection: 'close' })
      response.end(JSON.stringify({ implementation: 'test', releases: ['australia'], parts: [], attests: [] }))
    })
    server.on('connection', (socket) => {
      connections += 1
      if (!answering) socket.destroy()
    })
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((closed) => server.close(() => closed())))

  test(`fails the target for a call it dropped; ${STOPPED_AFTER} in a row, with an answer between none of them, are trouble of the run, and no call is sent after`, async () => {
    const client = new ContractClient({ baseUrl: url, timeoutMs: 2_000 })
    answering = false
    await assert.rejects(
      client.call('removeProviderRecord'),
      (error) => error instanceof TargetError && /dropped the connection/.test(error.message),
    )
    answering = true
    assert.equal((await client.call('removeProviderRecord')).ok, true, 'an answer starts the count again')
    answering = false
    for (let call = 1; call < STOPPED_AFTER; call += 1)
      await assert.rejects(
        client.call('removeProviderRecord'),
        TargetError,
        `unanswered call ${call} is the target's failure`,
      )
    await assert.rejects(
      client.call('removeProviderRecord'),
      (error) =>
        error instanceof RunTrouble &&
        /stopped answering: 3 calls in a row got no answer .*the last: .*dropped the connection/.test(error.message),
    )
    const tried = connections
    answering = true
    await assert.rejects(
      client.call('removeProviderRecord'),
      (error) => error instanceof RunTrouble && /was not sent/.test(error.message),
    )
    assert.equal(connections, tried, 'the call after the target stopped answering was not sent')
    assert.equal(
      (await client.call('capabilities')).ok,
      true,
      'asking what the target implements is sent still: a target coming up is asked again',
    )
  })
})

describe('a refusal that says the run was set up wrong', () => {
  let server: Server
  let url: string
  let code = 'setup-token-invalid'
  before(async () => {
    server = createServer((_request, response) => {
      response
        .writeHead(code === 'server-full' ? 429 : 401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code, reason: 'as the test says' }))
    })
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((closed) => server.close(() => closed())))

  for (const [refusal, advice] of [
    ['setup-token-invalid', /--setup-token or SX_SETUP_TOKEN/],
    ['server-full', /restart it, or give it room/],
  ] as const) {
    test(`${refusal} is trouble of the run, with what to do, not a refusal of the target's rules`, async () => {
      code = refusal
      const client = new ContractClient({ baseUrl: url, timeoutMs: 2_000 })
      await assert.rejects(
        client.call('openProviderInstance', { body: {} }),
        (error) => error instanceof RunTrouble && advice.test(error.message),
      )
    })
  }
})
