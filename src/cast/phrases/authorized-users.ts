import assert from 'node:assert/strict'
import type { AuthorizedUser } from '../../contract/authorized-user.schema'
import type { Outcome } from '../../contract/refusal.schema'
import type { Person } from '../parties'
import { phrase } from '../phrase'
import type { Scenario } from '../scenario'

/** The consumer's acts on a connection's authorized users, after the registration completed (AU-03, AU-04). */

/** What a scenario remembers of authorized users: the other active contact, and the users it added, in order. */
type Remembered = { otherContact?: Person; added: AuthorizedUser[] }
const remembered = new WeakMap<Scenario, Remembered>()
export const memory = (scenario: Scenario): Remembered =>
  remembered.get(scenario) ?? remembered.set(scenario, { added: [] }).get(scenario)!

/** The connection's authorized users as the provider admin sees them now. */
export async function authorizedUsers(scenario: Scenario): Promise<AuthorizedUser[]> {
  return scenario.must(
    await scenario.driver.listAuthorizedUsers(await scenario.cast.asProviderAdmin(), scenario.records.card().number),
  )
}

/**
 * The consumer contact (or another user of the consumer instance) adds a user as an authorized user; an accepted one is
 * remembered.
 */
export async function addAuthorizedUser(
  scenario: Scenario,
  userName: string,
  by: Person = scenario.cast.consumer().contact,
): Promise<Outcome<AuthorizedUser>> {
  const url = scenario.records.registrationUrl()
  const outcome = scenario.record(
    await scenario.driver.addAuthorizedUser(scenario.cast.consumerUser(by), url, userName),
  )
  if (outcome.ok) memory(scenario).added.push(outcome.value)
  return outcome
}

/** The consumer contact activates or deactivates an added authorized user: the last added, or the first. */
export async function setActive(
  scenario: Scenario,
  which: 'that' | 'the first added',
  active: boolean,
): Promise<Outcome<AuthorizedUser>> {
  const { added } = memory(scenario)
  const target = which === 'that' ? added.at(-1) : added[0]
  assert.ok(target, 'no authorized user was added in an earlier step')
  const contact = scenario.cast.consumerUser(scenario.cast.consumer().contact)
  return scenario.record(
    await scenario.driver.setAuthorizedUserActive(contact, scenario.records.registrationUrl(), target.id, active),
  )
}

/** A new user of the consumer instance, without the admin role there. */
const newInstanceUser = (scenario: Scenario): string =>
  scenario.introduced(scenario.cast.newConsumerInstanceUser(['itil'])).userName

export const theContactAddsAUser = phrase(
  /^the consumer contact (?:adds|has added) (?:a|another) user of its instance as an authorized user$/,
  (scenario) => addAuthorizedUser(scenario, newInstanceUser(scenario)),
  () => 'the consumer contact adds a user of its instance as an authorized user',
)

export const theContactAddsTheSameUserAgain = phrase('the consumer contact adds the same user again', (scenario) =>
  addAuthorizedUser(scenario, scenario.thatUser.userName),
)

export const theContactAddsAtTheSameMoment = phrase<[who: string]>(
  /^the consumer contact adds (the same user|two users) of its instance (?:twice )?at the same moment$/,
  async (scenario, who) => {
    const first = newInstanceUser(scenario)
    const second = who === 'two users' ? newInstanceUser(scenario) : first
    const [contact, url] = [
      scenario.cast.consumerUser(scenario.cast.consumer().contact),
      scenario.records.registrationUrl(),
    ]
    const outcomes = await scenario.atTheSameMoment(
      [first, second].map(
        (userName) => [`add ${userName}`, () => scenario.driver.addAuthorizedUser(contact, url, userName)] as const,
      ),
    )
    for (const outcome of outcomes) if (outcome.ok) memory(scenario).added.push(outcome.value)
  },
  (who) =>
    who === 'two users'
      ? 'the consumer contact adds two users of its instance at the same moment'
      : 'the consumer contact adds the same user of its instance twice at the same moment',
)

export const theContactDeactivatesThatUser = phrase(
  'the consumer contact deactivates that authorized user',
  (scenario) => setActive(scenario, 'that', false),
)

export const theContactActivates = phrase<[which: 'that' | 'the first added']>(
  /^the consumer contact activates (that|the first added) authorized user$/,
  (scenario, which) => setActive(scenario, which, true),
  (which) => `the consumer contact activates ${which} authorized user`,
)

export const theContactRestrictsAuthorizedUsers = phrase<[maximum: number]>(
  'the consumer contact restricts authorized users to at most {int} active',
  async (scenario, maximum) =>
    scenario.must(
      scenario.record(
        // the settings step after success, as the consumer's settings form saves them
        await scenario.driver.configureSettings(
          scenario.cast.consumerUser(scenario.cast.consumer().contact),
          scenario.records.registrationUrl(),
          {
            autoActivateRrp: false,
            autoActivateRtd: false,
            restrictAuthorizedUsers: true,
            maxAuthorizedUsers: maximum,
            autoApproveAuthorizedUsers: true,
          },
        ),
      ),
    ),
  (maximum) => `the consumer contact restricts authorized users to at most ${maximum} active`,
)
