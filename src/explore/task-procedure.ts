import fc from 'fast-check'
import { consumerInstanceActs, providerSetupActs, startingParties } from './shared-acts'
import { say, type Said } from '../cast/phrase'
import {
  staleProviderConnections,
  theConsumerInstanceAnswersAgain,
  theConsumerInstanceCannotBeReached,
  theIssueIsFixed,
  theServletUriIsEmpty,
} from '../cast/phrases/consumer-instance'
import { aProductionInstance, timePasses } from '../cast/phrases/provider-instance'
import {
  someoneWithoutASignInCompletesFromTheTask,
  thatUserCreatesATask,
  theAdminCreatesATask,
  theContactCompletesFromTheTask,
  theOtherContactCompletesFromTheTask,
  twoAdminsCreateATask,
} from '../cast/phrases/task'
import { command } from './journey'
import { type Act, type Procedure } from './procedure'
import { breachOf, type Kind, type Tasks } from './task-invariants'

type TaskAct = Act<Kind, Tasks>

/** An act that follows the link of the task, which exists only once the task has one. */
const fromTheLink = (said: Said, kind: Kind): TaskAct => ({ said, kind, when: (now) => now.links > 0 })

/** The contact's act on the link of a task that is Closed Complete already. */
const closedTaskLink: Omit<TaskAct, 'said'> = {
  kind: 'contact-completes',
  when: (now) => now.links > 0 && now.state === 'Closed Complete',
}

const savesATask = fc.constant(
  command<Kind, Tasks>({
    said: say(theAdminCreatesATask),
    kind: 'create',
    single: true,
  }),
)

/**
 * Every act a registration-task journey may take: saving the task (by an admin, a user without the role, two admins at
 * once), following its link (by the contact, another company's contact, someone without a sign-in), the consumer
 * instance failing checks, fixing them, going out of reach and back, and the clock that runs the background checks.
 */
const ACTS = [
  savesATask,
  savesATask,
  fc.constant(
    command<Kind, Tasks>({
      said: say(thatUserCreatesATask),
      kind: 'non-admin-creates',
      single: true,
    }),
  ),
  fc.constant(
    command<Kind, Tasks>({
      said: say(twoAdminsCreateATask),
      kind: 'create-pair',
      when: (now) => now.inProgress === 0,
    }),
  ),
  fc.constant(command(fromTheLink(say(theContactCompletesFromTheTask), 'contact-completes'))),
  fc.constant(command(fromTheLink(say(theContactCompletesFromTheTask), 'contact-completes'))),
  // single use: the link of a Closed Complete task, followed again (drawn only then, and often)
  ...[1, 2, 3, 4].map(() => fc.constant(command({ ...closedTaskLink, said: say(theContactCompletesFromTheTask) }))),
  fc.constant(command(fromTheLink(say(theOtherContactCompletesFromTheTask), 'other-contact-completes'))),
  fc.constant(command(fromTheLink(say(someoneWithoutASignInCompletesFromTheTask), 'anonymous-completes'))),
  fc
    .constantFrom(say(theServletUriIsEmpty), say(staleProviderConnections))
    .map((said) => command<Kind, Tasks>({ said, kind: 'consumer-instance' })),
  fc
    .constantFrom('consumer-kmf-unhealthy', 'servlet-uri-empty', 'stale-connection-records')
    .map((check) => command<Kind, Tasks>({ said: say(theIssueIsFixed, check), kind: 'consumer-instance' })),
  fc
    .constantFrom(say(theConsumerInstanceCannotBeReached), say(theConsumerInstanceAnswersAgain))
    .map((said) => command<Kind, Tasks>({ said, kind: 'consumer-instance' })),
  fc.constantFrom('a', 'not a').map((which) =>
    command<Kind, Tasks>({
      said: say(aProductionInstance, which),
      kind: 'provider-setup',
      change: (model) => void (model.production = which === 'a'),
    }),
  ),
  // The background job runs the checks of the tasks that fell due: the clock is what moves a task on.
  fc
    .constantFrom(5, 60)
    .map((minutes) => command<Kind, Tasks>({ said: say(timePasses, String(minutes), 'minutes'), kind: 'clock' })),
  ...consumerInstanceActs<Kind>('consumer-instance'),
  ...providerSetupActs<Kind>('provider-setup'),
]

/** Registration through a registration task saved in the Provider Center, the classic path (TASK). */
export const taskProcedure: Procedure<Kind, Tasks> = {
  name: 'task',
  says: 'a registration task, from its saving to Closed Complete',
  // The background job that runs the checks moves on the clock: a target without one a kit can move is not explored
  // here.
  tags: ['@clock'],
  invariants: [
    'only-admins-save-tasks',
    'one-task-in-progress',
    'saved-task-awaits-validation',
    'no-link-until-open',
    'open-task-has-its-link',
    'link-as-the-settings-say',
    'completion-closes-the-task',
    'closed-only-by-its-contact',
    'closed-stays-closed',
    'unrun-checks-leave-the-task',
    'refusal-changes-nothing',
    'mail-as-the-rules-say',
  ],
  startingSteps: (start) => [...startingParties(start), say(aProductionInstance, 'not a')],
  acts: ACTS,
  pairs: ['create-pair'],
  async look(world) {
    const company = world.cast.consumer().companyName
    const tasks = world
      .must(await world.driver.listRegistrationTasks(await world.cast.asProviderAdmin()))
      .filter((task) => task.company === company)
    const number = world.records.tasks.get('the consumer')?.number
    const task = tasks.find((candidate) => candidate.number === number)
    const links = task ? await world.records.taskLinks() : []
    const commented = (task?.comments ?? []).flatMap((comment) => world.cast.providerLinksIn(comment)).length
    return {
      shown: tasks.map((candidate) => `${candidate.number} ${candidate.state}`).join(', ') || 'no registration task',
      exists: task !== undefined,
      number,
      state: task?.state,
      inProgress: tasks.filter((candidate) => candidate.state !== 'Closed Complete').length,
      lastRun: task?.lastCheckRun,
      links: links.length,
      emailed: task ? world.records.taskInvitations().length : 0,
      commented,
    }
  },
  breachOf,
}
