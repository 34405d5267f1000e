import { z } from 'zod'
import { CardState } from './connection.schema'
import { CheckName, CheckResult } from './pre-onboarding.schema'

/**
 * Whether the consumer can select Start Registration: only once validated. Otherwise Australia does not show the button
 * at all and Brazil shows it disabled (CC-australia, CC-brazil).
 */
export const StartRegistration = z.enum(['enabled', 'disabled', 'hidden'])
export type StartRegistration = z.infer<typeof StartRegistration>

/** The page the consumer contact reaches from a registration URL ("Create your connection", CC). */
export const RegistrationPage = z.object({
  provider: z.string(),
  company: z.string(),
  instanceUrl: z.string().url(),
  state: CardState,
  /** The results of the last pre-onboarding run; empty until Get Started. */
  checks: z.array(CheckResult),
  startRegistration: StartRegistration,
})
export type RegistrationPage = z.infer<typeof RegistrationPage>

/** Validate & resolve on one issue of the page (CC-brazil). */
export const IssueToRevalidate = z.object({ check: CheckName })
export type IssueToRevalidate = z.infer<typeof IssueToRevalidate>
