import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { OffboardRequest } from '../src/contract/connection.schema'
import { actorOf, withWrongPassword } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'
import { completeRegistration } from '../src/cast/registration-acts'

/**
 * The connection a scenario off-boarded, by its number and registration URL, for the steps that look for its traces.
 */
const offboarded = new WeakMap<ExchangeWorld, { number: string; registrationUrl: string }>()

function gone(world: ExchangeWorld): { number: string; registrationUrl: string } {
  const connection = offboarded.get(world)
  assert.ok(connection, 'no connection was off-boarded in an earlier step')
  return connection
}

/** That user off-boards the consumer's connection; the connection is remembered first, as it will be gone. */
async function offboard(world: ExchangeWorld, request: OffboardRequest, wrongPassword = false) {
  const { number } = world.records.card()
  offboarded.set(world, { number, registrationUrl: world.records.registrationUrl() })
  const actor = actorOf(world.thatUser)
  return world.record(
    await world.driver.offboardConsumer(wrongPassword ? withWrongPassword(actor) : actor, number, request),
  )
}

When(
  /^that user off-boards the consumer( with a wrong password)?$/,
  async function (this: ExchangeWorld, wrongPassword: string | undefined) {
    await offboard(this, { deleteTasks: false }, Boolean(wrongPassword))
  },
)

When(
  'that user off-boards the consumer, deleting its tasks and typing {string}',
  async function (this: ExchangeWorld, typed: string) {
    await offboard(this, { deleteTasks: true, typed })
  },
)

When('that user off-boards a connection the provider does not have', async function (this: ExchangeWorld) {
  // The number after the consumer's: the only connection of the scenario is the consumer's.
  const number = `CONN${Number(this.records.card().number.slice(4)) + 1}`
  this.record(await this.driver.offboardConsumer(actorOf(this.thatUser), number, { deleteTasks: false }))
})

Given('that user has off-boarded the consumer', async function (this: ExchangeWorld) {
  this.must(await offboard(this, { deleteTasks: false }))
})

Then(/^the consumer is off-boarded, its tasks (kept|deleted)$/, function (this: ExchangeWorld, tasks: string) {
  const outcome = this.lastOutcome()
  assert.ok(outcome.ok, `the off-boarding was refused: ${outcome.ok ? '' : outcome.refusal.code}`)
  const { number, tasksDeleted } = outcome.value as { number: string; tasksDeleted: boolean }
  assert.equal(number, gone(this).number, `the off-boarding names connection ${number}, not ${gone(this).number}`)
  assert.equal(
    tasksDeleted,
    tasks === 'deleted',
    `the connection's tasks were ${tasksDeleted ? 'deleted' : 'kept'}, not ${tasks}`,
  )
})

Then('the details of the off-boarded connection are not found', async function (this: ExchangeWorld) {
  const outcome = await this.driver.viewConnectionDetails(await this.cast.asProviderAdmin(), gone(this).number)
  assert.ok(
    !outcome.ok && outcome.refusal.code === 'connection-not-found',
    `the details of ${gone(this).number} ${outcome.ok ? 'are still shown' : `were refused as ${outcome.refusal.code}`}, not connection-not-found`,
  )
})

Then('the authorized users of the off-boarded connection are not found', async function (this: ExchangeWorld) {
  const outcome = await this.driver.listAuthorizedUsers(await this.cast.asProviderAdmin(), gone(this).number)
  assert.ok(
    !outcome.ok && outcome.refusal.code === 'connection-not-found',
    `the authorized users of ${gone(this).number} ${outcome.ok ? 'are still listed' : `were refused as ${outcome.refusal.code}`}, not connection-not-found`,
  )
})

Then("its registration URL is not the off-boarded connection's", function (this: ExchangeWorld) {
  assert.notEqual(
    this.records.registrationUrl(),
    gone(this).registrationUrl,
    "the new connection has the off-boarded connection's registration URL",
  )
})

Then("its connection number is not the off-boarded connection's", function (this: ExchangeWorld) {
  assert.notEqual(
    this.records.card().number,
    gone(this).number,
    `the new connection is numbered ${gone(this).number}, as the off-boarded one was`,
  )
})

When(
  "the consumer contact completes the registration from the off-boarded connection's registration URL",
  async function (this: ExchangeWorld) {
    await completeRegistration(this, this.cast.consumer().contact, gone(this).registrationUrl)
  },
)

// Off-Board Provider happens in the consumer instance, which the kit plays (OFF-P): its Provider Connection record
// goes.
Given("the consumer's admin has off-boarded the provider in the consumer instance", function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).offboardsProvider(this.cast.providerUrl)
})
