import { z } from 'zod'

/** A stable requirement identifier: area letters, a dash, two or more digits (PC-04). */
export const RequirementId = z.string().regex(/^[A-Z]{2,5}-\d{2,}$/)

/** A stable reading identifier (RD-02). */
export const ReadingId = z.string().regex(/^RD-\d{2,}$/)

/**
 * The Service Exchange releases the kit can hold a target to. Brazil joins once its connection-card states
 * are specified: until then, accepting it would report a conformance nobody checked.
 */
export const Release = z.enum(['australia'])
export type Release = z.infer<typeof Release>

/** One documented rule, in this kit's words, with where it comes from. */
export const Requirement = z.object({
  id: RequirementId,
  statement: z.string().min(10),
  source: z.string().min(3),
  releases: z.array(Release).min(1),
  level: z.enum(['MUST', 'SHOULD']),
})
export type Requirement = z.infer<typeof Requirement>

/** How the kit reads sources that disagree: what it implements, and what it chose not to. */
export const Reading = z.object({
  id: ReadingId,
  question: z.string().min(10),
  implemented: z.string().min(10),
  alternatives: z.array(z.string().min(10)).min(1),
  why: z.string().min(10),
})
export type Reading = z.infer<typeof Reading>
