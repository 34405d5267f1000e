import { z } from 'zod'
import { SubscriptionState, ReplicationSetState } from '../spec/states'
import { filledText } from './filled-text'
import { InstallationGuidance } from './mail.schema'
import { FIELD_LIMITS as MAX } from './field-limits'

/** The states the documents describe, as the contract carries them. */
export { SubscriptionState, ReplicationSetState }

/**
 * The legacy onboarding of Service Bridge (S2): the provider registers a customer instance, the customer creates a
 * provider record there, the provider approves the resulting Replication Subscription, and the customer activates its
 * replication set.
 */

/** The Service Bridge Registration catalog item: account, contact, customer instance URL and instance ID. */
export const LegacyRegistrationRequest = z.object({
  accountId: filledText(MAX.name, 'account is required'),
  contactId: filledText(MAX.name, 'contact is required'),
  customerInstanceUrl: filledText(MAX.url, 'customer instance URL is required'),
  /** The customer instance's instance_id system property: 32 hexadecimal digits. */
  customerInstanceId: z
    .string({ error: 'customer instance ID is required' })
    .regex(/^[0-9a-f]{32}$/i, 'customer instance ID: 32 hexadecimal digits, as the instance_id property holds it'),
})
export type LegacyRegistrationRequest = z.infer<typeof LegacyRegistrationRequest>

/** The registration case the provider instance creates for each Service Bridge Registration request. */
export const RegistrationCase = z.object({
  number: z.string().regex(/^CS\d{7}$/),
  account: z.string(),
  contact: z.string(),
  customerInstanceUrl: z.string().url(),
  /** Work notes for agents, oldest first: installation and configuration guidance, then the approval link. */
  workNotes: z.array(z.string()),
  /** The installation and configuration guidance of the work notes, as facts: every case carries it (LEG-05). */
  guidance: InstallationGuidance,
  subscription: z.object({ number: z.string().regex(/^RS\d{7}$/), state: SubscriptionState }).optional(),
})
export type RegistrationCase = z.infer<typeof RegistrationCase>

/** The provider's decision on a Replication Subscription; confirmed is the Yes of the confirmation dialog. */
export const SubscriptionDecision = z.object({ decision: z.enum(['approve', 'reject']), confirmed: z.boolean() })
export type SubscriptionDecision = z.infer<typeof SubscriptionDecision>

/** What the customer instance shows of its Service Bridge integration with the provider. */
export const CustomerIntegration = z.object({
  customerInstanceUrl: z.string().url(),
  providerRecord: z.boolean(),
  replicationSet: ReplicationSetState.optional(),
  established: z.boolean(),
})
export type CustomerIntegration = z.infer<typeof CustomerIntegration>
