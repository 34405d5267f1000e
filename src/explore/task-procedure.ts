import fc from 'fast-check'
import type { CheckRunOutcome, TaskState } from '../contract/registration-task.schema'
import {
  completionRefusal,
  consumerInstanceActs,
  providerSetupActs,
  startingParties,
  unentitled,
  type Completer,
} from './connection-procedure'
import { command } from './journey'
import { refusedAs, type Act, type ActSeen, type BreachFound, type Procedure } from './procedure'

/** Who acts in a step of a registration-task journey, as far as its invariants care. */
type Kind =
  | 'create'
  | 'non-admin-creates'
  | 'create-pair'
  | 'contact-completes'
  | 'other-contact-completes'
  | 'anonymous-completes'
  | 'consumer-instance'
  | 'provider-setup'
  | 'clock'

/** The consumer's registration tasks as the provider admin sees them, and how many links its current task has. */
type Tasks = {
  shown: string
  exists: boolean
  number: string | undefined
  state: TaskState | undefined
  inProgress: number
  lastRun: { outcome: CheckRunOutcome; at: string } | undefined
  /** The current task's links: in invitations since it was saved, or in its comments. */
  links: number
  /** Of those, the ones in invitations, and the ones in its comments. */
  emailed: number
  commented: number
}

type TaskAct = Act<Kind, Tasks>
type Seen = ActSeen<Kind, Tasks>

/** An act that follows the link of the task, which exists only once the task has one. */
const fromTheLink = (text: string, kind: Kind): TaskAct => ({ text, kind, when: (now) => now.links > 0 })

const savesATask = fc.constant(
  command<Kind, Tasks>({
    text: 'the provider admin creates a registration task for the consumer',
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
      text: 'that user creates a registration task for the consumer',
      kind: 'non-admin-creates',
      single: true,
    }),
  ),
  fc.constant(
    command<Kind, Tasks>({
      text: 'two provider admins create a registration task for the consumer at the same moment',
      kind: 'create-pair',
      when: (now) => now.inProgress === 0,
    }),
  ),
  fc.constant(
    command(
      fromTheLink('the consumer contact completes the registration from the link of the task', 'contact-completes'),
    ),
  ),
  fc.constant(
    command(
      fromTheLink(
        "the other company's contact completes the registration from the link of the task",
        'other-contact-completes',
      ),
    ),
  ),
  fc.constant(
    command(
      fromTheLink(
        'someone holding the link of the task completes the registration in the name of the consumer contact, without signing in to the consumer instance',
        'anonymous-completes',
      ),
    ),
  ),
  fc
    .constantFrom(
      'glide.servlet.uri is empty on the consumer instance',
      'the consumer instance holds stale Provider Connection records for this provider',
    )
    .map((text) => command<Kind, Tasks>({ text, kind: 'consumer-instance' })),
  fc
    .constantFrom('consumer-kmf-unhealthy', 'servlet-uri-empty', 'stale-connection-records')
    .map((check) => command<Kind, Tasks>({ text: `the "${check}" issue is fixed`, kind: 'consumer-instance' })),
  fc
    .constantFrom('the consumer instance cannot be reached', 'the consumer instance answers again')
    .map((text) => command<Kind, Tasks>({ text, kind: 'consumer-instance' })),
  fc.constantFrom('a', 'not a').map((which) =>
    command<Kind, Tasks>({
      text: `the provider instance is ${which} production instance`,
      kind: 'provider-setup',
      change: (model) => void (model.production = which === 'a'),
    }),
  ),
  // The background job runs the checks of the tasks that fell due: the clock is what moves a task on.
  fc.constantFrom(5, 60).map((minutes) => command<Kind, Tasks>({ text: `${minutes} minutes pass`, kind: 'clock' })),
  ...consumerInstanceActs<Kind>('consumer-instance'),
  ...providerSetupActs<Kind>('provider-setup'),
]

const COMPLETING: Partial<Record<Kind, Completer>> = {
  'contact-completes': 'contact',
  'other-contact-completes': 'other',
  'anonymous-completes': 'anonymous',
}

const refusalFor = (seen: Seen, also: string[] = []): string => completionRefusal(seen, COMPLETING[seen.act.kind], also)

/** The first invariant a registration-task act broke, if any, with the steps that assert it. */
function breachOf(seen: Seen): BreachFound | undefined {
  const { act, refused, before, after } = seen
  if (act.kind === 'non-admin-creates' && !refused) {
    return {
      invariant: 'only-admins-save-tasks',
      then: [refusedAs(['not-admin', ...(before.inProgress > 0 ? ['registration-task-exists'] : [])])],
      detail: 'a provider user without the admin role saved a registration task',
    }
  }
  if (after.inProgress > 1) {
    const refusal =
      act.kind === 'create-pair'
        ? 'exactly one of them is accepted, and the other is refused as "registration-task-exists"'
        : refusedAs(['registration-task-exists'])
    return {
      invariant: 'one-task-in-progress',
      then: [refusal, 'the consumer has exactly one registration task'],
      detail: `the consumer has ${after.inProgress} registration tasks in progress`,
    }
  }
  if (refused && act.single && seen.changed) {
    return {
      invariant: 'refusal-changes-nothing',
      then: [
        seen.refusalStep!,
        ...(before.state ? [`the registration task is "${before.state}"`] : ['the consumer has no registration task']),
      ],
      detail: 'a refused act changed the tasks',
    }
  }
  const sameTask = before.number === after.number
  if (
    (after.state === 'Awaiting Validation' || after.state === 'Validation Failed') &&
    after.links > (sameTask ? before.links : 0)
  ) {
    return {
      invariant: 'no-link-until-open',
      then: [`the registration task is "${after.state}"`, 'no registration link exists for the task'],
      detail: `a registration link appeared while the task is ${after.state}`,
    }
  }
  const created = act.kind === 'create' || act.kind === 'create-pair' || act.kind === 'non-admin-creates'
  if (created && !sameTask && after.state !== 'Awaiting Validation') {
    return {
      invariant: 'saved-task-awaits-validation',
      then: [
        ...(seen.refusalStep ? [seen.refusalStep] : []),
        'the registration task is "Awaiting Validation"',
        'no registration link exists for the task',
      ],
      detail: `the task was ${after.state} as soon as it was saved`,
    }
  }
  if (sameTask && before.state !== 'Open' && after.state === 'Open') {
    // A production instance with email sending off may do either (RD-17): only the switch is held to.
    const { emailOn, production } = seen.model
    if (emailOn && after.emailed === before.emailed) {
      return {
        invariant: 'link-as-the-settings-say',
        then: [
          'the registration task is "Open"',
          'the consumer contact receives exactly one invitation email',
          'that email carries the registration link of the task',
        ],
        detail: 'the task opened with email notifications on, and no invitation reached its contact',
      }
    }
    if (!emailOn && !production && (after.emailed > before.emailed || after.commented === 0)) {
      return {
        invariant: 'link-as-the-settings-say',
        then: [
          'the registration task is "Open"',
          'no email is sent',
          'the comments of the task carry its registration link',
        ],
        detail: `the task opened with email notifications off on an instance that is not a production one, and ${after.commented === 0 ? 'no comment carries its link' : 'an invitation was emailed'}`,
      }
    }
  }
  if (after.state === 'Open' && after.links === 0) {
    return {
      invariant: 'open-task-has-its-link',
      then: ['the registration task is "Open"', 'a registration link exists for the task'],
      detail: 'the task is Open, and no email or comment carries its link',
    }
  }
  if (sameTask && before.state === 'Closed Complete' && after.state !== 'Closed Complete') {
    return {
      invariant: 'closed-stays-closed',
      then: [...(seen.refusalStep ? [seen.refusalStep] : []), 'the registration task is "Closed Complete"'],
      detail: 'the Closed Complete task is no longer Closed Complete',
    }
  }
  const completing = COMPLETING[act.kind]
  if (sameTask && before.state === 'Closed Complete' && completing && !refused) {
    return {
      invariant: 'closed-stays-closed',
      then: [refusalFor(seen, ['registration-url-used']), 'the registration task is "Closed Complete"'],
      detail: 'the link of a Closed Complete task completed a registration again',
    }
  }
  const why =
    sameTask && before.state !== 'Closed Complete' && after.state === 'Closed Complete'
      ? unentitled(seen, completing === 'contact')
      : undefined
  if (why)
    return {
      invariant: 'closed-only-by-its-contact',
      then: [refusalFor(seen), `the registration task is "${before.state}"`],
      detail: `the task became Closed Complete, yet ${why}`,
    }
  if (
    sameTask &&
    act.kind === 'contact-completes' &&
    !refused &&
    before.state === 'Open' &&
    after.state !== 'Closed Complete'
  ) {
    return {
      invariant: 'completion-closes-the-task',
      then: ['the registration is completed', 'the registration task is "Closed Complete"'],
      detail: `the contact completed the registration, and the task is ${after.state}`,
    }
  }
  const newRun = after.lastRun && after.lastRun.at !== before.lastRun?.at ? after.lastRun : undefined
  if (sameTask && newRun?.outcome === 'could not run' && after.state !== before.state) {
    return {
      invariant: 'unrun-checks-leave-the-task',
      then: ['the last check run of the task "could not run"', `the registration task is "${before.state}"`],
      detail: `a run of the checks that could not run moved the task from ${before.state} to ${after.state}`,
    }
  }
  return undefined
}

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
  startingSteps: (start) => [...startingParties(start), 'the provider instance is not a production instance'],
  acts: ACTS,
  pairs: ['create-pair'],
  async look(world) {
    const company = world.consumer().companyName
    const tasks = world
      .must(await world.driver.listRegistrationTasks(await world.asProviderAdmin()))
      .filter((task) => task.company === company)
    const number = world.tasks.get('the consumer')?.number
    const task = tasks.find((candidate) => candidate.number === number)
    const links = task ? await world.taskLinks() : []
    const commented = (task?.comments ?? []).flatMap((comment) => world.providerLinksIn(comment)).length
    return {
      shown: tasks.map((candidate) => `${candidate.number} ${candidate.state}`).join(', ') || 'no registration task',
      exists: task !== undefined,
      number,
      state: task?.state,
      inProgress: tasks.filter((candidate) => candidate.state !== 'Closed Complete').length,
      lastRun: task?.lastCheckRun,
      links: links.length,
      emailed: task ? world.taskInvitations().length : 0,
      commented,
    }
  },
  breachOf,
}
