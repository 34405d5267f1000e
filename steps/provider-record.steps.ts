import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { Outcome } from '../src/contract/refusal.schema'
import { actorOf, withWrongPassword, type Person } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

const BOTH_ROLES = ['admin', 'sn_sb.admin']

/**
 * Who reads the provider record back: a user of its own holding both roles, so that a target that shows the record only
 * to such users is read fairly, whoever acted in the scenario.
 */
const readers = new WeakMap<ExchangeWorld, Person>()
async function providerRecord(world: ExchangeWorld): Promise<Outcome<{ name: string }>> {
  const reader = readers.get(world) ?? (await world.cast.newProviderUser(BOTH_ROLES))
  readers.set(world, reader)
  return world.driver.viewProviderRecord(actorOf(reader))
}

When(
  /^that user sets up the provider record named "([^"]*)"( with a wrong password)?$/,
  async function (this: ExchangeWorld, name: string, wrongPassword: string | undefined) {
    const actor = actorOf(this.thatUser)
    this.record(await this.driver.setUpProviderRecord(wrongPassword ? withWrongPassword(actor) : actor, { name }))
  },
)

Given('that user has set up the provider record named {string}', async function (this: ExchangeWorld, name: string) {
  this.must(await this.driver.setUpProviderRecord(actorOf(this.thatUser), { name }))
})

When(
  'that user sets up the provider record named {string} and named {string} at the same moment',
  async function (this: ExchangeWorld, first: string, second: string) {
    const actor = actorOf(this.thatUser)
    await this.atTheSameMoment(
      [first, second].map((name) => [name, () => this.driver.setUpProviderRecord(actor, { name })] as const),
    )
  },
)

Then('the provider record is named {string}', async function (this: ExchangeWorld, name: string) {
  const record = this.must(await providerRecord(this))
  assert.equal(record.name, name, `the provider record is named ${record.name}, not ${name}`)
})

Then('the provider record set up is named {string}', function (this: ExchangeWorld, name: string) {
  const outcome = this.lastOutcome()
  assert.ok(outcome.ok, `the set-up was refused: ${outcome.ok ? '' : outcome.refusal.code}`)
  assert.equal(
    (outcome.value as { name: string }).name,
    name,
    `the set-up answered a record named ${(outcome.value as { name: string }).name}`,
  )
})

When('that user reads the provider record with a wrong password', async function (this: ExchangeWorld) {
  this.record(await this.driver.viewProviderRecord(withWrongPassword(actorOf(this.thatUser))))
})

Then('the provider record is named as the accepted one asked', async function (this: ExchangeWorld) {
  const asked = this.acceptedTogether()
  const record = this.must(await providerRecord(this))
  assert.equal(
    record.name,
    asked,
    `the provider record is named ${record.name}, but the set-up that was accepted asked for ${asked}`,
  )
})

Then('the provider has no provider record', async function (this: ExchangeWorld) {
  const outcome = await providerRecord(this)
  assert.ok(
    !outcome.ok && outcome.refusal.code === 'provider-record-missing',
    `the provider record ${outcome.ok ? `is named ${outcome.value.name}` : `could not be read: ${outcome.refusal.code}`}, not missing`,
  )
})

Then(
  'the user can still set up the provider record named {string}',
  async function (this: ExchangeWorld, name: string) {
    const outcome = await this.driver.setUpProviderRecord(actorOf(this.thatUser), { name })
    assert.ok(
      outcome.ok,
      `the provider record could not be set up afterwards: ${outcome.ok ? '' : outcome.refusal.code}`,
    )
  },
)
