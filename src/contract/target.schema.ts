import { z } from 'zod'
import { FIELD_LIMITS as MAX } from './field-limits'
import { OptionalPart, Release, RequirementId } from '../requirements/requirement.schema'

/** What a target says about itself before a run: which releases it implements and which optional parts it offers. */
export const Capabilities = z.object({
  implementation: z.string().min(1),
  releases: z.array(Release).min(1),
  /** The optional parts it offers; a part it leaves out makes its scenarios not applicable, not failed. */
  parts: z.array(OptionalPart),
  /**
   * The requirements it attests that no scenario can verify (the catalog marks them attested): the report shows them as
   * attested by the implementer, and any it leaves out as not attested, which leaves the verdict incomplete.
   */
  attests: z.array(RequirementId).default([]),
})
export type Capabilities = z.infer<typeof Capabilities>

/**
 * A provider instance of the scenario's own: every scenario opens one, so no scenario sees another's records or
 * settings, and a shared target never needs a reset.
 */
export const NewProviderInstance = z.object({
  release: Release,
  /** Where the instance hands its outbound email: the mail gateway the harness serves. */
  mailGatewayUrl: z.url().max(MAX.url),
})
export type NewProviderInstance = z.infer<typeof NewProviderInstance>

/** The provider instance opened for a scenario: its identifier, and the address every other operation is under. */
export const OpenedProviderInstance = z.object({ id: z.string().min(1), url: z.url() })
export type OpenedProviderInstance = z.infer<typeof OpenedProviderInstance>

/** A switch of the provider instance (email notifications, production instance). */
export const Switch = z.object({ on: z.boolean() })

/** How far the target's clock moves forward. */
export const ClockAdvance = z.object({ minutes: z.number().int().positive().max(525_600) })

/** The target's clock after it moved. */
export const ClockReading = z.object({ now: z.iso.datetime() })

/** A registration URL as the consumer contact presents it to the page it opens. */
export const RegistrationUrlPresented = z.object({ registrationUrl: z.string().max(MAX.url) })

/** A customer instance the customer admin acts in (legacy onboarding). */
export const CustomerInstanceNamed = z.object({ customerInstanceUrl: z.string().max(MAX.url) })
