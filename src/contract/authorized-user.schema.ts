import { z } from 'zod'
import { filledText } from './filled-text'
import { FIELD_LIMITS as MAX } from './field-limits'
import { RegistrationUrlPresented } from './target.schema'

/** Where an authorized user's approval stands: the provider manages it (AUTH-USERS). */
export const Approval = z.enum(['Approved', 'Requested', 'Rejected'])
export type Approval = z.infer<typeof Approval>

/**
 * An authorized user of a connection: a user of the consumer's side, the provider's approval, and the consumer's active
 * flag.
 */
export const AuthorizedUser = z.object({
  id: z.string().min(1),
  user: z.string().min(1).describe("The user's user name"),
  approval: Approval,
  active: z.boolean(),
})
export type AuthorizedUser = z.infer<typeof AuthorizedUser>

/** The consumer's New authorized user form, saved and activated (ADD-AUTH-USER): a user of the consumer instance. */
export const AuthorizedUserAdded = RegistrationUrlPresented.extend({ userName: filledText(MAX.name) })
export type AuthorizedUserAdded = z.infer<typeof AuthorizedUserAdded>

/** The consumer activates or deactivates one of the connection's authorized users. */
export const AuthorizedUserActivity = RegistrationUrlPresented.extend({
  id: z.string().min(1).max(MAX.name),
  active: z.boolean(),
})
export type AuthorizedUserActivity = z.infer<typeof AuthorizedUserActivity>

/** The provider approves or rejects one of a connection's authorized users. */
export const AuthorizedUserDecision = z.object({
  id: z.string().min(1).max(MAX.name),
  approval: z.enum(['Approved', 'Rejected']),
})
export type AuthorizedUserDecision = z.infer<typeof AuthorizedUserDecision>
