import { z } from 'zod'
import { filledText } from './filled-text'
import { FIELD_LIMITS as MAX } from './field-limits'

/** A user of the provider instance, created through setup (a provider state, in Pact's terms). */
export const NewUser = z.object({
  userName: filledText(MAX.name),
  /** What the user signs in with: requests acting as the user carry it as Basic credentials. */
  password: z.string().min(8).max(MAX.password),
  firstName: filledText(MAX.name),
  lastName: filledText(MAX.name),
  /** Any text: a contact's address may be missing or wrong, and the rules that need a valid one say so. */
  email: z.string().trim().max(MAX.email),
  roles: z.array(filledText(MAX.name)).max(MAX.list),
  companyId: z.string().max(MAX.name).optional(),
  /** Whether the user is active: a contact is unless setup says otherwise (AU-01 adds only active contacts). */
  active: z.boolean().optional(),
})
export type NewUser = z.infer<typeof NewUser>

/**
 * A company (account) of the provider instance, with the code its contacts register with on the CSM portal (CSMREG).
 */
export const NewCompany = z.object({ name: filledText(MAX.name), registrationCode: filledText(MAX.name).optional() })
export type NewCompany = z.infer<typeof NewCompany>

/** What a provider name may hold (NEWPROV): letters and digits (read as ASCII) and dashes, at least one of them. */
export const PROVIDER_NAME = /^[A-Za-z0-9-]+$/

/** The roles setting up the provider record (NEWPROV) and off-boarding a consumer (OFF-C) require. */
export const SB_ADMIN_ROLES = ['admin', 'sn_sb.admin'] as const

/** The provider record as setup creates it (NEWPROV): alphanumerics and dashes only. */
export const NewProviderRecord = z.object({
  name: z.string().max(MAX.name).regex(PROVIDER_NAME, 'a provider name holds only letters, digits and dashes'),
})
export type NewProviderRecord = z.infer<typeof NewProviderRecord>

/**
 * The Provider form (NEWPROV) as a provider admin fills it in: any text, so that a name the rule refuses reaches the
 * rule and gets its own refusal (provider-name-invalid) instead of an invalid request.
 */
export const ProviderRecordForm = z.object({ name: z.string().max(MAX.name) })
export type ProviderRecordForm = z.infer<typeof ProviderRecordForm>

/** The provider record as the instance shows it. */
export const ProviderRecord = z.object({ name: z.string().min(1) })
export type ProviderRecord = z.infer<typeof ProviderRecord>

/** A record created through setup, named by the identifier the target gave it. */
export const Created = z.object({ id: z.string().min(1) })
export type Created = z.infer<typeof Created>
