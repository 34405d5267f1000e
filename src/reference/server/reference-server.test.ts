import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { codeOf, providerUser, startTestServer, type TestServer } from './test-server'

let t: TestServer
const itil = { userName: 'itil.user', password: 'correct horse battery' }

before(async () => {
  t = await startTestServer()
  await t.setup('POST', '/setup/users', providerUser('itil.user', ['itil']))
})
after(() => t.close())

describe('requests act as a user of the provider instance', () => {
  test('without credentials: 401 not-authenticated, with a Basic challenge', async () => {
    const answer = await t.raw('GET', `${t.path}/connections`)
    assert.deepEqual([answer.status, codeOf(answer)], [401, 'not-authenticated'])
    assert.match(String(answer.headers['www-authenticate']), /^Basic /)
  })

  test('with a wrong password: 401 not-authenticated', async () => {
    const answer = await t.raw('GET', `${t.path}/connections`, t.headers.as({ ...itil, password: 'guess' }))
    assert.deepEqual([answer.status, codeOf(answer)], [401, 'not-authenticated'])
  })

  test('without the role the operation needs: 403 with the refusal code', async () => {
    const body = JSON.stringify({ companyId: 'x', contactId: 'y', instanceUrl: 'https://a.example' })
    const answer = await t.raw('POST', `${t.path}/connections`, { ...t.headers.json, ...t.headers.as(itil) }, body)
    assert.deepEqual([answer.status, codeOf(answer)], [403, 'not-admin'])
  })
})

describe('setup needs the setup token the server was started with', () => {
  const company = JSON.stringify({ name: 'Intruder Ltd' })
  test('without it, adding a company is refused 401 setup-token-invalid with a Bearer challenge, and nothing is added', async () => {
    const answer = await t.raw('POST', `${t.path}/setup/companies`, t.headers.json, company)
    assert.deepEqual([answer.status, codeOf(answer)], [401, 'setup-token-invalid'])
    assert.match(String(answer.headers['www-authenticate']), /^Bearer /)
  })
  test('a wrong token, a user\'s Basic credentials, or the token without "Bearer" are refused alike', async () => {
    for (const authorization of [
      `Bearer ${t.setupToken}x`,
      `Basic ${Buffer.from(`itil.user:${itil.password}`).toString('base64')}`,
      t.setupToken,
    ]) {
      const answer = await t.raw(
        'POST',
        `${t.path}/setup/users`,
        { ...t.headers.json, authorization },
        JSON.stringify(providerUser('intruder', ['admin'])),
      )
      assert.deepEqual([answer.status, codeOf(answer)], [401, 'setup-token-invalid'], authorization.slice(0, 12))
    }
    const signIn = await t.raw(
      'GET',
      `${t.path}/connections`,
      t.headers.as({ userName: 'intruder', password: 'correct horse battery' }),
    )
    assert.equal(codeOf(signIn), 'not-authenticated', 'no intruder was added')
  })
  test('without it, a malformed body is refused for the missing token, not for its shape', async () => {
    const answer = await t.raw('POST', `${t.path}/setup/users`, t.headers.json, '{"userName": ')
    assert.deepEqual([answer.status, codeOf(answer)], [401, 'setup-token-invalid'])
  })
  test('opening a provider instance needs it too', async () => {
    const answer = await t.openInstance({}, {})
    assert.deepEqual([answer.status, codeOf(answer)], [401, 'setup-token-invalid'])
  })
  test('what a target implements is open to anyone', async () => {
    assert.equal((await t.raw('GET', '/capabilities')).status, 200)
  })
})

describe('requests the contract does not know are refused with a code', () => {
  test('an unknown operation: 404 operation-not-found', async () => {
    assert.equal(codeOf(await t.raw('PATCH', `${t.path}/connections`)), 'operation-not-found')
  })
  test('an unknown provider instance: 404 provider-instance-not-found', async () => {
    const answer = await t.raw('GET', '/provider-instances/nobody/connections')
    assert.deepEqual([answer.status, codeOf(answer)], [404, 'provider-instance-not-found'])
  })
  test('a body that is not JSON: 400 invalid-request', async () => {
    const answer = await t.setup('POST', '/setup/companies', '{"name": ')
    assert.deepEqual([answer.status, codeOf(answer)], [400, 'invalid-request'])
  })
  test('a setup body of the wrong shape: 400 invalid-request naming the field', async () => {
    const answer = await t.setup('PUT', '/setup/email-notifications', { on: 'yes' })
    assert.equal(answer.status, 400)
    assert.match((answer.body as { reason: string }).reason, /^on: /)
  })
})

describe('setup refuses what would leave the records inconsistent, and adds nothing', () => {
  test('a user whose name is taken: 422 user-name-taken, a rule and not a malformed request, and the first user still signs in', async () => {
    const again = await t.setup('POST', '/setup/users', {
      ...providerUser('itil.user', ['admin']),
      password: 'another password entirely',
    })
    assert.deepEqual([again.status, codeOf(again)], [422, 'user-name-taken'])
    const listed = await t.raw('GET', `${t.path}/connections`, t.headers.as(itil))
    assert.deepEqual([listed.status, codeOf(listed)], [403, 'not-admin'])
  })
  test('a contact of a company the instance does not have: 422 company-not-found, and no such user signs in', async () => {
    const contact = await t.setup('POST', '/setup/users', providerUser('ghost.contact', ['admin'], 'f'.repeat(32)))
    assert.deepEqual([contact.status, codeOf(contact)], [422, 'company-not-found'])
    const listed = await t.raw(
      'GET',
      `${t.path}/connections`,
      t.headers.as({ userName: 'ghost.contact', password: 'correct horse battery' }),
    )
    assert.deepEqual([listed.status, codeOf(listed)], [401, 'not-authenticated'])
  })
})
