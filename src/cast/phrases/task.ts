import assert from 'node:assert/strict'
import { actorOf } from '../parties'
import { phrase } from '../phrase'
import { completeRegistration, completeRegistrationAs } from '../registration-acts'
import { claimingToBe } from '../parties'
import type { Scenario } from '../scenario'

/** A registration task: saved by the provider's admin, a user without the role or two at once; its link followed. */

export const theAdminCreatesATask = phrase(
  'the provider admin creates a registration task for the consumer',
  (scenario) => scenario.records.createRegistrationTask(scenario.cast.connectionRequest()),
)

export const thatUserCreatesATask = phrase(
  'that user creates a registration task for the consumer',
  async (scenario) => {
    await scenario.cast.providerReady()
    const request = scenario.cast.connectionRequest()
    const mark = scenario.records.invitationMark(request)
    scenario.records.rememberedTask(
      scenario.record(await scenario.driver.createRegistrationTask(actorOf(scenario.thatUser), request)),
      mark,
    )
  },
)

export const twoAdminsCreateATask = phrase(
  'two provider admins create a registration task for the consumer at the same moment',
  async (scenario) => {
    const { cast, driver } = scenario
    const [first, second] = [await cast.asProviderAdmin(), actorOf(await cast.newProviderUser(['admin']))]
    const request = cast.connectionRequest()
    const mark = scenario.records.invitationMark(request)
    const outcomes = await scenario.atTheSameMoment(
      [first, second].map((admin) => ['create', () => driver.createRegistrationTask(admin, request)] as const),
    )
    for (const outcome of outcomes) scenario.records.rememberedTask(outcome, mark)
  },
)

/** The link of the task, which must exist by now. */
export async function taskLink(scenario: Scenario): Promise<string> {
  const found = await scenario.records.taskLink()
  assert.ok(found, 'the task has no registration link to follow')
  return found
}

export const theContactCompletesFromTheTask = phrase(
  'the consumer contact completes the registration from the link of the task',
  async (scenario) => completeRegistration(scenario, scenario.cast.consumer().contact, await taskLink(scenario)),
)

export const theOtherContactCompletesFromTheTask = phrase(
  "the other company's contact completes the registration from the link of the task",
  async (scenario) =>
    completeRegistration(scenario, scenario.cast.consumer('the other company').contact, await taskLink(scenario)),
)

export const someoneWithoutASignInCompletesFromTheTask = phrase(
  'someone holding the link of the task completes the registration in the name of the consumer contact, without signing in to the consumer instance',
  async (scenario) =>
    completeRegistrationAs(
      scenario,
      claimingToBe(scenario.cast.consumer().contact, scenario.faker),
      await taskLink(scenario),
    ),
)
