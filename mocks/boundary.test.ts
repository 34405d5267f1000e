import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Boundary } from './boundary'
import { MAIL_GATEWAY_URL } from './mail-gateway'
import { MAIL_GATEWAY_MESSAGES_PATH } from '../src/contract/mail.schema'

const INSTANCE = 'https://acme.service-now.example'

describe('the boundary reports what its mocks cannot answer', () => {
  it('a Table API query outside the subset is answered 400 and reported with the query, never answered empty', async () => {
    const boundary = new Boundary()
    boundary.instances.add(INSTANCE, '2.3.18').hasUser('ada', ['admin'])
    const outside = await boundary.fetch(`${INSTANCE}/api/now/table/sys_user?sysparm_query=user_nameLIKEad`)
    assert.equal(outside.status, 400)
    assert.equal(boundary.strayCalls.length, 1)
    assert.match(boundary.strayCalls[0]!, /user_nameLIKEad/)
    const within = await boundary.fetch(`${INSTANCE}/api/now/table/sys_user?sysparm_query=user_nameINada,bob`)
    assert.deepEqual(await within.json(), { result: [{ user_name: 'ada', roles: 'admin' }] })
    assert.equal(boundary.strayCalls.length, 1)
  })

  it('the mail gateway refuses a documented kind without its facts, and takes other kinds without counting them', async () => {
    const boundary = new Boundary()
    const send = (message: object) =>
      boundary.fetch(`${MAIL_GATEWAY_URL}/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
      })
    const base = { to: 'ada@acme.example', subject: 'Hello', text: 'Hello' }
    assert.equal((await send({ ...base, kind: 'registration-approved', userId: 'ada' })).status, 400)
    assert.match(boundary.strayCalls[0]!, /temporaryPassword/)
    assert.equal((await send({ ...base, kind: 'acknowledgement' })).status, 202)
    assert.equal((await send({ ...base, kind: 'registration-rejected' })).status, 202)
    assert.deepEqual(
      boundary.outbox.documented().map((email) => email.kind),
      ['registration-rejected'],
    )
    assert.deepEqual(boundary.outbox.received('ADA@acme.example', 'registration-rejected').length, 1)
  })
})

describe("the boundary tells its own slowness from the target's", () => {
  it('a call its caller gave up on before the mocks answered is noted as late; one to a silent instance, which answers nothing on purpose, is not', async () => {
    const boundary = new Boundary()
    boundary.instances.add(INSTANCE, '2.3.18').hasUser('ada', ['admin'])
    const SILENT = 'https://quiet.service-now.example'
    boundary.instances.add(SILENT, '2.3.18').becomes('silent')
    const gaveUp = new AbortController()
    gaveUp.abort(new Error('the caller gave up'))
    await assert.rejects(
      boundary.fetch(`${INSTANCE}/api/now/table/sys_user?sysparm_query=user_nameINada`, { signal: gaveUp.signal }),
    )
    const silentCall = new AbortController()
    const unanswered = boundary.fetch(`${SILENT}/api/now/table/sys_user?sysparm_query=user_nameINada`, {
      signal: silentCall.signal,
    })
    silentCall.abort(new Error('the caller gave up'))
    await assert.rejects(unanswered)
    await new Promise((settled) => setTimeout(settled, 20))
    assert.equal(boundary.lateAnswers.length, 1, boundary.lateAnswers.join('; '))
    assert.match(
      boundary.lateAnswers[0]!,
      /^GET https:\/\/acme\.service-now\.example\/api\/now\/table\/sys_user\?.*, given up after \d+ ms$/,
    )
    await boundary.reset()
    assert.deepEqual(boundary.lateAnswers, [])
  })
})

describe('the boundary notes when the kit was held still, and only from the scenario on', () => {
  /** Holds this process still, as a machine too busy to run it does. */
  const holdStill = (ms: number) => {
    const until = performance.now() + ms
    while (performance.now() < until);
  }

  it('a stillness the watch has not ticked over yet counts at once; what came before a fresh start does not', async () => {
    const boundary = new Boundary()
    await boundary.start('in-process')
    try {
      holdStill(700)
      assert.equal(boundary.lateAnswersNow(), 1, 'held still past the limit, asked before the watch ticks')
      holdStill(700)
      boundary.startsAfresh()
      assert.equal(boundary.lateAnswersNow(), 0, 'what the kit went through before the scenario is no news of it')
    } finally {
      await boundary.close()
    }
  })
})

describe('the boundary serves run after run in one process', () => {
  it('closed at the end of a run, it starts again for the next: its mail gateway answers on a port of its own', async () => {
    const boundary = new Boundary()
    const deliver = async () =>
      (
        await fetch(`${boundary.mailGatewayUrl}${MAIL_GATEWAY_MESSAGES_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ to: 'ada@acme.example', subject: 'Hello', text: 'Hello', kind: 'acknowledgement' }),
        })
      ).status
    for (const run of [1, 2]) {
      await boundary.start('served')
      try {
        assert.notEqual(boundary.mailGatewayUrl, MAIL_GATEWAY_URL, `run ${run}: the gateway has no port`)
        assert.equal(await deliver(), 202, `run ${run}`)
      } finally {
        await boundary.close()
      }
    }
  })
})
