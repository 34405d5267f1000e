import { nextState, type EventRule } from './workflow'
import type { TaskState } from './states'

/** What can happen to a registration task; each is a fact in the past tense. */
export type TaskEvent = 'ChecksPassed' | 'ChecksFailed' | 'RegistrationCompleted'

/**
 * The registration task of the classic path (ONB-australia, S1): saved into Awaiting Validation, then Open when the
 * pre-onboarding checks pass or Validation Failed when any fails; Validation Failed becomes Open by itself once every
 * issue is resolved, and Open becomes Closed Complete when the contact completes it.
 */
export const registrationTask = {
  'Awaiting Validation': { ChecksPassed: 'Open', ChecksFailed: 'Validation Failed' },
  'Validation Failed': { ChecksPassed: 'Open', ChecksFailed: 'Validation Failed' },
  Open: { RegistrationCompleted: 'Closed Complete' },
  'Closed Complete': {},
} as const satisfies Record<TaskState, Partial<Record<TaskEvent, TaskState>>>

/** A saved task waits for its first background run of the checks. */
export const INITIAL_TASK_STATE = 'Awaiting Validation' satisfies TaskState

/** The state after an event, or undefined when the event cannot happen in that state. */
export const nextTaskState = (state: TaskState, event: TaskEvent): TaskState | undefined =>
  nextState<TaskState, TaskEvent>(registrationTask, state, event)

/** How a task comes to be: a provider admin saves it. */
export const taskCreated: EventRule = {
  says: 'task saved',
  guardedBy: ['TASK-01', 'TASK-02', 'TASK-03', 'TASK-04', 'TASK-05', 'TASK-06'],
}

/** The events of the task, and the guards each passes through. */
export const taskEventRules: Record<TaskEvent, EventRule> = {
  ChecksPassed: { says: 'background checks passed', guardedBy: ['TASK-07', 'TASK-10', 'TASK-11', 'TASK-13'] },
  ChecksFailed: { says: 'a background check failed', guardedBy: ['TASK-08', 'TASK-09', 'TASK-13'] },
  RegistrationCompleted: { says: 'contact completed it', guardedBy: ['TASK-12', 'PC-30', 'PC-31', 'PC-34'] },
}
