/**
 * The safety rules the explorer holds a target to after every step of a random journey, each with the
 * requirements it stands for. The catalog marks those requirements as explored; `sx-conformance explore` checks them.
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
    says: 'A refused act leaves every connection card as it was',
    requirements: ['PC-04', 'PC-10', 'PC-30', 'PC-31', 'PC-34', 'PC-40', 'CT-04', 'AUTH-01'],
  },
  'one-connection-per-instance': {
    says: 'A company has at most one connection for an instance, whoever asks and however the requests overlap',
    requirements: ['PC-10'],
  },
  'mail-as-the-rules-say': {
    says: 'Every email of a documented kind goes to a party an accepted act entitles to it, as often as such acts happened',
    requirements: ['PC-20', 'PC-21'],
  },
} as const satisfies Record<string, { says: string; requirements: readonly string[] }>

export type InvariantName = keyof typeof INVARIANTS

/** The invariants that stand for this requirement. */
export const invariantsOf = (requirementId: string): InvariantName[] =>
  (Object.keys(INVARIANTS) as InvariantName[]).filter((name) => (INVARIANTS[name].requirements as readonly string[]).includes(requirementId))
