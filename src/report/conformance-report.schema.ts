import { z } from 'zod'
import { Reading, Requirement } from '../requirements/requirement.schema'

/** What a scenario came to: cucumber's status, lower-cased. */
export const ScenarioStatus = z.enum(['passed', 'failed', 'skipped', 'pending', 'undefined', 'ambiguous', 'unknown'])
export type ScenarioStatus = z.infer<typeof ScenarioStatus>

/** The fixed vocabulary of requirement verdicts; not applicable: another release's, or a part the target leaves out. */
export const Verdict = z.enum(['passed', 'failed', 'skipped', 'not covered', 'not applicable'])
export type Verdict = z.infer<typeof Verdict>

/** One scenario that verifies a requirement. */
export const ScenarioResult = z.object({
  name: z.string(),
  location: z.string(),
  status: ScenarioStatus,
  readings: z.array(z.string()),
  message: z.string().optional(),
})
export type ScenarioResult = z.infer<typeof ScenarioResult>

/** The run's context: what was verified, against which release, and how to reproduce it. */
export const RunContext = z.object({
  target: z.string(),
  release: z.string(),
  seed: z.number().int().nonnegative(),
  /** The optional parts the target declared it does not implement. */
  without: z.array(z.string()).default([]),
})
export type RunContext = z.infer<typeof RunContext>

/** The conformance report: one row per requirement of the catalog. */
export const ConformanceReport = z.object({
  verdict: z.enum(['conformant', 'not conformant', 'incomplete']),
  run: RunContext.partial().extend({ startedAt: z.string().optional(), durationMs: z.number().optional() }),
  totals: z.object({
    requirements: z.record(Verdict, z.number().int()),
    scenarios: z.record(ScenarioStatus, z.number().int()),
  }),
  requirements: z.array(Requirement.extend({ verdict: Verdict, readings: z.array(z.string()), scenarios: z.array(ScenarioResult) })),
  readings: z.array(Reading.extend({ requirements: z.array(z.string()) })),
})
export type ConformanceReport = z.infer<typeof ConformanceReport>

/** The media type of the attachment through which each scenario tells the report about its run. */
export const RUN_CONTEXT_MEDIA_TYPE = 'application/vnd.sx-conformance.run+json'
