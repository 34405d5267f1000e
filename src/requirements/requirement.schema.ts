import { z } from 'zod'

/** A stable requirement identifier: area letters, a dash, two or more digits (PC-04). */
export const RequirementId = z.string().regex(/^[A-Z]{2,5}-\d{2,}$/)

/** A stable reading identifier (RD-02). */
export const ReadingId = z.string().regex(/^RD-\d{2,}$/)

/** The Service Exchange releases the kit can hold a target to: their connection cards differ (CT). */
export const Release = z.enum(['australia', 'brazil'])
export type Release = z.infer<typeof Release>

/**
 * Parts a target may declare it does not offer. Their scenarios carry the part's tag (`@legacy`, `@clock`, `@portal`)
 * and do not run against such a target: they, and requirements only they verify, are reported as not applicable.
 * `legacy` is the legacy Service Bridge onboarding; `clock` is a clock that setup can move forward; `portal` is
 * self-registration on the CSM portals, which a Service Exchange implementation need not have.
 */
export const OptionalPart = z.enum(['legacy', 'clock', 'portal'])
export type OptionalPart = z.infer<typeof OptionalPart>

/** One documented rule, in this kit's words, with where it comes from. */
export const Requirement = z.object({
  id: RequirementId,
  /** The documented procedure the rule belongs to; the reports group requirements by it. */
  procedure: z.string().min(3),
  statement: z.string().min(10),
  source: z.string().min(3),
  releases: z.array(Release).min(1),
  level: z.enum(['MUST', 'SHOULD']),
  /** The optional part the rule belongs to, if any. */
  part: OptionalPart.optional(),
  /**
   * Verified by the implementer's word, not by scenarios: what no black-box test can prove (that a generator is
   * cryptographically secure). The target attests it in its capabilities; the report says "attested", never "passed".
   */
  attested: z.literal(true).optional(),
})
export type Requirement = z.infer<typeof Requirement>

/** One side of a disagreement between sources: what it says, and which sources say it. */
export const Position = z.object({ position: z.string().min(10), sources: z.string().min(2) })
export type Position = z.infer<typeof Position>

/** How the kit reads sources that disagree: what it implements, what it chose not to, and why. */
export const Reading = z.object({
  id: ReadingId,
  question: z.string().min(10),
  /** Where the disagreement is recorded in the domain brief (§4), when it is one of those. */
  contradiction: z.string().optional(),
  implemented: Position,
  alternatives: z.array(Position).min(1),
  why: z.string().min(10),
})
export type Reading = z.infer<typeof Reading>
