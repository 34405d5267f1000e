import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { describe, test } from 'node:test'
import { MAX_RECORDS_PER_INSTANCE } from './instance-room'
import { providerUser, refusedAs, withTestServer } from './test-server'

describe('bounded resources', () => {
  test('a server full of instances in use refuses the next with 429 server-full, and closes none of them', async () => {
    await withTestServer({ limits: { maxInstances: 1 } }, async (full) => {
      const more = await full.openInstance()
      refusedAs(more, 429, 'server-full')
      assert.equal(
        (await full.setup('PUT', '/setup/email-notifications', { on: false })).status,
        204,
        'the instance in use is still there',
      )
    })
  })
  test('an instance closed when its scenario ends gives its place to the next at once, and is gone; closing needs the setup token', async () => {
    await withTestServer({ limits: { maxInstances: 1 } }, async (one) => {
      refusedAs(await one.raw('DELETE', one.path), 401, 'setup-token-invalid')
      assert.equal((await one.setup('DELETE', '')).status, 204)
      refusedAs(await one.setup('PUT', '/setup/email-notifications', { on: false }), 404, 'provider-instance-not-found')
      refusedAs(await one.setup('DELETE', ''), 404, 'provider-instance-not-found')
      assert.equal((await one.openInstance()).status, 201, 'the closed instance made room')
    })
  })
  test('an instance unused for the idle time is closed, and its place goes to a new one', async () => {
    let now = 0
    await withTestServer({ limits: { maxInstances: 1, idleMinutes: 30 }, now: () => now }, async (idle) => {
      now += 29 * 60_000
      assert.equal(
        (await idle.setup('PUT', '/setup/email-notifications', { on: false })).status,
        204,
        'used within the idle time',
      )
      now += 30 * 60_000
      const opened = await idle.openInstance()
      assert.equal(opened.status, 201)
      refusedAs(
        await idle.setup('PUT', '/setup/email-notifications', { on: false }),
        404,
        'provider-instance-not-found',
      )
    })
  })
  test(`an instance keeps at most ${MAX_RECORDS_PER_INSTANCE} records; the next is 422 record-limit-reached`, async () => {
    await withTestServer({}, async (busy) => {
      for (let index = 0; index < MAX_RECORDS_PER_INSTANCE; index += 1)
        assert.equal((await busy.setup('POST', '/setup/companies', { name: `Company ${index}` })).status, 201)
      refusedAs(await busy.setup('POST', '/setup/companies', { name: 'One too many' }), 422, 'record-limit-reached')
      refusedAs(await busy.setup('POST', '/setup/users', providerUser('late', ['admin'])), 422, 'record-limit-reached')
    })
  })
  test('what the records of all instances hold together is bounded: past it, 429 server-full, until a closed instance gives its room back', async () => {
    let now = 0
    await withTestServer({ limits: { maxStoredMb: 1, idleMinutes: 30 }, now: () => now }, async (small) => {
      const roles = Array.from({ length: 50 }, (_, index) => String(index).padEnd(200, 'r'))
      const big = (index: number) => ({
        ...providerUser(`user.${index}`.padEnd(200, 'x'), roles),
        firstName: 'f'.repeat(200),
        lastName: 'l'.repeat(200),
      })
      let added = 0
      let answer = await small.setup('POST', '/setup/users', big(added))
      while (answer.status === 201 && added < 100) answer = await small.setup('POST', '/setup/users', big(++added))
      refusedAs(answer, 429, 'server-full')
      assert.ok(added > 10 && added < 100, `${added} users of about 23 KB fit in 1 MB`)
      now += 31 * 60_000
      const fresh = await small.openInstance()
      const path = new URL((fresh.body as { url: string }).url).pathname
      const room = await small.raw(
        'POST',
        `${path}/setup/users`,
        { ...small.headers.json, ...small.headers.asSetup },
        JSON.stringify(big(0)),
      )
      assert.equal(room.status, 201, room.text)
    })
  })
  test('a body that never ends is cut off at the request timeout', async () => {
    await withTestServer({ timeouts: { headersMs: 300, requestMs: 300 } }, async (slow) => {
      const { port } = new URL(slow.server.url)
      const started = Date.now()
      const closed = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST ${slow.path}/setup/companies HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${slow.setupToken}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"na`,
          )
        })
        let answer = ''
        socket.on('data', (chunk) => (answer += chunk.toString()))
        socket.on('close', () => resolve(answer))
      })
      // Long before the default 30 s, however busy the machine.
      assert.ok(Date.now() - started < 10_000, `closed after ${Date.now() - started} ms`)
      assert.match(closed, /^HTTP\/1\.1 408/)
    })
  })
})
