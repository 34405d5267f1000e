import assert from 'node:assert/strict'
import type { CheckRunOutcome } from '../../contract/registration-task.schema'
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

/** The registration tasks as the provider's list shows them afterwards. */

/** The tasks a step names, by the consumer company (and instance) each was saved for. */
const TASK_NAMED: Record<string, string> = {
  'the registration task': 'the consumer',
  "the other company's registration task": 'the other company',
  'the registration task of the second instance': 'the consumer at its second instance',
}

export const theTaskIs = phrase<[task: string, state: string]>(
  /^(the registration task|the other company's registration task|the registration task of the second instance) is "([^"]+)"$/,
  async (scenario, task, state) => {
    const shown = (await scenario.records.currentTask(TASK_NAMED[task])).state
    assert.equal(shown, state, `${task} is ${shown}, not ${state}`)
  },
  (task, state) => `${task} is "${state}"`,
)

/** The numbers of the consumer's registration tasks, as the provider admin lists them. */
async function consumerTasks(scenario: Scenario): Promise<string[]> {
  const company = scenario.cast.consumer().companyName
  const tasks = scenario.must(await scenario.driver.listRegistrationTasks(await scenario.cast.asProviderAdmin()))
  return tasks.filter((task) => task.company === company).map((task) => task.number)
}

export const noTask = phrase('the consumer has no registration task', async (scenario) => {
  const numbers = await consumerTasks(scenario)
  assert.deepEqual(numbers, [], `the consumer has the registration task(s) ${numbers.join(', ')}`)
})

export const exactlyOneTask = phrase('the consumer has exactly one registration task', async (scenario) => {
  const numbers = await consumerTasks(scenario)
  assert.equal(numbers.length, 1, `the consumer has the registration tasks ${numbers.join(', ') || 'none'}`)
})

export const noLinkForTheTask = phrase('no registration link exists for the task', async (scenario) => {
  const link = await scenario.records.taskLink()
  assert.equal(link, undefined, `the task already has a registration link: ${link}`)
})

export const aLinkForTheTask = phrase('a registration link exists for the task', async (scenario) => {
  assert.ok(
    await scenario.records.taskLink(),
    'the task has no registration link: no invitation email carries one, and no comment of the task',
  )
})

export const theLastCheckRun = phrase<[outcome: CheckRunOutcome]>(
  'the last check run of the task {string}',
  async (scenario, outcome) => {
    const run = (await scenario.records.currentTask()).lastCheckRun
    assert.equal(run?.outcome, outcome, run ? `the last check run ${run.outcome}` : 'the task shows no check run')
  },
  (outcome) => `the last check run of the task "${outcome}"`,
)

export const theCommentsCarryTheLink = phrase(
  'the comments of the task carry its registration link',
  async (scenario) => {
    const comments = (await scenario.records.currentTask()).comments
    assert.ok(
      comments.some((comment) => scenario.cast.providerLinksIn(comment).length > 0),
      `no comment carries a link: ${JSON.stringify(comments)}`,
    )
  },
)
