import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Outcome } from '../contract/refusal.schema'
import type { ExchangeDriver } from './exchange-driver'
import { patientDriver } from './patient-driver'

/** A driver whose one verb answers these outcomes in turn, noting a late answer of the kit's mocks where asked. */
function driverAnswering(outcomes: { outcome: Outcome<unknown>; kitLate?: boolean }[], late: { count: number }) {
  let calls = 0
  const driver = {
    addAuthorizedUser: async () => {
      const next = outcomes[calls++]!
      if (next.kitLate) late.count += 1
      return next.outcome
    },
  } as unknown as ExchangeDriver
  return { driver, calls: () => calls }
}

const refused: Outcome<unknown> = {
  ok: false,
  refusal: { code: 'instance-timeout', reason: 'the consumer instance did not answer in time' },
}
const accepted: Outcome<unknown> = { ok: true, value: { id: 'u1' } }
const act = (driver: ExchangeDriver) =>
  driver.addAuthorizedUser({ userName: 'ada', accessToken: 't' }, 'https://p.example/r', 'bob')

test('a call refused while the kit was too slow to answer the target is sent once more, and its second answer stands', async () => {
  const late = { count: 0 }
  const { driver, calls } = driverAnswering([{ outcome: refused, kitLate: true }, { outcome: accepted }], late)
  assert.deepEqual(await act(patientDriver(driver, () => late.count)), accepted)
  assert.equal(calls(), 2)
})

test('a refusal with the kit in time stands, sent once; so does a refusal sent again with the kit in time, the third of three late ones, and an answer the kit was late for', async () => {
  const late = { count: 0 }
  const inTime = driverAnswering([{ outcome: refused }], late)
  assert.deepEqual(await act(patientDriver(inTime.driver, () => late.count)), refused)
  assert.equal(inTime.calls(), 1)
  const twice = driverAnswering([{ outcome: refused, kitLate: true }, { outcome: refused }], late)
  assert.deepEqual(await act(patientDriver(twice.driver, () => late.count)), refused)
  assert.equal(twice.calls(), 2)
  const always = driverAnswering(
    [1, 2, 3, 4].map(() => ({ outcome: refused, kitLate: true })),
    late,
  )
  assert.deepEqual(await act(patientDriver(always.driver, () => late.count)), refused)
  assert.equal(always.calls(), 3, 'three times at most')
  const acceptedLate = driverAnswering([{ outcome: accepted, kitLate: true }], late)
  assert.deepEqual(await act(patientDriver(acceptedLate.driver, () => late.count)), accepted)
  assert.equal(acceptedLate.calls(), 1)
})
