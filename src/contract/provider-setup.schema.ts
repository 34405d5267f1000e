import { z } from 'zod'
import { FIELD_LIMITS as MAX } from './field-limits'

/** A user of the provider instance, created through setup (a provider state, in Pact's terms). */
export const NewUser = z.object({
  userName: z.string().trim().min(1).max(MAX.name),
  /** What the user signs in with: requests acting as the user carry it as Basic credentials. */
  password: z.string().min(8).max(MAX.password),
  firstName: z.string().trim().min(1).max(MAX.name),
  lastName: z.string().trim().min(1).max(MAX.name),
  /** Any text: a contact's address may be missing or wrong, and the rules that need a valid one say so. */
  email: z.string().trim().max(MAX.email),
  roles: z.array(z.string().trim().min(1).max(MAX.name)).max(MAX.list),
  companyId: z.string().max(MAX.name).optional(),
})
export type NewUser = z.infer<typeof NewUser>

/** A company (account) of the provider instance, with the code its contacts register with on the CSM portal (CSMREG). */
export const NewCompany = z.object({ name: z.string().trim().min(1).max(MAX.name), registrationCode: z.string().trim().min(1).max(MAX.name).optional() })
export type NewCompany = z.infer<typeof NewCompany>

/** The provider record (NEWPROV): alphanumerics and dashes only. */
export const NewProviderRecord = z.object({
  name: z.string().max(MAX.name).regex(/^[A-Za-z0-9-]+$/, 'a provider name holds only letters, digits and dashes'),
})
export type NewProviderRecord = z.infer<typeof NewProviderRecord>

/** A record created through setup, named by the identifier the target gave it. */
export const Created = z.object({ id: z.string().min(1) })
export type Created = z.infer<typeof Created>
