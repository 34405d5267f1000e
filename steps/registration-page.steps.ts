import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import type { RegistrationPage } from '../src/contract/registration-page.schema'
import type { ExchangeWorld } from './support/world'
import { assertIssuesListed } from './support/issues-listed'
import {
  contact,
  onPage,
  theContactOpensTheUrl,
  theContactGetsStarted,
  theContactStartsInTwoTabsAtOnce,
  theContactStartsTheRegistration,
  theContactValidatesAndResolves,
} from '../src/cast/phrases/registration'
import { step } from './support/step'
import { theCardIsNot } from '../src/cast/phrases/connection'

/** The page as the last accepted step showed it. */
function page(world: ExchangeWorld): RegistrationPage {
  if (!world.page) throw new Error('the consumer contact has not reached the registration page in an earlier step')
  return world.page
}

When(...step(theContactOpensTheUrl))

Given('the consumer contact has opened the registration URL', async function (this: ExchangeWorld) {
  this.must(onPage(this, await this.driver.openRegistrationUrl(contact(this), this.records.registrationUrl())))
})

// Setup connection on the consumer's card (CT) opens the registration where it was left: the page of its URL.
When('the consumer contact resumes the connection with Setup connection', async function (this: ExchangeWorld) {
  onPage(this, await this.driver.openRegistrationUrl(contact(this), this.records.registrationUrl()))
})

Then('the page is {string}', function (this: ExchangeWorld, state: string) {
  assert.equal(page(this).state, state, `the page is ${page(this).state}, not ${state}`)
})

When(...step(theContactGetsStarted))

Given('the consumer contact has got started', async function (this: ExchangeWorld) {
  this.must(onPage(this, await this.driver.getStarted(contact(this), this.records.registrationUrl())))
})

When(...step(theContactStartsTheRegistration))

// Both tabs get started under one sign-in, through the screens, so that both show Start Registration to press at once:
// tabs opened at the press would first load the page, and a browser lets one load of an address run at a time.
Given('the consumer contact has got started in two tabs', async function (this: ExchangeWorld) {
  const [actor, url] = [(this.signedInTwice = contact(this)), this.records.registrationUrl()]
  await this.onScreens(() =>
    Promise.all([1, 2].map(async () => this.must(onPage(this, await this.driver.getStarted(actor, url))))),
  )
})

When(...step(theContactStartsInTwoTabsAtOnce))

When(...step(theContactValidatesAndResolves))

When('that user gets started', async function (this: ExchangeWorld) {
  onPage(this, await this.driver.getStarted(this.cast.consumerUser(this.thatUser), this.records.registrationUrl()))
})

When('that user validates and resolves the {check} issue', async function (this: ExchangeWorld, check) {
  onPage(
    this,
    await this.driver.validateAndResolve(this.cast.consumerUser(this.thatUser), this.records.registrationUrl(), check),
  )
})

When(
  'the consumer contact validates and resolves an issue of a check the suite does not have',
  async function (this: ExchangeWorld) {
    onPage(
      this,
      await this.driver.validateAndResolve(contact(this), this.records.registrationUrl(), 'no-such-check' as never),
    )
  },
)

Then('every pre-onboarding check passed', function (this: ExchangeWorld) {
  // Whether passed checks are listed is free (FREE-10): no issue may remain, and the page must let the contact go on.
  const { checks, startRegistration } = page(this)
  const issues = checks.filter((result) => result.status === 'failed').map((result) => result.check)
  assert.deepEqual(issues, [], `the page lists the issues ${issues.join(', ')}`)
  assert.equal(startRegistration, 'enabled', `every check passed, yet Start Registration is ${startRegistration}`)
})

Then(
  'the page lists exactly these issues, each with how to resolve it:',
  function (this: ExchangeWorld, table: DataTable) {
    const failed = page(this).checks.filter((result) => result.status === 'failed')
    assertIssuesListed(failed, table, 'the page')
  },
)

Then('the {check} check shows as resolved', function (this: ExchangeWorld, check) {
  const result = page(this).checks.find((candidate) => candidate.check === check)
  assert.equal(result?.status, 'resolved', `the ${check} check shows as ${result?.status ?? 'absent'}`)
})

// Resolved is for a check that failed earlier and passes now. A check that passed may be left off the page (FREE-10).
Then('the {check} check, which never failed, does not show as resolved', function (this: ExchangeWorld, check) {
  const result = page(this).checks.find((candidate) => candidate.check === check)
  assert.ok(
    result === undefined || result.status === 'passed',
    `the ${check} check, which never failed, shows as ${result?.status}`,
  )
})

const startRegistrationShown: Record<string, RegistrationPage['startRegistration'][]> = {
  'is enabled': ['enabled'],
  'is disabled': ['disabled'],
  'does not appear': ['hidden'],
  'is not available': ['disabled', 'hidden'],
}

Then(
  /^Start Registration (is enabled|is disabled|does not appear|is not available)$/,
  function (this: ExchangeWorld, how: string) {
    const shown = page(this).startRegistration
    assert.ok(startRegistrationShown[how]!.includes(shown), `Start Registration is ${shown}`)
  },
)

Then(...step(theCardIsNot))

Then('the connection card is still in the state it was created in', async function (this: ExchangeWorld) {
  const shown = (await this.records.currentCard()).state
  assert.equal(
    shown,
    this.records.card().state,
    `the connection card is ${shown}, not ${this.records.card().state} as it was created`,
  )
})
