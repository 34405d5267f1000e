import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { requirementById } from '../requirements/catalog'
import { RequirementId } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'

/**
 * An expected failure a team accepts for a while: of one scenario (by its title) or of every scenario of one
 * requirement. A waived failure does not fail the gate until the waiver expires.
 */
export const Waiver = z
  .object({
    scenario: z.string().trim().min(1).optional(),
    requirement: RequirementId.optional(),
    reason: z.string().trim().min(1),
    owner: z.string().trim().min(1),
    /** The last day the waiver holds, as YYYY-MM-DD. */
    expires: z.iso.date(),
  })
  .strict()
  .refine(
    (waiver) => (waiver.scenario === undefined) !== (waiver.requirement === undefined),
    'name either a scenario or a requirement, not both',
  )
export type Waiver = z.infer<typeof Waiver>

/** A waiver file: `{ "waivers": [ … ] }`. */
export const WaiverFile = z.object({ waivers: z.array(Waiver) }).strict()

/** Reads a waiver file; anything wrong with it is one configuration error naming the entry and field. */
export function readWaivers(path: string): Waiver[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `cannot read the waiver file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ConfigurationError(`the waiver file ${path} is not JSON`)
  }
  const parsed = WaiverFile.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`)
    throw new ConfigurationError(`the waiver file ${path} is not valid: ${problems.join('; ')}`)
  }
  const unknown = parsed.data.waivers.filter((waiver) => waiver.requirement && !requirementById(waiver.requirement))
  if (unknown.length > 0)
    throw new ConfigurationError(
      `the waiver file ${path} names requirements the catalog does not have: ${unknown.map((waiver) => waiver.requirement).join(', ')}`,
    )
  return parsed.data.waivers
}

/** Whether a waiver has run out by the given day (YYYY-MM-DD): it holds through its expiry date. */
export const hasExpired = (waiver: Waiver, today: string): boolean => waiver.expires < today
