import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Boundary } from '../../../mocks/boundary'
import { bearerCredentials } from '../../contract/basic-credentials'
import { ProviderCenter } from '../provider-center'
import { MAX_BODY_BYTES } from './read-body'
import { codeOf, providerUser, refusedAs, startTestServer, withTestServer, type TestServer } from './test-server'

let t: TestServer
const admin = { userName: 'provider.admin', password: 'correct horse battery' }

before(async () => {
  t = await startTestServer()
  await t.setup('POST', '/setup/users', providerUser('provider.admin', ['admin']))
})
after(() => t.close())

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
  test('a JSON body that is not UTF-8 is 400 invalid-request, and nothing is added', async () => {
    // é written as Latin-1's one byte, which UTF-8 does not take alone
    const spoiled = Buffer.from(JSON.stringify(providerUser('latin', ['admin'])).replace('"Ada"', '"Adé"'), 'latin1')
    refusedAs(
      await t.raw('POST', `${t.path}/setup/users`, { ...t.headers.json, ...t.headers.asSetup }, spoiled),
      400,
      'invalid-request',
    )
    refusedAs(
      await t.raw(
        'GET',
        `${t.path}/connections`,
        t.headers.as({ userName: 'latin', password: 'correct horse battery' }),
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
    refusedAs(await t.raw('GET', `${t.path}/filtered-connections`, t.headers.as(admin)), 400, 'invalid-request')
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
