import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readingsOf, type Readings } from './readings'
import { REFERENCE_CHOICES } from '../spec/choices'
import { StartingSettings } from '../contract/starting-settings'

/** What each reading answers for a case where two readings part: the reference's, then the other's. */
const PROBES: [
  choice: Parameters<typeof readingsOf>[0],
  probe: (readings: Readings) => unknown,
  ours: unknown,
  theirs: unknown,
][] = [
  [{ registrationUrlOnCard: 'only when email is off' }, (r) => r.urlOnCard(true), true, false],
  [{ refusalOrder: 'reversed' }, (r) => r.ordered([1, 2]), [1, 2], [2, 1]],
  [{ taskLinkInComments: 'always' }, (r) => r.linkInComments(true), false, true],
  [{ passedChecks: 'left out' }, (r) => r.checksShown([{ status: 'passed' }]).length, 1, 0],
  [{ listOrder: 'oldest first' }, (r) => r.listed([1, 2]), [2, 1], [1, 2]],
  [{ taskChecks: 'every task at every pass' }, (r) => r.dueThisPass([1, 2], (task) => task === 1), [1], [1, 2]],
  [{ emailSwitchScope: 'all mail' }, (r) => r.otherMailSends(() => false)(), true, false],
  [{ productionMail: 'always' }, (r) => r.productionSends(true), false, true],
  [{ companyInstances: 'one in all' }, (r) => r.companyHolds('https://a', 'https://b'), false, true],
  [{ cardVersion: 'once onboarded' }, (r) => r.versionOnCard(false), true, false],
  [{ registerWithPlugin: 'portal header' }, (r) => r.registerWithPlugin(), 'login widget', 'portal header'],
  [{ emailCase: 'kept' }, (r) => r.sameAddress('A@x.example', 'a@x.example'), true, false],
]

test("each reading parts from the reference's own only where its choice says", () => {
  for (const [choice, probe, ours, theirs] of PROBES) {
    assert.deepEqual(probe(readingsOf()), ours, `the reference's own reading of ${JSON.stringify(choice)}`)
    assert.deepEqual(probe(readingsOf(choice)), theirs, `the reading ${JSON.stringify(choice)}`)
  }
})

test('the rules every reading keeps: the URL shows while email is off, the same instance always holds', () => {
  for (const readings of [readingsOf(), readingsOf({ registrationUrlOnCard: 'only when email is off' })])
    assert.equal(readings.urlOnCard(false), true)
  for (const readings of [readingsOf(), readingsOf({ companyInstances: 'one in all' })])
    assert.equal(readings.companyHolds('https://a', 'https://a'), true)
})

test('a link carries its token where its reading puts it, and gives it back from there alone', () => {
  const under = 'https://provider.example/sx/registration/'
  for (const choice of ['path', 'query'] as const) {
    const links = readingsOf({ tokenPlacement: choice }).tokenLinks()
    const url = new URL(links.urlOf(under, 'abc'))
    assert.equal(links.tokenIn(url, '/sx/registration/'), 'abc', choice)
    assert.equal(links.tokenIn(url, '/sx/other/'), undefined, choice)
  }
  assert.equal(readingsOf().tokenLinks().urlOf(under, 'abc'), `${under}abc`)
  assert.equal(
    readingsOf({ tokenPlacement: 'query' }).tokenLinks().urlOf(under, 'abc'),
    `${under.slice(0, -1)}?token=abc`,
  )
})

test('an acknowledgement is mail only under the reading that sends one', async () => {
  const sent: unknown[] = []
  const send = async (message: unknown) => void sent.push(message)
  await readingsOf().acknowledge(send, 'someone@example.com', 'sign-up')
  assert.equal(sent.length, 0)
  await readingsOf({ acknowledgements: 'sent' }).acknowledge(send, 'someone@example.com', 'sign-up')
  assert.deepEqual(
    sent.map((message) => (message as { kind: string; to: string }).kind),
    ['acknowledgement'],
  )
})

test('a set handed with the choices notes each choice a reading consults, and only those', () => {
  const read = new Set<string>()
  const readings = readingsOf({}, read)
  assert.deepEqual([...read], [])
  readings.urlOnCard(true)
  readings.tokenLinks()
  assert.deepEqual([...read].sort(), ['registrationUrlOnCard', 'tokenPlacement'])
})

test('no choice is named as a starting setting is: a fairness run tells what a scenario read by the name alone', () => {
  const settings = Object.keys(StartingSettings.shape)
  assert.deepEqual(
    Object.keys(REFERENCE_CHOICES).filter((choice) => settings.includes(choice)),
    [],
  )
})
