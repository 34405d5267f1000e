import type { AccountState, CustomerRequestState } from './states'
import { nextState, type EventRule } from './workflow'

/** What can happen to a Consumer Service Portal account after sign-up. */
export type AccountEvent = 'AddressVerified'

/** A Consumer Service Portal account (CSP): it awaits verification until the emailed link is followed. */
export const consumerAccount = {
  'awaiting verification': { AddressVerified: 'active' },
  active: {},
} as const satisfies Record<AccountState, Partial<Record<AccountEvent, AccountState>>>

/** A new account, where sign-up sends a verification email (PORT-07). */
export const INITIAL_ACCOUNT_STATE = 'awaiting verification' satisfies AccountState

/** The state after an event, or undefined when the event cannot happen in that state. */
export const nextAccountState = (state: AccountState, event: AccountEvent): AccountState | undefined =>
  nextState<AccountState, AccountEvent>(consumerAccount, state, event)

/** How an account comes to be: a visitor signs up. */
export const accountSignedUp: EventRule = {
  says: 'visitor signed up',
  guardedBy: ['PORT-01', 'PORT-02', 'PORT-03', 'PORT-04', 'PORT-05', 'PORT-06', 'PORT-07', 'PORT-12'],
}

/** The events of an account, and the guards each passes through. */
export const accountEventRules: Record<AccountEvent, EventRule> = {
  AddressVerified: { says: 'verification link followed', guardedBy: ['PORT-09', 'PORT-10', 'PORT-11'] },
}

/** What can happen to a registration request of the CSM customer portal. */
export type RequestEvent = 'RequestApproved' | 'RequestRejected'

/** A registration request of the customer portal (CSMREG): one decision settles it (CSM-07). */
export const customerRegistrationRequest = {
  Requested: { RequestApproved: 'Approved', RequestRejected: 'Rejected' },
  Approved: {},
  Rejected: {},
} as const satisfies Record<CustomerRequestState, Partial<Record<RequestEvent, CustomerRequestState>>>

/** A submitted request waits for a customer admin's decision. */
export const INITIAL_REQUEST_STATE = 'Requested' satisfies CustomerRequestState

/** The state after an event, or undefined when the event cannot happen in that state. */
export const nextRequestState = (state: CustomerRequestState, event: RequestEvent): CustomerRequestState | undefined =>
  nextState<CustomerRequestState, RequestEvent>(customerRegistrationRequest, state, event)

/** How a request comes to be: a visitor submits the registration form with a registration code. */
export const requestSubmitted: EventRule = {
  says: 'visitor submitted the form',
  guardedBy: ['CSM-01', 'CSM-02', 'CSM-03'],
}

/** The events of a request, and the guards each passes through. */
export const requestEventRules: Record<RequestEvent, EventRule> = {
  RequestApproved: { says: 'customer admin approved', guardedBy: ['CSM-04', 'CSM-06', 'CSM-07'] },
  RequestRejected: { says: 'customer admin rejected', guardedBy: ['CSM-05', 'CSM-06', 'CSM-07'] },
}
