import assert from 'node:assert/strict'
import type { CheckName } from '../../contract/pre-onboarding.schema'
import type { Outcome } from '../../contract/refusal.schema'
import type { RegistrationPage } from '../../contract/registration-page.schema'
import { claimingToBe } from '../parties'
import { phrase } from '../phrase'
import { completeRegistration, completeRegistrationAs } from '../registration-acts'
import type { Scenario } from '../scenario'

/** The consumer side of a connection: its contact on the registration page, and others who hold its URL. */

/** Records what a step on the registration page returned, and keeps the page it shows. */
export function onPage(scenario: Scenario, outcome: Outcome<RegistrationPage>): Outcome<RegistrationPage> {
  scenario.record(outcome)
  if (outcome.ok) scenario.page = outcome.value
  return outcome
}

/** The consumer's contact, signed in to the consumer instance. */
export const contact = (scenario: Scenario) => scenario.cast.consumerUser(scenario.cast.consumer().contact)

export const theContactOpensTheUrl = phrase('the consumer contact opens the registration URL', async (scenario) =>
  onPage(scenario, await scenario.driver.openRegistrationUrl(contact(scenario), scenario.records.registrationUrl())),
)

export const theContactGetsStarted = phrase(
  /^the consumer contact gets started(?: again)?$/,
  async (scenario) =>
    onPage(scenario, await scenario.driver.getStarted(contact(scenario), scenario.records.registrationUrl())),
  () => 'the consumer contact gets started',
)

export const theContactStartsTheRegistration = phrase(
  'the consumer contact starts the registration',
  async (scenario) =>
    onPage(scenario, await scenario.driver.startRegistration(contact(scenario), scenario.records.registrationUrl())),
)

export const theContactStartsInTwoTabsAtOnce = phrase(
  'the consumer contact presses Start Registration in two tabs at the same moment',
  async (scenario) => {
    const [actor, url] = [scenario.signedInTwice ?? contact(scenario), scenario.records.registrationUrl()]
    await scenario.atTheSameMoment(
      [1, 2].map((tab) => [`tab ${tab}`, () => scenario.driver.startRegistration(actor, url)] as const),
    )
  },
)

export const theContactValidatesAndResolves = phrase<[check: CheckName]>(
  'the consumer contact validates and resolves the {check} issue',
  async (scenario, check) =>
    onPage(
      scenario,
      await scenario.driver.validateAndResolve(contact(scenario), scenario.records.registrationUrl(), check),
    ),
  (check) => `the consumer contact validates and resolves the "${check}" issue`,
)

export const theContactCompletesTheRegistration = phrase(
  'the consumer contact completes the registration',
  (scenario) => completeRegistration(scenario, scenario.cast.consumer().contact, scenario.records.registrationUrl()),
)

export const theOtherContactCompletesIt = phrase(
  "the other company's contact completes the consumer's registration",
  (scenario) =>
    completeRegistration(
      scenario,
      scenario.cast.consumer('the other company').contact,
      scenario.records.registrationUrl(),
    ),
)

export const someoneWithoutASignInCompletesIt = phrase(
  'someone holding the registration URL completes the registration in the name of the consumer contact, without signing in to the consumer instance',
  (scenario) =>
    completeRegistrationAs(
      scenario,
      claimingToBe(scenario.cast.consumer().contact, scenario.faker),
      scenario.records.registrationUrl(),
    ),
)

export const theRegistrationIsCompleted = phrase('the registration is completed', (scenario) => {
  const outcome = scenario.lastOutcome()
  assert.ok(
    outcome.ok,
    `expected the registration to be completed, but it was refused: ${outcome.ok ? '' : outcome.refusal.code}`,
  )
})
