import { KmfStatus } from './kmf.schema'
import { PlatformRelease } from './portal.schema'
import { REFERENCE_STARTING_SETTINGS, type StartingSettings } from './starting-settings'

/**
 * A point the documents and the contract leave open: what the reference chose, and the other choices a target
 * may make. npm run prove-fairness runs the whole suite with the reference taking each other choice, and it
 * must stay green: a target is never failed for a choice the documents leave to it.
 */
export type Silence = {
  id: string
  /** What is left open, in a sentence. */
  open: string
  /** What the reference does. */
  reference: string
  /** Each other choice: its name, and how the reference is switched to it. */
  alternatives: { name: string; startsWith: Partial<StartingSettings> }[]
}

const others = <T extends string>(all: readonly T[], chosen: T | undefined) => all.filter((value) => value !== chosen)

/** A switch that starts one way or the other: the reference's way, and the other as the alternative. */
function eitherWay(id: string, open: string, setting: 'emailNotifications' | 'productionInstance' | 'externalUserRegistration', words: { on: string; off: string }): Silence {
  const chosen = REFERENCE_STARTING_SETTINGS[setting]
  return { id, open, reference: chosen ? words.on : words.off, alternatives: [{ name: chosen ? words.off : words.on, startsWith: { [setting]: !chosen } }] }
}

/** The silences register: every choice a target is free to make, each proven free by prove-fairness. */
export const silences: Silence[] = [
  eitherWay('FREE-01', 'Whether email notifications are on in a new provider instance', 'emailNotifications', { on: 'on', off: 'off' }),
  eitherWay('FREE-02', 'Whether a new provider instance is a production instance', 'productionInstance', { on: 'a production instance', off: 'not a production instance' }),
  {
    id: 'FREE-03',
    open: 'What KMF reports on a new provider instance, until setup sets it',
    reference: REFERENCE_STARTING_SETTINGS.kmfStatus,
    alternatives: others(KmfStatus.options, REFERENCE_STARTING_SETTINGS.kmfStatus).map((kmfStatus) => ({ name: kmfStatus, startsWith: { kmfStatus } })),
  },
  eitherWay('FREE-04', 'Whether external user registration is set up for the Consumer Service Portal of a new provider instance', 'externalUserRegistration', { on: 'set up', off: 'not set up' }),
  {
    id: 'FREE-05',
    open: 'Which platform release the portals of a new provider instance run',
    reference: 'the release the instance was opened with',
    alternatives: PlatformRelease.options.map((portalsPlatformRelease) => ({ name: portalsPlatformRelease, startsWith: { portalsPlatformRelease } })),
  },
]

/** The register as CONTRACT.md shows it. */
export function silencesTable(): string {
  const rows = silences.map((silence) => `| ${silence.id} | ${silence.open} | ${silence.reference} | ${silence.alternatives.map((alternative) => alternative.name).join(', ')} |`)
  return ['| ID | Left open | The reference | Proven free (prove-fairness) |', '|---|---|---|---|', ...rows].join('\n')
}
