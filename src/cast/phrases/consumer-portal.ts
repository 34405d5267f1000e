import assert from 'node:assert/strict'
import type { ConsumerAccount, ConsumerSignUp } from '../../contract/portal.schema'
import type { Outcome } from '../../contract/refusal.schema'
import { newPerson, type Person } from '../parties'
import { phrase } from '../phrase'
import { formChecks } from '../portal-form'
import type { Scenario } from '../scenario'

/** Self-registration on the Consumer Service Portal: signing up, the verification link, signing in (PORT). */

/** The form a person fills in: every step the form may ask for done, unless the scenario leaves one out. */
export function signUpForm(person: Person, omitted: string | null = ''): ConsumerSignUp {
  const { firstName, lastName, email, password } = person
  return {
    firstName,
    lastName,
    email,
    password,
    ...formChecks(omitted),
  }
}

/** A person signs up, and is the person later steps speak of. */
export async function signUp(
  scenario: Scenario,
  person: Person,
  omitted?: string | null,
): Promise<Outcome<ConsumerAccount>> {
  scenario.person = person
  return scenario.record(await scenario.driver.signUpToConsumerPortal(signUpForm(person, omitted)))
}

/** The link of the verification email the person received. */
export function verificationLink(scenario: Scenario): string {
  const [email] = scenario.boundary.outbox.received(scenario.person.email, 'email-verification')
  assert.ok(email, `${scenario.person.email} received no verification email`)
  return email.link
}

export const externalRegistrationIsSetUp = phrase(
  'the consumer service portal has external user registration set up',
  async (scenario) => {
    await scenario.driver.configurePortals({ externalUserRegistration: true })
  },
)

export const thePortalAllowsOnly = phrase<[domain: string]>(
  'the portal allows only email addresses at {string}',
  async (scenario, domain) => {
    await scenario.driver.configurePortals({ allowedEmailDomains: [domain] })
  },
  (domain) => `the portal allows only email addresses at "${domain}"`,
)

export const aPersonSignsUp = phrase<[omitted: string | null]>(
  /^a person signs up on the consumer service portal( without verifying the CAPTCHA or agreeing to the terms| without verifying the CAPTCHA| without agreeing to the terms)?$/,
  (scenario, omitted) => signUp(scenario, scenario.person, omitted),
  (omitted) => `a person signs up on the consumer service portal${omitted ?? ''}`,
)

export const aPersonAtSignsUp = phrase<[domain: string]>(
  'a person with an address at {string} signs up on the consumer service portal',
  (scenario, domain) => signUp(scenario, newPerson(scenario.faker, domain)),
  (domain) => `a person with an address at "${domain}" signs up on the consumer service portal`,
)

export const twoPeopleSignUpAtOnce = phrase(
  'two people sign up with the same email address at the same moment',
  async (scenario) => {
    const first = newPerson(scenario.faker, 'consumers.example')
    const second = { ...newPerson(scenario.faker, 'consumers.example'), email: first.email }
    scenario.person = first
    await scenario.atTheSameMoment(
      [first, second].map(
        (person) => [person.userName, () => scenario.driver.signUpToConsumerPortal(signUpForm(person))] as const,
      ),
    )
  },
)

export const anotherPersonSignsUpWithTheSameAddress = phrase(
  'another person signs up with the same email address',
  (scenario) => {
    const first = scenario.person
    scenario.thatUser = newPerson(scenario.faker, 'consumers.example')
    return signUp(scenario, { ...scenario.thatUser, email: first.email })
  },
)

export const thePersonFollowsTheLink = phrase(
  /^the person (?:follows|has followed) the link in the verification email(?: again)?$/,
  async (scenario) => scenario.record(await scenario.driver.followVerificationLink(verificationLink(scenario))),
  () => 'the person follows the link in the verification email',
)

export const thePersonSignsIn = phrase('the person signs in to the consumer service portal', async (scenario) =>
  scenario.record(
    await scenario.driver.signInToConsumerPortal({ email: scenario.person.email, password: scenario.person.password }),
  ),
)
