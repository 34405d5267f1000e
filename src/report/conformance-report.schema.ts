import { z } from 'zod'
import { Reading, Requirement } from '../requirements/requirement.schema'
import { Waiver } from './waivers'

/**
 * What a scenario came to: cucumber's status, lower-cased; not applicable, when it did not run because the target does
 * not offer its part; or could not run, when trouble that says nothing of the target stopped it (a missing setup token,
 * a full server, a target that stopped answering, a kit too busy to answer in time).
 */
export const ScenarioStatus = z.enum([
  'passed',
  'failed',
  'skipped',
  'pending',
  'undefined',
  'ambiguous',
  'unknown',
  'not applicable',
  'could not run',
])
export type ScenarioStatus = z.infer<typeof ScenarioStatus>

/**
 * The fixed vocabulary of requirement verdicts. Not applicable: another release's, or only verified by parts the target
 * leaves out. Waived: it failed, and a waiver in force accepts every one of its failures. Attested, or not: a
 * requirement no scenario can verify, which the implementer vouches for in its capabilities, or does not. Could not
 * run: none of its scenarios failed, and trouble outside the target stopped one of them.
 */
export const Verdict = z.enum([
  'passed',
  'failed',
  'waived',
  'skipped',
  'not covered',
  'not applicable',
  'attested',
  'not attested',
  'could not run',
])
export type Verdict = z.infer<typeof Verdict>

/** One scenario that verifies a requirement. */
export const ScenarioResult = z.object({
  name: z.string(),
  location: z.string(),
  status: ScenarioStatus,
  readings: z.array(z.string()),
  message: z.string().optional(),
  /** Over HTTP, for a scenario that did not pass: its last exchanges with the target, one line each, oldest first. */
  lastExchanges: z.array(z.string()).optional(),
  /**
   * For a scenario that did not pass: what passed between the parties, the target and the systems it called (Mermaid).
   */
  sequenceDiagram: z.string().optional(),
  /** The waiver in force that accepts this scenario's failure. */
  waivedBy: z.string().optional(),
  /** A waiver in force names it, but it passed: the waiver can be dropped. */
  unexpectedlyPassing: z.boolean().optional(),
})
export type ScenarioResult = z.infer<typeof ScenarioResult>

/** The run's context: what was verified, against which release, and how to reproduce it. */
export const RunContext = z.object({
  target: z.string(),
  release: z.string(),
  seed: z.number().int().nonnegative(),
  /** The optional parts the target declared it does not implement. */
  without: z.array(z.string()).default([]),
  /** The waivers the run was given. */
  waivers: z.array(Waiver).default([]),
  /** The requirements the implementer attests that no scenario can verify (see Requirement.attested). */
  attests: z.array(z.string()).default([]),
  /** The part of a sharded run this was (index/total); absent for a whole run or a merged one. */
  shard: z.string().optional(),
})
export type RunContext = z.infer<typeof RunContext>

/** The conformance report: one row per requirement of the catalog. */
export const ConformanceReport = z.object({
  /** Could not run: a scenario met trouble that says nothing of the target, so the run gives no verdict on it. */
  verdict: z.enum(['conformant', 'conformant with waivers', 'not conformant', 'incomplete', 'could not run']),
  run: RunContext.partial().extend({ startedAt: z.string().optional(), durationMs: z.number().optional() }),
  totals: z.object({
    requirements: z.record(Verdict, z.number().int()),
    scenarios: z.record(ScenarioStatus, z.number().int()),
  }),
  requirements: z.array(
    Requirement.extend({
      verdict: Verdict,
      readings: z.array(z.string()),
      scenarios: z.array(ScenarioResult),
      /**
       * The sections of the documentation the requirement rests on (`release/folder/page.md#Heading`), and its other
       * sources.
       */
      cites: z.array(z.string()).optional(),
    }),
  ),
  readings: z.array(Reading.extend({ requirements: z.array(z.string()) })),
  /** Each waiver given, whether it has expired, and the failures it accepted. */
  waivers: z.array(
    Waiver.and(z.object({ expired: z.boolean(), accepted: z.number().int(), unexpectedlyPassing: z.number().int() })),
  ),
})
export type ConformanceReport = z.infer<typeof ConformanceReport>

/** The media type of the attachment that carries a scenario's exchanges with a target over HTTP, redacted. */
export const EXCHANGES_MEDIA_TYPE = 'application/vnd.sx-conformance.exchanges+json'

/** The media type of the attachment that carries a scenario's sequence diagram, in Mermaid's language. */
export const SEQUENCE_MEDIA_TYPE = 'text/vnd.mermaid'

/**
 * The media type of the attachment that names, of a scenario in the browser, the verbs with screens it carried out
 * through them and those it arranged over the contract.
 */
export const SCREENS_MEDIA_TYPE = 'application/vnd.sx-conformance.screens-acted+json'

/** The media type of the attachment through which each scenario tells the report about its run. */
export const RUN_CONTEXT_MEDIA_TYPE = 'application/vnd.sx-conformance.run+json'
