import { z } from 'zod'
import { Requirement } from './requirement.schema'
import { legacyAndPortalRules } from './rules/legacy-and-portals'
import { providerCenterRules } from './rules/provider-center'
import { validationAndTaskRules } from './rules/validation-and-tasks'

export { readingById, readings } from './readings'

/** Every documented rule the kit verifies, one entry each, as written, procedure by procedure. */
const entries = [...providerCenterRules, ...validationAndTaskRules, ...legacyAndPortalRules]

/** The ID of a requirement of the catalog: a mistyped ID does not compile. */
export type RequirementId = (typeof entries)[number]['id']

/**
 * A rule the reference enforces, and a fault can switch off: a requirement, or one way of keeping it, named ID:variant
 * (PC-10:checked-before-waiting).
 */
export type RuleName = RequirementId | `${RequirementId}:${string}`

/** Every documented rule the kit verifies, one entry each. The conformance report is a table of these. */
export const requirements: readonly Requirement[] = z.array(Requirement).parse(entries)
/** The requirement with this ID, if the catalog has it. */
export const requirementById = (id: string): Requirement | undefined => requirements.find((entry) => entry.id === id)
