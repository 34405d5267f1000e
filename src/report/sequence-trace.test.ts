import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import { tracedDriver } from '../drivers/traced-driver'
import { MOST_ENTRIES, sequenceDiagram, Trace } from './sequence-trace'

const gateway = 'http://127.0.0.1:4999'

test('a diagram puts the parties left of the target and the systems it calls right of it, under the roles the scenario gave them', () => {
  const trace = new Trace()
  trace.asked('ann.lee.x1', 'create connection')
  trace.called({
    url: 'https://acme-1.example/api/now/table/sys_store_app?sysparm_query=x',
    method: 'GET',
    status: 200,
    toMailGateway: false,
  })
  trace.called({
    url: `${gateway}/v1/messages`,
    method: 'POST',
    status: 202,
    toMailGateway: true,
    mail: { kind: 'registration-invitation', to: 'bo@acme.example' },
  })
  trace.answered('ann.lee.x1', 'createConnection', 'ok, Pending')
  const roles: Record<string, string> = {
    'ann.lee.x1': 'provider admin',
    'acme-1.example': "the consumer's instance",
    'bo@acme.example': "the consumer's contact",
  }
  const diagram = sequenceDiagram(
    trace.entries,
    (raw) => roles[raw] ?? raw.replaceAll('bo@acme.example', "the consumer's contact"),
  )
  assert.deepEqual(diagram.split('\n').slice(0, 5), [
    'sequenceDiagram',
    '  participant party1 as provider admin',
    '  participant target as target',
    "  participant system1 as the consumer's instance",
    '  participant system2 as mail gateway',
  ])
  assert.match(diagram, /party1->>target: create connection/)
  assert.match(diagram, /target->>system1: read sys_store_app\n {2}system1-->>target: 200/)
  assert.match(diagram, /target->>system2: email registration-invitation to the consumer's contact/)
  assert.match(diagram, /target-->>party1: ok, Pending/)
})

test('what would break a Mermaid message (a colon, a semicolon, a hash, a new line) is left out of it', () => {
  const trace = new Trace()
  trace.answered('x', 'v', 'failed: the target; said #1\nthen more')
  assert.match(sequenceDiagram(trace.entries), /target-->>party1: failed the target said 1 then more$/)
})

test('a long scenario shows its last messages and says how many it left out', () => {
  const trace = new Trace()
  for (let index = 0; index < MOST_ENTRIES + 5; index++) trace.asked('x', `step ${index}`)
  const diagram = sequenceDiagram(trace.entries)
  assert.match(diagram, /Note over target: 5 earlier messages left out/)
  assert.doesNotMatch(diagram, /step 4\n/)
  assert.match(diagram, new RegExp(`step ${MOST_ENTRIES + 4}$`))
})

test('the traced driver writes each verb a party performs, with the refusal code or the state it got back, and leaves setup out', async () => {
  const trace = new Trace()
  const driver = tracedDriver(
    {
      addUser: async () => ({ ok: true, value: { id: '1' } }),
      openRegistrationUrl: async () => ({ ok: false, refusal: { code: 'not-named-contact', reason: 'no' } }),
      getStarted: async () => ({ ok: true, value: { state: 'Validated' } }),
      advanceClock: async () => ({ ok: true, value: { now: '' } }),
      viewConsumerPortal: async () => {
        throw new Error('the target went away\nand more')
      },
    } as unknown as ExchangeDriver,
    trace,
  )
  await driver.addUser({ userName: 'u', password: 'p', firstName: 'a', lastName: 'b', email: 'e@x.example', roles: [] })
  await driver.openRegistrationUrl({ userName: 'cy', accessToken: 'tk' }, 'https://p.example/r/1')
  await driver.getStarted({ userName: 'cy', accessToken: 'tk' }, 'https://p.example/r/1')
  await driver.advanceClock(5)
  await assert.rejects(driver.viewConsumerPortal())
  assert.deepEqual(trace.entries, [
    { kind: 'asked', party: 'cy', verb: 'open registration url' },
    { kind: 'answered', party: 'cy', verb: 'openRegistrationUrl', outcome: 'refused not-named-contact' },
    { kind: 'asked', party: 'cy', verb: 'get started' },
    { kind: 'answered', party: 'cy', verb: 'getStarted', outcome: 'ok, Validated' },
    { kind: 'asked', party: 'kit', verb: 'clock forward 5 min' },
    { kind: 'answered', party: 'kit', verb: 'advanceClock', outcome: 'ok' },
    { kind: 'asked', party: 'visitor', verb: 'view consumer portal' },
    { kind: 'answered', party: 'visitor', verb: 'viewConsumerPortal', outcome: 'failed: the target went away' },
  ])
})
