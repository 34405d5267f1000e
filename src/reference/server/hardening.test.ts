import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { Boundary } from '../../../mocks/boundary'
import { bearerCredentials } from '../../contract/basic-credentials'
import { ProviderCenter } from '../provider-center'
import { MAX_RECORDS_PER_INSTANCE } from '../provider-store'
import { MAX_BODY_BYTES } from './read-body'
import { codeOf, providerUser, startTestServer, withTestServer, type Answered, type TestServer } from './test-server'

let t: TestServer
const admin = { userName: 'provider.admin', password: 'correct horse battery' }

before(async () => {
  t = await startTestServer()
  await t.setup('POST', '/setup/users', providerUser('provider.admin', ['admin']))
})
after(() => t.close())

const refusedAs = (answer: Answered, status: number, code: string) =>
  assert.deepEqual([answer.status, codeOf(answer)], [status, code], answer.text.slice(0, 200))

describe('no 5xx for anything a client sends', () => {
  test('a malformed %-escape in the instance, in a record number or in a screen path is 400 invalid-request', async () => {
    for (const path of [
      '/provider-instances/%E0/connections',
      `${t.path}/connections/%E0%A4`,
      `${t.path}/sx/registration/%C3%28`,
      '/provider-instances/%/setup/clock',
    ]) {
      refusedAs(await t.raw('GET', path, t.headers.as(admin)), 400, 'invalid-request')
    }
  })
  test('a malformed Host header changes nothing', async () => {
    assert.equal((await t.raw('GET', '/capabilities', { host: '[bad' })).status, 200)
    assert.equal((await t.raw('GET', `${t.path}/connections`, { host: 'a b', ...t.headers.as(admin) })).status, 200)
  })
  test('a body nested 10,000 deep is 400 invalid-request, on every operation that reads a body', async () => {
    const deep = `{"customerInstanceUrl": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    for (const operation of [
      '/customer-integration/provider-record',
      '/customer-integration/activation',
      '/registration-page',
      '/connections',
    ]) {
      refusedAs(
        await t.raw('POST', `${t.path}${operation}`, { ...t.headers.json, ...t.headers.as(admin) }, deep),
        400,
        'invalid-request',
      )
    }
  })
  test('clock advances outside the contract (0, 0.5, 600000, 1e12 minutes) are 400 invalid-request, and the clock still works after', async () => {
    for (const minutes of [0, 0.5, 600_000, 1e12, -5])
      refusedAs(await t.setup('POST', '/setup/clock', { minutes }), 400, 'invalid-request')
    const moved = await t.setup('POST', '/setup/clock', { minutes: 1 })
    assert.equal(moved.status, 200)
    assert.ok(Number.isFinite(Date.parse((moved.body as { now: string }).now)))
  })
  test('a clock at the end of time stops there instead of breaking', async () => {
    for (let year = 0; year < 3; year += 1)
      assert.equal((await t.setup('POST', '/setup/clock', { minutes: 525_600 })).status, 200)
  })
  test('an unexpected failure answers a JSON internal-error refusal, logs one line without the token, and the instance goes on serving', async () => {
    const token = 'A'.repeat(43)
    const original = ProviderCenter.prototype.listConnections
    ProviderCenter.prototype.listConnections = () => {
      throw new Error(`a defect while reading https://x.example/sx/registration/${token}`)
    }
    try {
      refusedAs(await t.raw('GET', `${t.path}/connections?at=${token}`, t.headers.as(admin)), 500, 'internal-error')
    } finally {
      ProviderCenter.prototype.listConnections = original
    }
    assert.equal((await t.raw('GET', `${t.path}/connections`, t.headers.as(admin))).status, 200)
    assert.ok(t.logged.length > 0, 'the defect is logged')
    assert.ok(
      t.logged.every((line) => !line.includes(token)),
      t.logged.join('\n'),
    )
  })
})

describe("the contract's schemas are the server's validation", () => {
  test('a body sent as text/plain (as a cross-site form can) is 415 unsupported-media-type, and nothing is added', async () => {
    const answer = await t.raw(
      'POST',
      `${t.path}/setup/users`,
      { 'content-type': 'text/plain', ...t.headers.asSetup },
      JSON.stringify(providerUser('plain', ['admin'])),
    )
    refusedAs(answer, 415, 'unsupported-media-type')
    refusedAs(
      await t.raw(
        'GET',
        `${t.path}/connections`,
        t.headers.as({ userName: 'plain', password: 'correct horse battery' }),
      ),
      401,
      'not-authenticated',
    )
  })
  test('application/json with a charset is a JSON body', async () => {
    assert.equal(
      (
        await t.raw(
          'POST',
          `${t.path}/setup/companies`,
          { 'content-type': 'application/json; charset=utf-8', ...t.headers.asSetup },
          '{"name":"Charset Ltd"}',
        )
      ).status,
      201,
    )
  })
  test('a field longer than its limit is 400 invalid-request naming it; a body over the limit is 413 body-too-large', async () => {
    const long = await t.setup('POST', '/setup/companies', { name: 'x'.repeat(201) })
    refusedAs(long, 400, 'invalid-request')
    assert.match((long.body as { reason: string }).reason, /^name: /)
    refusedAs(await t.setup('POST', '/setup/companies', { name: 'x'.repeat(MAX_BODY_BYTES) }), 413, 'body-too-large')
  })
  test('a query the operation needs, missing, is 400 invalid-request', async () => {
    refusedAs(await t.raw('GET', `${t.path}/customer-integration`, t.headers.as(admin)), 400, 'invalid-request')
  })
})

describe('every URL is built on the public address, never on the Host header', () => {
  test('an instance opened with Host: attacker.example gets an address on the public one', async () => {
    const answer = await t.openInstance({ host: 'attacker.example' })
    assert.equal(answer.status, 201)
    assert.ok((answer.body as { url: string }).url.startsWith(`${t.server.publicUrl}/provider-instances/`))
  })
  test("a screen's base address is the public one", async () => {
    const screen = await t.raw('GET', `${t.path}/csp`, { host: 'attacker.example' })
    assert.doesNotMatch(screen.text, /attacker\.example/)
    assert.match(screen.text, new RegExp(`<base href="${t.server.publicUrl}`))
  })
  test('a form posted to a screen from another site is refused, and one from the same site is not', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    const fromElsewhere = await t.raw(
      'POST',
      `${t.path}/csm/register`,
      { ...form, origin: 'https://attacker.example' },
      'firstName=Eve',
    )
    assert.equal(fromElsewhere.status, 400)
    assert.match(fromElsewhere.text, /posted from another site/)
    const fromHere = await t.raw(
      'POST',
      `${t.path}/csm/register`,
      { ...form, origin: new URL(t.server.publicUrl).origin },
      'firstName=Ada',
    )
    assert.doesNotMatch(fromHere.text, /posted from another site/)
  })
  test('a public address given at start is the one URLs are built on', async () => {
    await withTestServer({ publicUrl: 'https://sx.example.com' }, async (proxied) => {
      assert.ok(proxied.instance.url.startsWith('https://sx.example.com/provider-instances/'))
    })
  })
})

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

describe('refusals disclose nothing about other users', () => {
  test("a stranger opening, starting or completing someone else's registration URL is refused without the contact's name or address", async () => {
    const boundary = new Boundary()
    await boundary.start('served')
    const consumer = await boundary.addressFor('https://consumer.example')
    boundary.instances.add(consumer, '2.3.18').hasUser('stranger', ['admin'])
    boundary.instances.control(consumer).hasUser('grace.contact', ['admin'])
    const stage = await startTestServer()
    try {
      await stage.setup('POST', '/setup/users', providerUser('provider.admin', ['admin']))
      await stage.setup('POST', '/setup/provider-record', { name: 'acme-provider' })
      const company = (await stage.setup('POST', '/setup/companies', { name: 'Consumer Ltd' })).body as { id: string }
      const contact = {
        ...providerUser('grace.contact', [], company.id),
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace.hopper@consumer.example',
      }
      const contactId = ((await stage.setup('POST', '/setup/users', contact)).body as { id: string }).id
      const created = await stage.raw(
        'POST',
        `${stage.path}/connections`,
        { ...stage.headers.json, ...stage.headers.as(admin) },
        JSON.stringify({ companyId: company.id, contactId, instanceUrl: consumer }),
      )
      const { registrationUrl } = created.body as { registrationUrl: string }
      assert.ok(registrationUrl, created.text)
      const signedIn = { authorization: bearerCredentials(boundary.instances.control(consumer).signIn('stranger')) }
      for (const step of ['', '/get-started', '/start']) {
        const answer = await stage.raw(
          'POST',
          `${stage.path}/registration-page${step}`,
          { ...stage.headers.json, ...signedIn },
          JSON.stringify({ registrationUrl }),
        )
        assert.equal(codeOf(answer), 'not-named-contact', answer.text)
        for (const detail of [contact.userName, contact.email, contact.firstName, contact.lastName])
          assert.ok(!answer.text.includes(detail), `the refusal of ${step || 'open'} names ${detail}`)
      }
    } finally {
      await stage.close()
      await boundary.close()
    }
  })
})

describe('a reference with rules switched off', () => {
  test('says so in the name it gives in its capabilities, so that no report passes it for the reference', async () => {
    await withTestServer({ faults: new Set(['PC-10', 'PC-40:lexical']) }, async (faulty) => {
      const answer = await faulty.raw('GET', '/capabilities')
      assert.equal(
        (answer.body as { implementation: string }).implementation,
        'sx-conformance reference, with PC-10, PC-40:lexical switched off',
      )
    })
    await withTestServer({}, async (sound) => {
      assert.equal(
        ((await sound.raw('GET', '/capabilities')).body as { implementation: string }).implementation,
        'sx-conformance reference',
      )
    })
  })
})
