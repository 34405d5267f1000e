import type { ReplicationSetState, SubscriptionState } from './states'
import { nextState, type EventRule } from './workflow'

/** Where a legacy registration stands, seen from both instances at once. */
export type LegacyState = 'Registration Submitted' | 'Awaiting Approval' | 'Approved' | 'Rejected' | 'Established'

/** What can happen to a legacy registration; each is a fact in the past tense. */
export type LegacyEvent =
  'ProviderRecordCreated' | 'SubscriptionApproved' | 'SubscriptionRejected' | 'ReplicationSetActivated'

/**
 * The legacy onboarding (S2, domain brief §2.5) as one table: the customer's provider record asks for a subscription,
 * the provider approves or rejects it, the customer activates its replication set.
 */
export const legacyIntegration = {
  'Registration Submitted': { ProviderRecordCreated: 'Awaiting Approval' },
  'Awaiting Approval': { SubscriptionApproved: 'Approved', SubscriptionRejected: 'Rejected' },
  Approved: { ReplicationSetActivated: 'Established' },
  Rejected: {},
  Established: {},
} as const satisfies Record<LegacyState, Partial<Record<LegacyEvent, LegacyState>>>

/** A submitted request waits for the customer's provider record. */
export const INITIAL_LEGACY_STATE = 'Registration Submitted' satisfies LegacyState

/** The state after an event, or undefined when the event cannot happen in that state. */
export const nextLegacyState = (state: LegacyState, event: LegacyEvent): LegacyState | undefined =>
  nextState<LegacyState, LegacyEvent>(legacyIntegration, state, event)

/** How a legacy registration comes to be: a provider admin submits the Service Bridge Registration request. */
export const legacySubmitted: EventRule = {
  says: 'request submitted',
  guardedBy: ['LEG-01', 'LEG-02', 'LEG-03', 'LEG-04', 'LEG-05', 'LEG-06', 'LEG-07'],
}

/** The events of a legacy registration, and the guards each passes through. */
export const legacyEventRules: Record<LegacyEvent, EventRule> = {
  ProviderRecordCreated: { says: 'customer created the provider record', guardedBy: ['LEG-08', 'LEG-09', 'LEG-13'] },
  SubscriptionApproved: { says: 'provider approved, Yes', guardedBy: ['LEG-10', 'LEG-13'] },
  SubscriptionRejected: { says: 'provider rejected', guardedBy: ['LEG-11', 'LEG-13'] },
  ReplicationSetActivated: { says: 'customer activated the set', guardedBy: ['LEG-12'] },
}

/** How the provider's Replication Subscription reads in each state; none before the customer asks. */
export const subscriptionStateIn: Record<LegacyState, SubscriptionState | undefined> = {
  'Registration Submitted': undefined,
  'Awaiting Approval': 'Requested',
  Approved: 'Approved',
  Rejected: 'Rejected',
  Established: 'Active',
}

/** How the customer's replication set reads in each state; none before the provider record exists. */
export const replicationSetStateIn: Record<LegacyState, ReplicationSetState | undefined> = {
  'Registration Submitted': undefined,
  'Awaiting Approval': 'Subscription Requested',
  Approved: 'Approved',
  Rejected: 'Denied',
  Established: 'Active',
}
