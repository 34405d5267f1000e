import fc from 'fast-check'
import type { ReplicationSetState, SubscriptionState } from '../contract/legacy.schema'
import { say, type Said } from '../cast/phrase'
import {
  aCustomerAccount,
  someoneWithoutASignInCreatesTheProviderRecord,
  thatUserDecides,
  thatUserSubmitsARegistration,
  twoAdminsSubmitARegistration,
  theAdminDecides,
  theAdminSubmitsARegistration,
  theCustomerAdminActivates,
  theCustomerAdminCreatesTheProviderRecord,
  theProducerReplicationSet,
  twoAdminsDecide,
  theSubscriptionIs,
  theReplicationSetIs,
  theCustomersProviderRecord,
  theIntegrationIs,
} from '../cast/phrases/legacy'
import { aProviderAdmin, aProviderUserWithoutTheAdminRole } from '../cast/phrases/parties'
import { command } from './journey'
import { refusedAs, type Act, type ActSeen, type BreachFound, type Procedure } from './procedure'

/** Who acts in a step of a legacy journey, as far as its invariants care. */
type Kind =
  | 'submit'
  | 'non-admin-submits'
  | 'record'
  | 'anonymous-record'
  | 'approve'
  | 'reject'
  | 'unconfirmed'
  | 'non-admin-decides'
  | 'decide-pair'
  | 'submit-pair'
  | 'activate'

/** What the provider's case and the customer's instance show of the registration. */
type Legacy = {
  shown: string
  /** A registration case was opened for the customer's instance: the latest one's number. */
  exists: boolean
  number: string | undefined
  subscription: SubscriptionState | undefined
  /** The number of the case's Replication Subscription: a new one is a new request. */
  subscriptionNumber: string | undefined
  replicationSet: ReplicationSetState | undefined
  providerRecord: boolean
  established: boolean
}

type LegacyAct = Act<Kind, Legacy>
type Seen = ActSeen<Kind, Legacy>

const onTheCase = (said: Said, kind: Kind, single?: true): LegacyAct => ({
  said,
  kind,
  when: (now) => now.exists,
  ...(single ? { single } : {}),
})
const customerAct = (said: Said, kind: Kind, single?: true) =>
  fc.constant(command<Kind, Legacy>({ said, kind, ...(single ? { single } : {}) }))

/**
 * Every act a legacy journey may take: the provider admin's and a provider user's without the role (submitting,
 * approving or rejecting with Yes or No, two admins deciding at once), the customer admin's (the provider record,
 * activating the set) and someone's without a sign-in, in any order.
 */
const ACTS = [
  customerAct(say(theAdminSubmitsARegistration, "customer's instance"), 'submit', true),
  customerAct(say(thatUserSubmitsARegistration), 'non-admin-submits', true),
  fc.constant(
    command<Kind, Legacy>({
      said: say(twoAdminsSubmitARegistration),
      kind: 'submit-pair',
      // Only an instance with no registration standing lets one of them through: the kit's step asserts exactly that.
      when: (now) => !now.exists || now.subscription === 'Rejected',
    }),
  ),
  customerAct(say(theCustomerAdminCreatesTheProviderRecord, "customer's instance"), 'record', true),
  customerAct(say(someoneWithoutASignInCreatesTheProviderRecord), 'anonymous-record', true),
  fc
    .constantFrom('approves', 'rejects')
    .map((verb) =>
      command(
        onTheCase(say(theAdminDecides, verb, 'confirms with Yes'), verb === 'approves' ? 'approve' : 'reject', true),
      ),
    ),
  fc
    .constantFrom('approves', 'rejects')
    .map((verb) => command(onTheCase(say(theAdminDecides, verb, 'answers No'), 'unconfirmed', true))),
  fc
    .constantFrom('approves', 'rejects')
    .map((verb) => command(onTheCase(say(thatUserDecides, verb), 'non-admin-decides', true))),
  fc.constant(
    command<Kind, Legacy>({
      said: say(twoAdminsDecide),
      kind: 'decide-pair',
      // Only a subscription awaiting its decision lets one of them through: the kit's step asserts exactly that.
      when: (now) => now.subscription === 'Requested',
    }),
  ),
  // Drawn twice as often as another act: it is the last of the procedure, and only a journey that reaches it shows the
  // integration.
  customerAct(say(theCustomerAdminActivates), 'activate', true),
  customerAct(say(theCustomerAdminActivates), 'activate', true),
]

const DECIDED: readonly (SubscriptionState | undefined)[] = ['Approved', 'Rejected', 'Active']

/** The Replication Subscription and the replication set as the steps that assert them say it. */
const state = (look: Legacy): string[] => [
  theSubscriptionIs.says(String(look.subscription)),
  theReplicationSetIs.says(String(look.replicationSet)),
]

/** The first invariant a legacy act broke, if any, with the steps that assert it. */
function breachOf(seen: Seen): BreachFound | undefined {
  return breachOfRequests(seen) ?? breachOfDecisions(seen)
}

/** The rules of who acts, what a refusal leaves, and what is recorded once. */
function breachOfRequests(seen: Seen): BreachFound | undefined {
  const { act, refused, before } = seen
  if ((act.kind === 'non-admin-submits' || act.kind === 'non-admin-decides') && !refused) {
    return {
      invariant: 'only-provider-admins-decide',
      then: [refusedAs(['not-admin'])],
      detail: 'a provider user without the admin role was let through',
    }
  }
  // two submits at once, neither refused: two registrations of one instance
  if (act.kind === 'submit-pair' && !refused && !seen.refusalStep) {
    return {
      invariant: 'one-registration-per-instance',
      then: ['exactly one of them is accepted, and the other is refused as "registration-exists"'],
      detail: 'two Service Bridge registrations of the same instance submitted at the same moment were both accepted',
    }
  }
  if (act.kind === 'submit' && !refused && before.exists && before.subscription !== 'Rejected') {
    return {
      invariant: 'one-registration-per-instance',
      then: [refusedAs(['registration-exists'])],
      detail: 'a second Service Bridge registration for the same instance was accepted while the first stands',
    }
  }
  if (refused && act.single && seen.changed) {
    return {
      invariant: 'refusal-changes-nothing',
      then: [seen.refusalStep!, ...(before.subscription ? state(before) : [])],
      detail: 'a refused act changed the registration',
    }
  }
  if (act.kind === 'record' && !refused && !before.exists) {
    return {
      invariant: 'subscription-only-when-registered',
      then: [refusedAs(['registration-not-initiated']), theCustomersProviderRecord.says('no')],
      detail: 'a provider record was accepted for an instance nobody registered',
    }
  }
  if (act.kind === 'record' && !refused && before.providerRecord) {
    return {
      invariant: 'provider-record-once',
      then: [refusedAs(['provider-record-exists']), ...(before.subscription ? state(before) : [])],
      detail: "a second provider record was accepted in the customer's instance",
    }
  }
  if (act.kind === 'unconfirmed' && seen.changed) {
    return {
      invariant: 'decision-needs-yes',
      then: before.subscription ? state(before) : [],
      detail: 'answering No in the confirmation changed the subscription',
    }
  }
  return undefined
}

/** The rules of the provider's decision and of what it lets the customer do. */
function breachOfDecisions(seen: Seen): BreachFound | undefined {
  const { act, refused, before, after } = seen
  const decidedBefore = DECIDED.includes(before.subscription)
  if ((act.kind === 'approve' || act.kind === 'reject') && !refused && decidedBefore) {
    return {
      invariant: 'decided-stays-decided',
      then: [refusedAs(['subscription-already-decided']), theSubscriptionIs.says(String(before.subscription))],
      detail: `a decision on the ${before.subscription} subscription was accepted`,
    }
  }
  const decided = act.kind === 'approve' ? 'Approved' : act.kind === 'reject' ? 'Rejected' : undefined
  if (decided && !refused && before.subscription === 'Requested' && after.subscription !== decided) {
    const set = decided === 'Approved' ? 'Approved' : 'Denied'
    return {
      invariant: 'confirmed-decision-decides',
      then: [theSubscriptionIs.says(String(decided)), theReplicationSetIs.says(String(set))],
      detail: `the provider ${act.kind === 'approve' ? 'approved' : 'rejected'} with Yes, and the subscription is ${after.subscription ?? 'absent'}`,
    }
  }
  const activated = before.subscription === 'Approved' && after.subscription === 'Active' && act.kind === 'activate'
  if (decidedBefore && before.number === after.number && after.subscription !== before.subscription && !activated) {
    return {
      invariant: 'decided-stays-decided',
      then: [...(seen.refusalStep ? [seen.refusalStep] : []), theSubscriptionIs.says(String(before.subscription))],
      detail: `the ${before.subscription} subscription became ${after.subscription ?? 'absent'}`,
    }
  }
  if (!before.established && after.established && !(act.kind === 'activate' && before.subscription === 'Approved')) {
    const codes =
      before.subscription === 'Rejected'
        ? ['subscription-rejected']
        : before.subscription === 'Requested'
          ? ['subscription-not-approved']
          : ['subscription-not-requested', 'registration-not-initiated']
    return {
      invariant: 'established-only-once-approved',
      then: [refusedAs(codes), theIntegrationIs.says('not established')],
      detail: `the integration was established while the subscription was ${before.subscription ?? 'absent'}`,
    }
  }
  return undefined
}

/** Onboarding a customer with legacy Service Bridge (LEG): request, case, provider record, approval, activation. */
export const legacyProcedure: Procedure<Kind, Legacy> = {
  name: 'legacy',
  says: 'a legacy Service Bridge registration, from its request to an established integration',
  invariants: [
    'only-provider-admins-decide',
    'one-registration-per-instance',
    'subscription-only-when-registered',
    'provider-record-once',
    'decision-needs-yes',
    'confirmed-decision-decides',
    'decided-stays-decided',
    'established-only-once-approved',
    'refusal-changes-nothing',
    'mail-as-the-rules-say',
  ],
  tags: ['@legacy'],
  startingSteps: () => [
    say(aProviderAdmin),
    say(theProducerReplicationSet),
    say(aCustomerAccount),
    say(aProviderUserWithoutTheAdminRole),
  ],
  acts: ACTS,
  pairs: ['decide-pair', 'submit-pair'],
  async look(world) {
    const customer = world.cast.consumer('the customer')
    const opened = world.legacyCase
      ? world.must(await world.driver.viewRegistrationCase(await world.cast.asProviderAdmin(), world.legacyCase.number))
      : undefined
    const integration = world.must(
      await world.driver.viewCustomerIntegration(
        world.cast.consumerUser(customer.contact, customer.instanceUrl),
        customer.instanceUrl,
      ),
    )
    const subscription = opened?.subscription?.state
    const subscriptionNumber = opened?.subscription?.number
    return {
      shown: `${opened ? `${opened.number}, subscription ${subscriptionNumber ?? ''} ${subscription ?? 'none'}` : 'no case'}; the customer's instance: ${integration.providerRecord ? 'provider record' : 'no provider record'}, replication set ${integration.replicationSet ?? 'none'}${integration.established ? ', established' : ''}`,
      exists: opened !== undefined,
      number: opened?.number,
      subscription,
      subscriptionNumber,
      replicationSet: integration.replicationSet,
      providerRecord: integration.providerRecord,
      established: integration.established,
    }
  },
  breachOf,
}
