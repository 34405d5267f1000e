import { z } from 'zod'

/**
 * The checks of the Pre-Onboarding scan suite that the kit verifies (SCAN), by stable name. A target may run more
 * checks; these are the ones whose failure the scenarios provoke and expect to see reported.
 */
export const CheckName = z.enum([
  'provider-record-missing',
  'provider-kmf-unhealthy',
  'consumer-kmf-unhealthy',
  'servlet-uri-empty',
  'app-versions-differ',
  'stale-connection-records',
])
export type CheckName = z.infer<typeof CheckName>

/** Where a check stands: resolved means it failed earlier for this registration and passes now (CC-brazil). */
export const CheckStatus = z.enum(['passed', 'failed', 'resolved'])
export type CheckStatus = z.infer<typeof CheckStatus>

/** One check's result as the consumer's page or the task's banner lists it: what, and how to fix it. */
export const CheckResult = z.object({
  check: CheckName,
  status: CheckStatus,
  title: z.string().min(1),
  resolution: z.string().min(1),
})
export type CheckResult = z.infer<typeof CheckResult>
