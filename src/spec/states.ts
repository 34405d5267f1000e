import { z } from 'zod'

/**
 * The states of every record whose life the documents describe. The workflow tables move between them; the contract
 * carries them on the wire.
 */

/** A connection card: CT-australia has the last four, CT-brazil adds Pending first. */
export const CardState = z.enum(['Pending', 'Awaiting Validation', 'Validated', 'Validation Failed', 'Onboarded'])
export type CardState = z.infer<typeof CardState>

/** A registration task of the classic path (S1, ONB). */
export const TaskState = z.enum(['Awaiting Validation', 'Validation Failed', 'Open', 'Closed Complete'])
export type TaskState = z.infer<typeof TaskState>

/** The Replication Subscription on the provider, as its approval record shows it (legacy, S2). */
export const SubscriptionState = z.enum(['Requested', 'Approved', 'Rejected', 'Active'])
export type SubscriptionState = z.infer<typeof SubscriptionState>

/** The replication set of the customer instance, in Instance Data Replication's words (legacy, IDR). */
export const ReplicationSetState = z.enum(['Subscription Requested', 'Approved', 'Denied', 'Active'])
export type ReplicationSetState = z.infer<typeof ReplicationSetState>

/** An account on the Consumer Service Portal (CSP). */
export const AccountState = z.enum(['awaiting verification', 'active'])
export type AccountState = z.infer<typeof AccountState>

/** A registration request on the CSM customer portal (CSMREG). */
export const CustomerRequestState = z.enum(['Requested', 'Approved', 'Rejected'])
export type CustomerRequestState = z.infer<typeof CustomerRequestState>
