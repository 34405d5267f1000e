import { z } from 'zod'
import { StartingSettings } from '../contract/starting-settings'
import { ReferenceChoices } from '../spec/choices'
import { readFaults } from './faults'
import { OptionalPart, Release } from '../requirements/requirement.schema'
import { ConfigurationError } from './configuration-error'

/** What a cucumber profile (or --world-parameters) may say about a run. */
export const WorldParameters = z
  .object({
    /**
     * Which adapter of the driver port the scenarios go through: the reference in the test process, the HTTP contract,
     * or the screens in Chromium.
     */
    driver: z.enum(['in-process', 'http', 'browser']).default('in-process'),
    /**
     * The target's address when the driver is http or browser; the SX_TARGET_URL environment variable gives it
     * otherwise. Without either, the browser driver serves the reference itself.
     */
    targetUrl: z
      .url({ protocol: /^https?$/, error: 'targetUrl: an http(s) address such as http://127.0.0.1:4010' })
      .optional(),
    /**
     * The target's setup token, sent with every setup operation; the SX_SETUP_TOKEN environment variable gives it
     * otherwise.
     */
    setupToken: z.string().min(1).optional(),
    /** How long one call of the HTTP contract may take before it fails the scenario. */
    requestTimeoutMs: z.number().int().min(50).max(600_000).default(10_000),
    /**
     * Which part of a run split across machines this is (cucumber's --shard, as index/total), for merging the reports.
     */
    shard: z
      .string()
      .regex(/^[1-9]\d*\/[1-9]\d*$/, 'shard: index/total, such as 2/4')
      .optional(),
    /** A file of expected failures (see README, "Waivers"). */
    waivers: z.string().min(1).optional(),
    /** Which release's documentation the target is held to. */
    release: Release.default('australia'),
    /**
     * Each scenario runs once, under the release its tag names, or under \`release\` where it names none: how one
     * cucumber run covers both releases' scenarios (npm run mutation). Untagged scenarios then run under one release
     * only.
     */
    releaseByTag: z.boolean().default(false),
    /**
     * Optional parts the target does not offer, besides those its capabilities leave out: their scenarios do not run.
     */
    without: z.array(OptionalPart).default([]),
    /** Rules to switch off in the reference, to prove that the suite notices (see README). */
    faults: z.array(z.string()).default([]).transform(readFaults),
    /**
     * How the in-process reference starts a new instance's setup switches, where not as usual (npm run prove-fairness).
     */
    startsWith: StartingSettings.partial().optional(),
    /**
     * Where the in-process reference takes another reading of a point the documents leave open (npm run
     * prove-fairness).
     */
    choices: ReferenceChoices.partial().optional(),
    /** Whether each scenario attaches the choices the in-process reference read in it (npm run prove-fairness). */
    noteReadings: z.boolean().default(false),
    /** How long the target waits for a consumer instance before giving up. */
    outboundTimeoutMs: z.number().int().min(10).max(60_000).default(100),
  })
  .strict()
export type WorldParameters = z.infer<typeof WorldParameters>
/** World parameters as a profile writes them, before defaults fill them in. */
export type WorldParametersInput = z.input<typeof WorldParameters>

/** Reads the world parameters, or fails with one line that says what is wrong. */
export function readWorldParameters(input: unknown): WorldParameters {
  const parsed = WorldParameters.safeParse(input ?? {})
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'world parameters'}: ${issue.message}`)
  throw new ConfigurationError(`bad world parameters: ${problems.join('; ')}`)
}
