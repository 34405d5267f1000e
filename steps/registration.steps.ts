import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { ConnectionSettings } from '../src/contract/connection.schema'
import { forgedLink } from '../src/contract/link-token'
import { actorOf, claimingToBe } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'
import { completeRegistration, completeRegistrationAs } from '../src/cast/registration-acts'
import {
  theContactCompletesTheRegistration,
  theOtherContactCompletesIt,
  someoneWithoutASignInCompletesIt,
} from '../src/cast/phrases/registration'
import { step } from './support/step'
import { theRegistrationIsCompleted } from '../src/cast/phrases/registration'

When(...step(theContactCompletesTheRegistration))

When(...step(theOtherContactCompletesIt))

When('the consumer contact completes the registration again', async function (this: ExchangeWorld) {
  await completeRegistration(this, this.cast.consumer().contact, this.records.registrationUrl())
})

Given('the consumer contact has completed the registration', async function (this: ExchangeWorld) {
  this.must(await completeRegistration(this, this.cast.consumer().contact, this.records.registrationUrl()))
})

When(
  'the consumer contact completes the registration from the URL copied from the card',
  async function (this: ExchangeWorld) {
    const copied = (await this.records.currentCard()).registrationUrl
    assert.ok(copied, 'the card offers no registration URL to copy')
    await completeRegistration(this, this.cast.consumer().contact, copied)
  },
)

When(
  'the consumer contact completes a registration from a URL the provider never issued',
  async function (this: ExchangeWorld) {
    await completeRegistration(this, this.cast.consumer().contact, forgedLink(this.records.registrationUrl()))
  },
)

When(...step(someoneWithoutASignInCompletesIt))

When(
  'someone holding the registration URL starts the registration in the name of the consumer contact, without signing in to the consumer instance',
  async function (this: ExchangeWorld) {
    this.record(
      await this.driver.startRegistration(
        claimingToBe(this.cast.consumer().contact, this.faker),
        this.records.registrationUrl(),
      ),
    )
  },
)

When('someone holding the registration URL opens it without any access token', async function (this: ExchangeWorld) {
  this.record(
    await this.driver.openRegistrationUrl({ userName: 'nobody', accessToken: '' }, this.records.registrationUrl()),
  )
})

Given("the consumer contact is also an admin of the other company's instance", function (this: ExchangeWorld) {
  this.boundary.instances
    .control(this.cast.consumer('the other company').instanceUrl)
    .hasUser(this.cast.consumer().contact.userName, ['admin'])
})

When(
  "the consumer contact completes the registration signed in to the other company's instance",
  async function (this: ExchangeWorld) {
    const actor = this.cast.consumerUser(
      this.cast.consumer().contact,
      this.cast.consumer('the other company').instanceUrl,
    )
    await completeRegistrationAs(this, actor, this.records.registrationUrl())
  },
)

When('that user completes the registration', async function (this: ExchangeWorld) {
  await completeRegistration(this, this.thatUser, this.records.registrationUrl())
})

Given(
  'another admin of the consumer instance has tried to complete the registration',
  async function (this: ExchangeWorld) {
    const outcome = await completeRegistration(
      this,
      this.introduced(this.cast.newConsumerInstanceUser(['admin'])),
      this.records.registrationUrl(),
    )
    assert.ok(!this.lastOutcome().ok, `another admin was able to complete the registration: ${JSON.stringify(outcome)}`)
  },
)

Then(...step(theRegistrationIsCompleted))

When('the provider admin views the details of the connection', async function (this: ExchangeWorld) {
  const outcome = this.record(
    await this.driver.viewConnectionDetails(await this.cast.asProviderAdmin(), this.records.card().number),
  )
  this.details = this.must(outcome)
})

When('that user views the details of the connection', async function (this: ExchangeWorld) {
  this.record(await this.driver.viewConnectionDetails(actorOf(this.thatUser), this.records.card().number))
})

When(
  'the provider admin views the details of a connection that was never created',
  async function (this: ExchangeWorld) {
    // Another number than the one connection of the scenario: the target issued no connection under it.
    this.record(
      await this.driver.viewConnectionDetails(await this.cast.asProviderAdmin(), `${this.records.card().number}9`),
    )
  },
)

Then("the details show the consumer's company, contact and instance URL", function (this: ExchangeWorld) {
  const { companyName, contact, instanceUrl } = this.cast.consumer()
  const registration = this.details!.registration
  assert.equal(registration.company, companyName, `the details show the company ${registration.company}`)
  assert.deepEqual(
    registration.contact,
    { name: `${contact.firstName} ${contact.lastName}`, email: contact.email },
    `the details show the contact ${registration.contact.name} <${registration.contact.email}>`,
  )
  assert.equal(registration.instanceUrl, instanceUrl, `the details show the instance URL ${registration.instanceUrl}`)
})

Then('the details show app version {string}', function (this: ExchangeWorld, version: string) {
  const shown = this.details!.registration.appVersion
  assert.equal(shown, version, `the details show app version ${shown ?? 'none'}, not ${version}`)
})

Then('the details show when the connection was created and when it was onboarded', function (this: ExchangeWorld) {
  const { createdAt, onboardedAt } = this.details!.registration
  assert.ok(onboardedAt, 'the details show no onboarding time')
  assert.ok(
    Date.parse(onboardedAt) >= Date.parse(createdAt),
    `onboarded at ${onboardedAt}, before it was created at ${createdAt}`,
  )
})

/**
 * A target's clock may also run on between steps, as a real one does: a stamp within this long after the clock read is
 * at the moment of the step. A stamp from another clock (the machine's) is months away.
 */
const STAMP_TOLERANCE_MS = 60_000

Then(
  "the details show it was onboarded at the instance's time, {int} minutes after it was created",
  function (this: ExchangeWorld, minutes: number) {
    assert.ok(this.instanceTime, "the scenario never read the instance's clock: let some minutes pass first")
    const { createdAt, onboardedAt } = this.details!.registration
    const clock = Date.parse(this.instanceTime)
    const within = (stamp: string | undefined, from: number) =>
      stamp !== undefined &&
      Date.parse(stamp) >= from - STAMP_TOLERANCE_MS &&
      Date.parse(stamp) <= from + STAMP_TOLERANCE_MS
    assert.ok(
      within(onboardedAt, clock),
      `onboarded at ${onboardedAt ?? 'no time'}, while the instance's clock read ${this.instanceTime}`,
    )
    assert.ok(
      within(createdAt, clock - minutes * 60_000),
      `created at ${createdAt}, not ${minutes} minutes before the instance's clock read ${this.instanceTime}`,
    )
  },
)

Then('the details show when the connection was created but no onboarding time', function (this: ExchangeWorld) {
  const { createdAt, onboardedAt } = this.details!.registration
  assert.ok(Number.isFinite(Date.parse(createdAt)), `"${createdAt}" is not a time`)
  assert.equal(onboardedAt, undefined, `the connection shows an onboarding time, ${onboardedAt}`)
})

Then('the details show the connection settings', function (this: ExchangeWorld) {
  const settings = ConnectionSettings.safeParse(this.details!.settings)
  assert.ok(settings.success, `the connection settings are incomplete: ${settings.error?.message}`)
})
