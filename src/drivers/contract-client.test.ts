import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { ContractClient } from './contract-client'

/** Blocks this process, as loading cucumber between two calls does, so that it sees nothing the network does meanwhile. */
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
      response.on('finish', () => setTimeout(() => request.socket.destroy(), 50))
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
    for (let call = 0; call < 3; call += 1) assert.equal((await client.call('capabilities')).ok, true, `call ${call + 2}, after the target closed the connection, is answered`)
    assert.ok(connections >= 2, `${connections} connection(s): the closed one was not left behind`)
  })

  test('a call that may not be sent twice is not: the target that dropped it is reported, having seen it once', async () => {
    const client = new ContractClient({ baseUrl: url, timeoutMs: 5_000 })
    assert.equal((await client.call('capabilities')).ok, true, 'the first call is answered')
    await assert.rejects(client.call('openProviderInstance', { body: {} }), /Open a provider instance.*the target dropped the connection/)
    assert.equal(opened, 1, `the target was asked ${opened} times to open a provider instance, once sent`)
  })
})
