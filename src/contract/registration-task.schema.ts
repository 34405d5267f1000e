import { z } from 'zod'
import { TaskState } from '../spec/states'
import { CheckResult } from './pre-onboarding.schema'

/** The states the documents describe, as the contract carries them. */
export { TaskState }

/** How the last background run of the pre-onboarding checks ended. */
export const CheckRunOutcome = z.enum(['passed', 'failed', 'could not run'])
export type CheckRunOutcome = z.infer<typeof CheckRunOutcome>

/** A registration task as the provider admin sees its form: state, banner, comments. */
export const RegistrationTask = z.object({
  number: z.string().regex(/^REG\d{7}$/),
  company: z.string(),
  contact: z.string(),
  instanceUrl: z.string().url(),
  state: TaskState,
  /** The Validation Failed banner: every check that still fails, with how to resolve it; absent otherwise. */
  banner: z.array(CheckResult).optional(),
  lastCheckRun: z.object({ outcome: CheckRunOutcome, at: z.iso.datetime(), reason: z.string().optional() }).optional(),
  /** Comments on the task, oldest first; where the registration link is left when no email carries it (RD-04). */
  comments: z.array(z.string()),
})
export type RegistrationTask = z.infer<typeof RegistrationTask>
