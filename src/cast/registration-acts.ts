import type { ConsumerUser } from '../contract/actor.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import type { Person } from './parties'
import type { Scenario } from './scenario'

/**
 * Someone completes the registration from a registration URL, as the page leads them: open it, Get Started, Start
 * Registration. The first refusal ends it; the outcome recorded is that refusal or the final page.
 */
export function completeRegistration(
  world: Scenario,
  person: Person,
  registrationUrl: string,
): Promise<Outcome<RegistrationPage>> {
  return completeRegistrationAs(world, world.cast.consumerUser(person), registrationUrl)
}

/** As completeRegistration, by whoever holds these credentials of a consumer instance. */
export async function completeRegistrationAs(
  world: Scenario,
  actor: ConsumerUser,
  registrationUrl: string,
): Promise<Outcome<RegistrationPage>> {
  const steps = [world.driver.openRegistrationUrl, world.driver.getStarted, world.driver.startRegistration]
  let outcome: Outcome<RegistrationPage> | undefined
  for (const step of steps) {
    outcome = await step.call(world.driver, actor, registrationUrl)
    if (!outcome.ok) break
    world.page = outcome.value
  }
  return world.record(outcome!)
}
