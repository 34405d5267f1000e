import type { RequirementId } from './catalog'

/**
 * The tag of a scenario printed by exploration. Its Givens are the journey a faulty target took, which a sound target
 * may refuse along the way: the kit then does not ask for those refusals to be asserted (its Then asserts the one the
 * rule calls for).
 */
export const EXPLORED_TAG = '@explored'

/**
 * The safety rules the explorer holds a target to after every step of a random journey, each with the requirements it
 * stands for. The catalog marks those requirements as explored; `sx-conformance explore` checks them.
 */
export const INVARIANTS = {
  'only-admins-create': {
    says: 'Only a provider user holding the admin role creates a connection',
    requirements: ['PC-04'],
  },
  'onboarded-only-by-its-contact': {
    says: 'A connection becomes Onboarded only when its named contact, an admin of the consumer instance running Service Exchange 2.3.18 or later, completes it',
    requirements: ['PC-30', 'PC-31', 'PC-40'],
  },
  'started-only-when-validated': {
    says: 'Start Registration is accepted only once the pre-onboarding checks have validated the registration',
    requirements: ['CT-03', 'CT-04'],
  },
  'onboards-once': {
    says: 'A registration URL completes one registration only: once the connection is Onboarded, completing it again is refused',
    requirements: ['PC-34'],
  },
  'onboarded-stays': {
    says: 'An Onboarded connection stays Onboarded',
    requirements: ['PC-32'],
  },
  'refusal-changes-nothing': {
    says: 'A refused act leaves every record it would have changed as it was',
    requirements: [
      'PC-04',
      'PC-10',
      'PC-30',
      'PC-31',
      'PC-34',
      'PC-40',
      'CT-04',
      'AUTH-01',
      'TASK-01',
      'TASK-06',
      'TASK-12',
      'LEG-07',
      'LEG-08',
      'LEG-10',
      'LEG-12',
      'LEG-13',
      'AU-03',
      'AU-04',
      'PORT-03',
      'PORT-12',
    ],
  },
  'one-connection-per-instance': {
    says: 'A company has at most one connection for an instance, whoever asks and however the requests overlap',
    requirements: ['PC-10'],
  },
  'mail-as-the-rules-say': {
    says: 'Every email of a documented kind goes to a party an accepted act entitles to it, as often as such acts happened',
    requirements: ['PC-20', 'PC-21', 'TASK-11', 'LEG-06'],
  },
  'only-admins-save-tasks': {
    says: 'Only a provider user holding the admin role saves a registration task',
    requirements: ['TASK-01'],
  },
  'one-task-in-progress': {
    says: 'A company has at most one registration task in progress for an instance, whoever asks and however the requests overlap',
    requirements: ['TASK-06'],
  },
  'saved-task-awaits-validation': {
    says: 'A registration task just saved awaits validation, with no link, until the background checks have run',
    requirements: ['TASK-07'],
  },
  'no-link-until-open': {
    says: 'A registration task has no registration link while it awaits validation or shows Validation Failed',
    requirements: ['TASK-07', 'TASK-09'],
  },
  'open-task-has-its-link': {
    says: 'An Open registration task has its registration link, in an email to its contact or in its comments',
    requirements: ['TASK-11'],
  },
  'link-as-the-settings-say': {
    says: 'A registration task that opens emails its link to the contact when email notifications are on or the instance is a production one, and otherwise keeps it in its comments',
    requirements: ['TASK-11'],
  },
  'completion-closes-the-task': {
    says: "The named contact's completed registration closes the registration task as Closed Complete",
    requirements: ['TASK-12'],
  },
  'closed-only-by-its-contact': {
    says: 'A registration task is Closed Complete only when its named contact, an admin of the consumer instance running Service Exchange 2.3.18 or later, completes the registration',
    requirements: ['TASK-12', 'PC-30', 'PC-31', 'PC-40'],
  },
  'closed-stays-closed': {
    says: 'A Closed Complete registration task stays Closed Complete, and its link completes no second registration',
    requirements: ['TASK-12', 'PC-34'],
  },
  'unrun-checks-leave-the-task': {
    says: 'A run of the checks that could not reach the consumer instance leaves the registration task where it was',
    requirements: ['TASK-13'],
  },
  'authorized-once-per-user': {
    says: 'A user is an authorized user of a connection once: adding them again is refused, however the requests overlap',
    requirements: ['AU-03'],
  },
  'active-within-the-maximum': {
    says: 'With a maximum set, no more authorized users are active than it allows, however the requests overlap',
    requirements: ['AU-04'],
  },
  'one-account-per-address': {
    says: 'An email address signs up on the Consumer Service Portal once: a second sign-up with it is refused, however the requests overlap',
    requirements: ['PORT-03'],
  },
  'allowed-domains-only': {
    says: 'With allowed email domains configured, only an address in one of them signs up: a subdomain or a look-alike is refused',
    requirements: ['PORT-12'],
  },
  'only-provider-admins-decide': {
    says: 'Only a provider user holding the admin role submits a Service Bridge registration or decides its subscription',
    requirements: ['LEG-01', 'LEG-10'],
  },
  'one-registration-per-instance': {
    says: 'A customer instance has one Service Bridge registration at a time: a second request is refused while the first stands',
    requirements: ['LEG-07'],
  },
  'subscription-only-when-registered': {
    says: 'A customer instance asks for a Replication Subscription only once the provider registered it',
    requirements: ['LEG-08'],
  },
  'provider-record-once': {
    says: 'A customer instance holds one provider record for the provider: a second one is refused',
    requirements: ['LEG-13'],
  },
  'confirmed-decision-decides': {
    says: 'Approving or rejecting a requested subscription with Yes decides it, on the case and in the customer instance',
    requirements: ['LEG-10', 'LEG-11'],
  },
  'decision-needs-yes': {
    says: 'A decision on a Replication Subscription answered No in its confirmation changes nothing',
    requirements: ['LEG-10'],
  },
  'decided-stays-decided': {
    says: 'A decided Replication Subscription keeps its decision: deciding it again is refused, and an approved one only goes on to Active',
    requirements: ['LEG-11', 'LEG-13'],
  },
  'established-only-once-approved': {
    says: "The integration is established only by the customer admin's activation of a subscription the provider approved",
    requirements: ['LEG-11', 'LEG-12'],
  },
} as const satisfies Record<string, { says: string; requirements: readonly RequirementId[] }>

export type InvariantName = keyof typeof INVARIANTS

/** The invariants that stand for this requirement. */
export const invariantsOf = (requirementId: string): InvariantName[] =>
  (Object.keys(INVARIANTS) as InvariantName[]).filter((name) =>
    (INVARIANTS[name].requirements as readonly string[]).includes(requirementId),
  )
