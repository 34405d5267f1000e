import type fc from 'fast-check'
import type { Said } from '../cast/phrase'
import { listedAs, refusedAs as refusedAsPhrase } from '../cast/phrases/outcomes'
import type { Scenario } from '../cast/scenario'
import type { InvariantName } from '../requirements/invariants'

/**
 * The procedures a journey can follow: onboarding by a connection card, a registration task or legacy Service Bridge,
 * the authorized users of an onboarded connection, and sign-ups on the Consumer Service Portal.
 */
export const PROCEDURES = ['connection', 'task', 'legacy', 'authorized-users', 'portal'] as const
export type ProcedureName = (typeof PROCEDURES)[number]

export { EXPLORED_TAG } from '../requirements/invariants'

/** How a journey starts: the consumer instance's release and whether email notifications are on. */
export type JourneyStart = { version: string; email: 'on' | 'off' }

/**
 * What the explorer knows of the consumer's side, which it changes itself (the facts a rule of the documents turns on),
 * and what the target showed after the last step, which the acts' preconditions read.
 */
export type JourneyModel<L extends Look = Look> = {
  contactIsAdmin: boolean
  otherContactIsAdmin: boolean
  version: string
  /** The provider instance's settings: email notifications, and whether it is a production instance. */
  emailOn: boolean
  production: boolean
  now: L
}

/**
 * What the target shows of the consumer's records after a step: enough for the invariants, and a summary to compare.
 */
export type Look = {
  /** The records in a few words; two looks that differ here differ in what the target shows. */
  shown: string
  /** Whether there is a record for the acts that need one to act on. */
  exists: boolean
}

/**
 * One act of a journey: a phrase of the kit's language, said, what kind of act it is (the invariants' word), and what
 * it changes in the model.
 */
export type Act<K extends string = string, L extends Look = Look> = {
  said: Said
  kind: K
  /** The act is one call of the target, so a refusal of it must leave everything as it was. */
  single?: true
  /** Only where this holds of what the target shows, as an act that needs a record to act on. */
  when?: (now: L) => boolean
  change?: (model: JourneyModel<L>) => void
}

/**
 * What one act did, as the invariants see it: the target's records before and after, and whether the act was refused.
 */
export type ActSeen<K extends string = string, L extends Look = Look> = {
  act: Act<K, L>
  model: Readonly<JourneyModel<L>>
  before: L
  after: L
  refused: boolean
  /** The kit's step that asserted the act's refusal, when it was refused. */
  refusalStep?: string
  /** Whether the records differ after the act. */
  changed: boolean
}

/** A broken invariant: which, the kit's steps that assert it after the act, and what was seen. */
export type BreachFound = { invariant: InvariantName; then: string[]; detail: string }

/** A procedure as the explorer walks it: its Givens, its acts, what the target shows of it, and the rules it keeps. */
export type Procedure<K extends string = string, L extends Look = Look> = {
  name: ProcedureName
  /** What the journeys of this procedure explore, for the help text and the report. */
  says: string
  invariants: readonly InvariantName[]
  /** Tags of an optional part the journeys belong to: a target that does not offer it is not explored in it. */
  tags?: readonly string[]
  startingSteps(start: JourneyStart): Said[]
  /** Every act a journey may take, as fast-check commands drawn at random. */
  acts: fc.Arbitrary<fc.AsyncCommand<JourneyModel<L>, { take(act: Act<K, L>): Promise<void> }>>[]
  /**
   * The acts that are two of one party's acts issued at the same moment: the kit's step asserts their refusal its own
   * way.
   */
  pairs: readonly K[]
  /** What the target shows of the consumer's records now, read through the kit's world. */
  look(world: Scenario): Promise<L>
  /** The first invariant the act broke, if any. */
  breachOf(seen: ActSeen<K, L>): BreachFound | undefined
}

/** Whether a Service Exchange release is 2.3.18 or later, part by part as numbers (PC-40). */
export const releaseAllowed = (version: string): boolean => {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  return major !== 2 ? major > 2 : minor !== 3 ? minor > 3 : patch >= 18
}

/** The kit's step for a refusal by any of these codes (the documents leave their order open, FREE-08). */
export const refusedAs = (codes: string[]): string => refusedAsPhrase.says(listedAs(codes))

/**
 * A procedure of any kinds of act and any look. Each procedure's acts, looks and invariants meet only one another,
 * inside its own journeys, so the explorer holds them all alike.
 */
// Each procedure's kinds meet only their own, so any pair will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProcedure = Procedure<any, any>
