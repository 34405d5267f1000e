import type { CheckRunOutcome, TaskState } from '../contract/registration-task.schema'
import { completionRefusal, unentitled, type Completer } from './connection-procedure'
import { refusedAs, type ActSeen, type BreachFound } from './procedure'
import { noEmailIsSent, receivesExactlyOne } from '../cast/phrases/mail'
import { theRegistrationIsCompleted } from '../cast/phrases/registration'
import {
  aLinkForTheTask,
  exactlyOneTask,
  noLinkForTheTask,
  noTask,
  theCommentsCarryTheLink,
  theLastCheckRun,
  theTaskIs,
} from '../cast/phrases/task'

/** The step that asserts the consumer's registration task is in this state. */
const taskIs = (state: string | undefined): string => theTaskIs.says('the registration task', String(state))

/** Who acts in a step of a registration-task journey, as far as its invariants care. */
export type Kind =
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
export type Tasks = {
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

type Seen = ActSeen<Kind, Tasks>

const COMPLETING: Partial<Record<Kind, Completer>> = {
  'contact-completes': 'contact',
  'other-contact-completes': 'other',
  'anonymous-completes': 'anonymous',
}

const refusalFor = (seen: Seen, also: string[] = []): string => completionRefusal(seen, COMPLETING[seen.act.kind], also)

/**
 * The rules a journey of the task procedure is held to after every act, in the order they are looked at: the first
 * broken one is the breach.
 */
export function breachOf(seen: Seen): BreachFound | undefined {
  for (const rule of TASK_RULES) {
    const breach = rule(seen)
    if (breach) return breach
  }
  return undefined
}

/** The invariant only-admins-save-tasks. */
function onlyAdminsSaveTasks(seen: Seen): BreachFound | undefined {
  const { act, refused, before } = seen
  if (act.kind === 'non-admin-creates' && !refused) {
    return {
      invariant: 'only-admins-save-tasks',
      then: [refusedAs(['not-admin', ...(before.inProgress > 0 ? ['registration-task-exists'] : [])])],
      detail: 'a provider user without the admin role saved a registration task',
    }
  }
  return undefined
}

/** The invariant one-task-in-progress. */
function oneTaskInProgress(seen: Seen): BreachFound | undefined {
  const { act, after } = seen
  if (after.inProgress > 1) {
    const refusal =
      act.kind === 'create-pair'
        ? 'exactly one of them is accepted, and the other is refused as "registration-task-exists"'
        : refusedAs(['registration-task-exists'])
    return {
      invariant: 'one-task-in-progress',
      then: [refusal, exactlyOneTask.says()],
      detail: `the consumer has ${after.inProgress} registration tasks in progress`,
    }
  }
  return undefined
}

/** The invariant refusal-changes-nothing. */
function refusalChangesNothing(seen: Seen): BreachFound | undefined {
  const { act, refused, before } = seen
  if (refused && act.single && seen.changed) {
    return {
      invariant: 'refusal-changes-nothing',
      then: [seen.refusalStep!, ...(before.state ? [taskIs(before.state)] : [noTask.says()])],
      detail: 'a refused act changed the tasks',
    }
  }
  return undefined
}

/** The invariant no-link-until-open. */
function noLinkUntilOpen(seen: Seen): BreachFound | undefined {
  const { before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  if (
    (after.state === 'Awaiting Validation' || after.state === 'Validation Failed') &&
    after.links > (sameTask ? before.links : 0)
  ) {
    return {
      invariant: 'no-link-until-open',
      then: [taskIs(after.state), noLinkForTheTask.says()],
      detail: `a registration link appeared while the task is ${after.state}`,
    }
  }
  return undefined
}

/** The invariant saved-task-awaits-validation. */
function savedTaskAwaitsValidation(seen: Seen): BreachFound | undefined {
  const { act, after } = seen
  const sameTask = seen.before.number === seen.after.number
  const created = act.kind === 'create' || act.kind === 'create-pair' || act.kind === 'non-admin-creates'
  if (created && !sameTask && after.state !== 'Awaiting Validation') {
    return {
      invariant: 'saved-task-awaits-validation',
      then: [...(seen.refusalStep ? [seen.refusalStep] : []), taskIs('Awaiting Validation'), noLinkForTheTask.says()],
      detail: `the task was ${after.state} as soon as it was saved`,
    }
  }
  return undefined
}

/** The invariant link-as-the-settings-say. */
function linkAsTheSettingsSay(seen: Seen): BreachFound | undefined {
  const { before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  if (sameTask && before.state !== 'Open' && after.state === 'Open') {
    // A production instance with email sending off may do either (RD-17): only the switch is held to.
    const { emailOn, production } = seen.model
    if (emailOn && after.emailed === before.emailed) {
      return {
        invariant: 'link-as-the-settings-say',
        then: [
          taskIs('Open'),
          receivesExactlyOne.says('consumer contact', 'registration-invitation'),
          'that email carries the registration link of the task',
        ],
        detail: 'the task opened with email notifications on, and no invitation reached its contact',
      }
    }
    if (!emailOn && !production && (after.emailed > before.emailed || after.commented === 0)) {
      return {
        invariant: 'link-as-the-settings-say',
        then: [taskIs('Open'), noEmailIsSent.says(), theCommentsCarryTheLink.says()],
        detail: `the task opened with email notifications off on an instance that is not a production one, and ${after.commented === 0 ? 'no comment carries its link' : 'an invitation was emailed'}`,
      }
    }
  }
  return undefined
}

/** The invariant open-task-has-its-link. */
function openTaskHasItsLink(seen: Seen): BreachFound | undefined {
  const { after } = seen
  if (after.state === 'Open' && after.links === 0) {
    return {
      invariant: 'open-task-has-its-link',
      then: [taskIs('Open'), aLinkForTheTask.says()],
      detail: 'the task is Open, and no email or comment carries its link',
    }
  }
  return undefined
}

/** The invariant closed-stays-closed. */
function closedStaysClosed(seen: Seen): BreachFound | undefined {
  const { act, refused, before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  if (sameTask && before.state === 'Closed Complete' && after.state !== 'Closed Complete') {
    return {
      invariant: 'closed-stays-closed',
      then: [...(seen.refusalStep ? [seen.refusalStep] : []), taskIs('Closed Complete')],
      detail: 'the Closed Complete task is no longer Closed Complete',
    }
  }
  const completing = COMPLETING[act.kind]
  if (sameTask && before.state === 'Closed Complete' && completing && !refused) {
    return {
      invariant: 'closed-stays-closed',
      then: [refusalFor(seen, ['registration-url-used']), taskIs('Closed Complete')],
      detail: 'the link of a Closed Complete task completed a registration again',
    }
  }
  // its link is used up: refused for that, or for who follows it, never let in to fail at a later step
  if (sameTask && before.state === 'Closed Complete' && completing && refused && refusedAtALaterStep(seen)) {
    return {
      invariant: 'closed-stays-closed',
      then: [refusalFor(seen, ['registration-url-used']), taskIs('Closed Complete')],
      detail: `the link of a Closed Complete task was let in again, and refused only later (${seen.refusalStep})`,
    }
  }
  return undefined
}

/** Refusals of a step after the link was let in: Get Started's and Start Registration's, never the link's own. */
const LATER_STEP_CODES = ['not-validated', 'checks-did-not-run', 'issue-not-found']

/** Whether the refusal a step met came from a step the link should never have let the party reach. */
const refusedAtALaterStep = (seen: Seen): boolean =>
  LATER_STEP_CODES.some((code) => seen.refusalStep?.includes(`"${code}"`) ?? false)

/** The invariant closed-only-by-its-contact. */
function closedOnlyByItsContact(seen: Seen): BreachFound | undefined {
  const { before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  const completing = COMPLETING[seen.act.kind]
  const why =
    sameTask && before.state !== 'Closed Complete' && after.state === 'Closed Complete'
      ? unentitled(seen, completing === 'contact')
      : undefined
  if (why)
    return {
      invariant: 'closed-only-by-its-contact',
      then: [refusalFor(seen), taskIs(before.state)],
      detail: `the task became Closed Complete, yet ${why}`,
    }
  return undefined
}

/** The invariant completion-closes-the-task. */
function completionClosesTheTask(seen: Seen): BreachFound | undefined {
  const { act, refused, before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  if (
    sameTask &&
    act.kind === 'contact-completes' &&
    !refused &&
    before.state === 'Open' &&
    after.state !== 'Closed Complete'
  ) {
    return {
      invariant: 'completion-closes-the-task',
      then: [theRegistrationIsCompleted.says(), taskIs('Closed Complete')],
      detail: `the contact completed the registration, and the task is ${after.state}`,
    }
  }
  return undefined
}

/** The invariant unrun-checks-leave-the-task. */
function unrunChecksLeaveTheTask(seen: Seen): BreachFound | undefined {
  const { before, after } = seen
  const sameTask = seen.before.number === seen.after.number
  const newRun = after.lastRun && after.lastRun.at !== before.lastRun?.at ? after.lastRun : undefined
  if (sameTask && newRun?.outcome === 'could not run' && after.state !== before.state) {
    return {
      invariant: 'unrun-checks-leave-the-task',
      then: [theLastCheckRun.says('could not run'), taskIs(before.state)],
      detail: `a run of the checks that could not run moved the task from ${before.state} to ${after.state}`,
    }
  }
  return undefined
}

const TASK_RULES = [
  onlyAdminsSaveTasks,
  oneTaskInProgress,
  refusalChangesNothing,
  noLinkUntilOpen,
  savedTaskAwaitsValidation,
  linkAsTheSettingsSay,
  openTaskHasItsLink,
  closedStaysClosed,
  closedOnlyByItsContact,
  completionClosesTheTask,
  unrunChecksLeaveTheTask,
]
