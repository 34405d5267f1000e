import { z } from 'zod'
import { FIELD_LIMITS as FIELDS_AT_FAULT } from './field-limits'

/**
 * Every reason an implementation may give for refusing a request. Codes are stable: reports, waivers and remote targets
 * depend on them, so a code is added here, never renamed.
 */
export const RefusalCode = z.enum([
  'invalid-request',
  'not-authenticated',
  'unknown-user',
  'not-admin',
  'provider-record-missing',
  'company-not-found',
  'contact-not-found',
  'contact-not-in-company',
  'instance-url-malformed',
  'connection-exists',
  'instance-url-in-use',
  'connection-not-found',
  'registration-url-unknown',
  'registration-url-used',
  'not-named-contact',
  'contact-not-consumer-admin',
  'version-too-old',
  'version-malformed',
  'consumer-app-missing',
  'instance-unreachable',
  'instance-timeout',
  'instance-answer-malformed',
  'not-validated',
  'checks-did-not-run',
  'issue-not-found',
  'contact-lacks-consumer-role',
  'contact-email-invalid',
  'registration-task-exists',
  'registration-task-not-found',
  'kmf-roles-missing',
  'producer-replication-set-missing',
  'instance-id-mismatch',
  'registration-exists',
  'registration-case-not-found',
  'registration-not-initiated',
  'not-customer-admin',
  'provider-record-exists',
  'subscription-not-requested',
  'subscription-already-decided',
  'subscription-not-approved',
  'subscription-rejected',
  'provider-instance-not-found',
  'operation-not-found',
  'registration-not-offered',
  'email-taken',
  'email-domain-not-allowed',
  'captcha-not-verified',
  'terms-not-accepted',
  'verification-link-unknown',
  'verification-link-used',
  'verification-link-expired',
  'account-not-verified',
  'sign-in-failed',
  'registration-code-invalid',
  'registration-request-not-found',
  'registration-request-decided',
  'setup-token-invalid',
  'unsupported-media-type',
  'body-too-large',
  'record-limit-reached',
  'server-full',
  'internal-error',
  'consumer-token-invalid',
  'sb-admin-roles-missing',
  'offboarding-not-confirmed',
  'not-onboarded',
  'max-without-restrict',
  'setting-not-changeable',
  'authorized-user-exists',
  'authorized-user-not-found',
  'authorized-users-limit-reached',
  'provider-name-invalid',
  'not-consumer-admin',
])
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

/** A refused outcome. */
export const refused = <T = never>(code: RefusalCode, reason: string, fields?: string[]): Outcome<T> => ({
  ok: false,
  refusal: { code, reason, ...(fields ? { fields } : {}) },
})
