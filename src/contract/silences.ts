import { KmfStatus } from './kmf.schema'
import { PlatformRelease } from './portal.schema'
import { REFERENCE_CHOICES, ReferenceChoices } from '../spec/choices'
import { REFERENCE_STARTING_SETTINGS, type StartingSettings } from './starting-settings'

/**
 * A point the documents and the contract leave open: what the reference chose, and the other choices a target may make.
 * npm run prove-fairness runs the whole suite with the reference taking each other choice, and it must stay green: a
 * target is never failed for a choice the documents leave to it.
 */
export type Silence = {
  id: string
  /** What is left open, in a sentence. */
  open: string
  /** What the reference does. */
  reference: string
  /** Each other choice: its name, and how the reference is switched to it (how it starts, or what it reads). */
  alternatives: { name: string; startsWith?: Partial<StartingSettings>; choices?: Partial<ReferenceChoices> }[]
}

const others = <T extends string>(all: readonly T[], chosen: T | undefined) => all.filter((value) => value !== chosen)

/** A switch that starts one way or the other: the reference's way, and the other as the alternative. */
function eitherWay(
  id: string,
  open: string,
  setting: 'emailNotifications' | 'productionInstance' | 'externalUserRegistration',
  words: { on: string; off: string },
): Silence {
  const chosen = REFERENCE_STARTING_SETTINGS[setting]
  return {
    id,
    open,
    reference: chosen ? words.on : words.off,
    alternatives: [{ name: chosen ? words.off : words.on, startsWith: { [setting]: !chosen } }],
  }
}

/** A reading of the reference that can be switched: each other value of the choice is an alternative. */
function reading<K extends keyof ReferenceChoices>(id: string, open: string, choice: K): Silence {
  const chosen = REFERENCE_CHOICES[choice]
  const values: readonly string[] = ReferenceChoices.shape[choice].options
  return {
    id,
    open,
    reference: chosen,
    alternatives: others(values, chosen).map((value) => ({ name: value, choices: { [choice]: value } })),
  }
}

/** The silences register: every choice a target is free to make, each proven free by prove-fairness. */
export const silences: Silence[] = [
  eitherWay('FREE-01', 'Whether email notifications are on in a new provider instance', 'emailNotifications', {
    on: 'on',
    off: 'off',
  }),
  eitherWay('FREE-02', 'Whether a new provider instance is a production instance', 'productionInstance', {
    on: 'a production instance',
    off: 'not a production instance',
  }),
  {
    id: 'FREE-03',
    open: 'What KMF reports on a new provider instance, until setup sets it',
    reference: REFERENCE_STARTING_SETTINGS.kmfStatus,
    alternatives: others(KmfStatus.options, REFERENCE_STARTING_SETTINGS.kmfStatus).map((kmfStatus) => ({
      name: kmfStatus,
      startsWith: { kmfStatus },
    })),
  },
  eitherWay(
    'FREE-04',
    'Whether external user registration is set up for the Consumer Service Portal of a new provider instance',
    'externalUserRegistration',
    { on: 'set up', off: 'not set up' },
  ),
  {
    id: 'FREE-05',
    open: 'Which platform release the portals of a new provider instance run',
    reference: 'the release the instance was opened with',
    alternatives: PlatformRelease.options.map((portalsPlatformRelease) => ({
      name: portalsPlatformRelease,
      startsWith: { portalsPlatformRelease },
    })),
  },
  reading(
    'FREE-06',
    'Whether the connection card also shows the registration URL while an email carries it to the contact (with email off the card must show it, RD-01)',
    'registrationUrlOnCard',
  ),
  reading(
    'FREE-07',
    'Where a link the target issues carries its token: the last segment of its path, or its `token` query parameter (the kit measures and forges that token alone)',
    'tokenPlacement',
  ),
  reading(
    'FREE-08',
    'Which refusal comes first when one request breaks several rules (every scenario breaks one rule at a time)',
    'refusalOrder',
  ),
  reading(
    'FREE-09',
    'Whether the comments of a registration task also carry its link once an email carried it',
    'taskLinkInComments',
  ),
  reading(
    'FREE-10',
    'Whether the registration page lists the pre-onboarding checks that passed, or only the issues',
    'passedChecks',
  ),
  reading(
    'FREE-11',
    'Whether the target sends mail of kinds the contract does not name (an acknowledgement of a portal request, say); the kit counts and reads only the documented kinds',
    'acknowledgements',
  ),
  reading(
    'FREE-12',
    'How the target asks the Table API of a consumer instance, within the subset the mocks evaluate (one condition, no query at all, IN and ^OR)',
    'tableQueries',
  ),
  reading(
    'FREE-13',
    'In which order the Connections tab and the list of registration tasks show their records (the kit finds each by its number)',
    'listOrder',
  ),
  reading(
    'FREE-14',
    'Which registration tasks a pass of the background job checks: those waiting whose five minutes are up, or every task, sooner and again once Open (the kit asserts only how a waiting task moves)',
    'taskChecks',
  ),
  {
    id: 'FREE-15',
    open: "Which mail the email notifications switch governs: the registration URL's only, or all mail the target sends (the legacy onboarding's and the portals' too); every scenario that expects mail switches it on",
    reference: "the registration URL's only",
    // Whatever it governs is tried with the switch starting off, which alone would show a scenario relying on its
    // start.
    alternatives: [
      {
        name: 'all mail, the switch starting off',
        choices: { emailSwitchScope: 'all mail' },
        startsWith: { emailNotifications: false },
      },
    ],
  },
  reading(
    'FREE-16',
    "Whether a production instance emails a registration task's link while email sending is off (reading RD-17)",
    'productionMail',
  ),
  reading(
    'FREE-17',
    'Whether a company may hold a connection, or a registration task, for another of its instances (reading RD-18)',
    'companyInstances',
  ),
  reading(
    'FREE-18',
    "Whether a connection card shows the consumer's app version before the connection is onboarded (it must once onboarded, PC-01)",
    'cardVersion',
  ),
  reading(
    'FREE-19',
    'Where a visitor finds Register on the Consumer Service Portal from Yokohama on, with the External User Registration plugin: the portal header (the portal pages) or the login widget (the plugin page) (reading RD-12)',
    'registerWithPlugin',
  ),
  reading(
    'FREE-20',
    'Whether two email addresses on the Consumer Service Portal that differ only in capitals are one address (reading RD-19)',
    'emailCase',
  ),
  reading(
    'FREE-21',
    "Whether a path, a query or a fragment after a consumer instance's address is refused, or dropped so that the address alone is read (reading RD-20)",
    'urlExtras',
  ),
]

/** The register as CONTRACT.md shows it. */
export function silencesTable(): string {
  const rows = silences.map(
    (silence) =>
      `| ${silence.id} | ${silence.open} | ${silence.reference} | ${silence.alternatives.map((alternative) => alternative.name).join(', ')} |`,
  )
  return ['| ID | Left open | The reference | Proven free (prove-fairness) |', '|---|---|---|---|', ...rows].join('\n')
}
