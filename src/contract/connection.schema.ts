import { z } from 'zod'
import { CardState } from '../spec/states'
import { filledText } from './filled-text'
import { FIELD_LIMITS as MAX } from './field-limits'

/** The states the documents describe, as the contract carries them. */
export { CardState }

/** Text that must not be blank once trimmed. */
const filled = (field: string, max: number) => filledText(max, `${field} is required`)

/** The "Create a new connection" form: Company, Contact and URL are mandatory (S0 step 4). */
export const ConnectionRequest = z.object({
  companyId: filled('company', MAX.name),
  contactId: filled('contact', MAX.name),
  instanceUrl: filled('instance URL', MAX.url),
})
export type ConnectionRequest = z.infer<typeof ConnectionRequest>

/** What the Connections tab shows for one connection (CT): empty fields are simply absent. */
export const ConnectionCard = z.object({
  number: z.string().regex(/^CONN\d{7}$/),
  company: z.string(),
  instanceUrl: z.string().url(),
  state: CardState,
  appVersion: z.string().optional(),
  /**
   * Until the connection is Onboarded: always when email notifications are off (RD-01); with email on the invitation
   * email carries it, and the card may show it too or leave it out (FREE-06).
   */
  registrationUrl: z
    .string()
    .url()
    .optional()
    .describe(
      'Until Onboarded: always when email notifications are off (RD-01); with email on, the invitation email carries it and the card may leave it out (FREE-06).',
    ),
})
export type ConnectionCard = z.infer<typeof ConnectionCard>

/** How many authorized users a connection may be restricted to, at most, as the kit reads a number field. */
const MAX_AUTHORIZED_USERS = 100_000

/**
 * The settings of a connection (SETTINGS, SETTINGS-P): the consumer's Remote Record Producers, Remote Task Definitions
 * and Authorized Users tabs. A maximum of authorized users exists only while they are restricted.
 */
export const ConnectionSettings = z.object({
  autoActivateRrp: z.boolean(),
  autoActivateRtd: z.boolean(),
  restrictAuthorizedUsers: z.boolean(),
  maxAuthorizedUsers: z.number().int().positive().max(MAX_AUTHORIZED_USERS).optional(),
  autoApproveAuthorizedUsers: z.boolean(),
})
export type ConnectionSettings = z.infer<typeof ConnectionSettings>

/** The consumer's Configure settings step, on the page of the registration URL, after success (CC, steps 4 and 5). */
export const SettingsConfigured = z.object({ registrationUrl: z.string().max(MAX.url), settings: ConnectionSettings })
export type SettingsConfigured = z.infer<typeof SettingsConfigured>

/**
 * What the provider submits on the Authorized Users tab of a connection's settings (SETTINGS-P): the authorized-user
 * settings, and the auto-activate settings the form shows but does not let the provider change.
 */
export const ProviderSettingsChange = ConnectionSettings.partial({ autoActivateRrp: true, autoActivateRtd: true })
export type ProviderSettingsChange = z.infer<typeof ProviderSettingsChange>

/** The word the dialog asks for before the connection's tasks are deleted with it (OFF-C, step 5). */
export const DELETE_CONFIRMATION = 'Delete'

/**
 * Off-Board Consumer, confirmed with OK (OFF-C): whether "Delete all existing tasks for this connection" is ticked, and
 * what was typed in the dialog that ticking it opens.
 */
export const OffboardRequest = z.object({ deleteTasks: z.boolean(), typed: z.string().max(MAX.name).optional() })
export type OffboardRequest = z.infer<typeof OffboardRequest>

/** A consumer off-boarded: the connection it had, and whether its tasks went with it. */
export const Offboarded = z.object({ number: z.string().min(1), tasksDeleted: z.boolean() })
export type Offboarded = z.infer<typeof Offboarded>

/** View details: the registration and the settings of one connection (S0 Result). */
export const ConnectionDetails = z.object({
  card: ConnectionCard,
  registration: z.object({
    company: z.string(),
    contact: z.object({ name: z.string(), email: z.string() }),
    instanceUrl: z.string().url(),
    appVersion: z.string().optional(),
    createdAt: z.iso.datetime(),
    onboardedAt: z.iso.datetime().optional(),
  }),
  settings: ConnectionSettings,
})
export type ConnectionDetails = z.infer<typeof ConnectionDetails>
