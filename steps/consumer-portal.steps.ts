import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { PlatformRelease, type ConsumerAccount } from '../src/contract/portal.schema'
import { newPerson } from '../src/cast/parties'
import { forgedLink } from '../src/contract/link-token'
import {
  aPersonAtSignsUp,
  aPersonSignsUp,
  anotherPersonSignsUpWithTheSameAddress,
  externalRegistrationIsSetUp,
  signUp,
  signUpForm,
  thePersonFollowsTheLink,
  thePersonSignsIn,
  thePortalAllowsOnly,
  twoPeopleSignUpAtOnce,
  verificationLink,
} from '../src/cast/phrases/consumer-portal'
import { step } from './support/step'
import type { ExchangeWorld } from './support/world'

Given(...step(externalRegistrationIsSetUp))

Given('the portals run the {word} release', async function (this: ExchangeWorld, release: string) {
  const platformRelease = PlatformRelease.safeParse(release.toLowerCase())
  if (!platformRelease.success)
    throw new Error(`"${release}" is not a release the portals can run: ${PlatformRelease.options.join(', ')}`)
  await this.driver.configurePortals({ platformRelease: platformRelease.data })
})

Given('the External User Registration plugin is not installed', async function (this: ExchangeWorld) {
  await this.driver.configurePortals({ externalUserRegistration: false })
})

Given(
  /^verification links are valid for (?:3 days \(the default\)|(\d+) days?)$/,
  async function (this: ExchangeWorld, days: string | null) {
    if (days !== null) await this.driver.configurePortals({ verificationLinkExpiryDays: Number(days) })
  },
)

Given(...step(thePortalAllowsOnly))

When('a visitor opens the consumer service portal', async function (this: ExchangeWorld) {
  this.portalHome = this.must(await this.driver.viewConsumerPortal())
})

When('a visitor opens the consumer service portal and signs up', async function (this: ExchangeWorld) {
  this.portalHome = this.must(await this.driver.viewConsumerPortal())
  await signUp(this, this.person)
})

When(...step(aPersonSignsUp))

Given('a person has signed up on the consumer service portal', async function (this: ExchangeWorld) {
  this.must(await signUp(this, this.person))
})

Given('another person has signed up on the consumer service portal', async function (this: ExchangeWorld) {
  this.thatUser = newPerson(this.faker, 'consumers.example')
  this.must(await this.driver.signUpToConsumerPortal(signUpForm(this.thatUser)))
})

When(...step(aPersonAtSignsUp))

When(
  'a person signs up on the consumer service portal with the address {string}',
  async function (this: ExchangeWorld, address: string) {
    await signUp(this, { ...newPerson(this.faker, 'consumers.example'), email: address })
  },
)

When(...step(twoPeopleSignUpAtOnce))

When(...step(anotherPersonSignsUpWithTheSameAddress))

When("a person signs up with that user's email address", async function (this: ExchangeWorld) {
  await signUp(this, { ...this.person, email: this.thatUser.email })
})

When('they sign up again with an email address of their own', async function (this: ExchangeWorld) {
  await signUp(this, this.thatUser)
})

When(...step(thePersonSignsIn))

When('the person signs in to the consumer service portal with a wrong password', async function (this: ExchangeWorld) {
  this.record(
    await this.driver.signInToConsumerPortal({ email: this.person.email, password: `${this.person.password}x` }),
  )
})

When('a person who never signed up signs in to the consumer service portal', async function (this: ExchangeWorld) {
  this.record(await this.driver.signInToConsumerPortal({ email: this.person.email, password: this.person.password }))
})

When(...step(thePersonFollowsTheLink))

When('the person follows a verification link the portal never sent', async function (this: ExchangeWorld) {
  this.record(await this.driver.followVerificationLink(forgedLink(verificationLink(this))))
})

/** Where the visitor found Register, in words. */
function registerSeen(world: ExchangeWorld): string {
  const register = world.portalHome?.register
  return register === 'absent' ? 'the portal offers no Register' : `the portal offers Register in the ${register}`
}

Then('the portal offers Register in the {registerPlacement}', function (this: ExchangeWorld, placement: string) {
  assert.equal(this.portalHome?.register, placement, registerSeen(this))
})

// Where the documents disagree on the place (RD-12), either of the two they name is conforming.
Then('the portal offers Register in the portal header or the login widget', function (this: ExchangeWorld) {
  const register = this.portalHome?.register
  assert.ok(register === 'portal header' || register === 'login widget', registerSeen(this))
})

Then('the portal offers no Register', function (this: ExchangeWorld) {
  assert.equal(this.portalHome?.register, 'absent', registerSeen(this))
})

Then('the sign-up form asks for a CAPTCHA and the consent', function (this: ExchangeWorld) {
  const asks = [...(this.portalHome?.signUpAsks ?? [])].sort()
  assert.deepEqual(asks, ['captcha', 'consent'], `the sign-up form asks for ${asks.join(' and ') || 'neither'}`)
})

Then('the sign-up form asks for neither a CAPTCHA nor the consent', function (this: ExchangeWorld) {
  assert.deepEqual(
    this.portalHome?.signUpAsks,
    [],
    `the sign-up form asks for ${this.portalHome?.signUpAsks.join(' and ')}`,
  )
})

Then('the account awaits verification', function (this: ExchangeWorld) {
  const outcome = this.lastOutcome()
  assert.ok(
    outcome.ok,
    `the sign-up was refused: ${outcome.ok ? '' : `${outcome.refusal.code} (${outcome.refusal.reason})`}`,
  )
  const { state } = outcome.value as ConsumerAccount
  assert.equal(state, 'awaiting verification', `the account is ${state}, not awaiting verification`)
})

Then('that email carries a verification link', function (this: ExchangeWorld) {
  const { link } = this.thatEmail('email-verification')
  assert.equal(
    this.cast.providerLinksIn(link).length,
    1,
    `the verification link ${link} is not an address on the provider instance`,
  )
})

Then('the account is active with the role {string}', function (this: ExchangeWorld, role: string) {
  const outcome = this.lastOutcome()
  assert.ok(
    outcome.ok,
    `the verification was refused: ${outcome.ok ? '' : `${outcome.refusal.code} (${outcome.refusal.reason})`}`,
  )
  const account = outcome.value as ConsumerAccount
  assert.equal(account.state, 'active', `the account is ${account.state}, not active`)
  assert.ok(account.roles.includes(role), `the account holds ${account.roles.join(', ') || 'no role'}, not ${role}`)
})

Then('the person can sign in to the consumer service portal', async function (this: ExchangeWorld) {
  const account = this.must(
    await this.driver.signInToConsumerPortal({ email: this.person.email, password: this.person.password }),
  )
  assert.equal(account.state, 'active')
})

Then(/^the (person|other person) cannot sign in yet$/, async function (this: ExchangeWorld, who: string) {
  const { email, password } = who === 'person' ? this.person : this.thatUser
  const outcome = await this.driver.signInToConsumerPortal({ email, password })
  assert.ok(
    !outcome.ok && outcome.refusal.code === 'account-not-verified',
    `signing in was ${outcome.ok ? 'accepted' : `refused as ${outcome.refusal.code}`}, not refused as account-not-verified`,
  )
})
