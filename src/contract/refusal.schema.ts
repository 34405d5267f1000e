import { z } from 'zod'
import { REFUSAL_CODES } from '../spec/refusals'
import { FIELD_LIMITS as FIELDS_AT_FAULT } from './field-limits'

/** Every reason an implementation may give for refusing a request: the specification's codes (src/spec/refusals.ts). */
export const RefusalCode = z.enum(REFUSAL_CODES)
export type RefusalCode = z.infer<typeof RefusalCode>

/**
 * A refusal: a stable code for machines and a sentence for people (the kit never reads the sentence). An
 * `invalid-request` refusal of a request that is not of its shape lists the fields at fault, as dotted paths
 * named as in the contract (`instanceUrl`, `settings.maxAuthorizedUsers`).
 */
export const Refusal = z.object({
  code: RefusalCode,
  reason: z.string().min(1),
  fields: z.array(z.string().min(1).max(FIELDS_AT_FAULT.name)).max(FIELDS_AT_FAULT.list).optional(),
})
export type Refusal = z.infer<typeof Refusal>

/** What every driver verb returns: the value, or the refusal. Refusals are values, never exceptions. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal }

/** An accepted outcome. */
export const accepted = <T>(value: T): Outcome<T> => ({ ok: true, value })

/** The value, unless a rule refused it. */
export const acceptedUnless = <T>(refusal: Refusal | undefined, value: T): Outcome<T> =>
  refusal ? { ok: false, refusal } : accepted(value)

/** A refused outcome. */
export const refused = <T = never>(code: RefusalCode, reason: string, fields?: string[]): Outcome<T> => ({
  ok: false,
  refusal: { code, reason, ...(fields ? { fields } : {}) },
})
