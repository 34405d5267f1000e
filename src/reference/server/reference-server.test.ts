import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { basicCredentials } from '../../contract/basic-credentials'
import type { Listening } from '../../run/http-listener'
import { startReferenceServer } from './reference-server'

let server: Listening
let instance: string

const call = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${instance}${path}`, init)
  return { status: response.status, body: response.status === 204 ? undefined : await response.json(), challenge: response.headers.get('www-authenticate') }
}
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } })
const user = (userName: string, roles: string[]) => ({ userName, password: 'correct horse battery', firstName: 'Ada', lastName: 'Lovelace', email: `${userName}@provider.example`, roles })

before(async () => {
  server = await startReferenceServer({ port: 0, faults: new Set(), outboundTimeoutMs: 100 })
  const opened = await fetch(`${server.url}/provider-instances`, json('POST', { release: 'australia', mailGatewayUrl: 'http://127.0.0.1:9' }))
  instance = ((await opened.json()) as { url: string }).url
  await call('/setup/users', json('POST', user('itil.user', ['itil'])))
})
after(() => server.close())

describe('requests act as a user of the provider instance', () => {
  test('without credentials: 401 not-authenticated, with a Basic challenge', async () => {
    const answer = await call('/connections')
    assert.equal(answer.status, 401)
    assert.equal((answer.body as { code: string }).code, 'not-authenticated')
    assert.match(answer.challenge ?? '', /^Basic /)
  })

  test('with a wrong password: 401 not-authenticated', async () => {
    const answer = await call('/connections', { headers: { authorization: basicCredentials({ userName: 'itil.user', password: 'guess' }) } })
    assert.deepEqual([answer.status, (answer.body as { code: string }).code], [401, 'not-authenticated'])
  })

  test('without the role the operation needs: 403 with the refusal code', async () => {
    const answer = await call('/connections', json('POST', { companyId: 'x', contactId: 'y', instanceUrl: 'https://a.example' }, { authorization: basicCredentials({ userName: 'itil.user', password: 'correct horse battery' }) }))
    assert.deepEqual([answer.status, (answer.body as { code: string }).code], [403, 'not-admin'])
  })
})

describe('requests the contract does not know are refused with a code', () => {
  test('an unknown operation: 404 operation-not-found', async () => {
    assert.deepEqual((await call('/connections', { method: 'PATCH' })).status, 404)
  })
  test('an unknown provider instance: 404 provider-instance-not-found', async () => {
    const response = await fetch(`${server.url}/provider-instances/nobody/connections`)
    assert.deepEqual([response.status, ((await response.json()) as { code: string }).code], [404, 'provider-instance-not-found'])
  })
  test('a body that is not JSON: 400 invalid-request, and nothing is created', async () => {
    const answer = await call('/setup/companies', { method: 'POST', body: '{"name": ' })
    assert.deepEqual([answer.status, (answer.body as { code: string }).code], [400, 'invalid-request'])
  })
  test('a setup body of the wrong shape: 400 invalid-request naming the field', async () => {
    const answer = await call('/setup/email-notifications', json('PUT', { on: 'yes' }))
    assert.equal(answer.status, 400)
    assert.match((answer.body as { reason: string }).reason, /^on: /)
  })
})
