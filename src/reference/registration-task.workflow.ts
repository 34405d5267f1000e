import type { TaskState } from '../contract/registration-task.schema'

/** What can happen to a registration task; each is a fact in the past tense. */
export type TaskEvent = 'ChecksPassed' | 'ChecksFailed' | 'RegistrationCompleted'

/**
 * The registration task of the classic path (ONB-australia, S1): saved into Awaiting Validation, then Open
 * when the pre-onboarding checks pass or Validation Failed when any fails; Validation Failed becomes Open by
 * itself once every issue is resolved, and Open becomes Closed Complete when the contact completes it.
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
export function nextTaskState(state: TaskState, event: TaskEvent): TaskState | undefined {
  const row: Partial<Record<TaskEvent, TaskState>> = registrationTask[state]
  return row[event]
}
