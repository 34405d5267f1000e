import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { KmfStatus } from '../contract/kmf.schema'
import { ConfigurationError } from '../run/configuration-error'

/**
 * Relative weights of the choices of one condition, such as `{ "2.3.18": 6, "2.3.17": 1 }`: each drawn in proportion.
 */
const Weights = <T extends z.ZodType<string>>(key: T) =>
  z
    .record(key, z.number().min(0))
    .refine(
      (weights) => Object.values(weights).some((weight) => weight > 0),
      'give at least one choice a weight above 0',
    )

/**
 * The consumer-side problems the simulated consumers may start with: each fails one pre-onboarding check until fixed.
 */
export const Problem = z.enum([
  'none',
  'consumer-kmf-unhealthy',
  'servlet-uri-empty',
  'app-versions-differ',
  'stale-connection-records',
])
export type Problem = z.infer<typeof Problem>

/** How soon a consumer contact acts on each step: within hours, days later, or never. */
export const Pace = z.enum(['prompt', 'late', 'never'])
export type Pace = z.infer<typeof Pace>

/**
 * The mix of conditions the simulated consumers are drawn from (README, "Simulating onboarding"). Every field is
 * optional; what a file leaves out keeps the default below.
 */
export const Mix = z
  .object({
    /** The Service Exchange release on the consumer instance. */
    versions: Weights(z.string().regex(/^\d+(\.\d+)*$/, 'a release such as 2.3.18')),
    /** Whether the named contact is an admin of the consumer instance. */
    contactIsAdmin: Weights(z.enum(['yes', 'no'])),
    /** What KMF reports on the provider instance. */
    providerKmf: Weights(KmfStatus).transform((weights) => weights as Partial<Record<KmfStatus, number>>),
    /** A problem on the consumer instance that fails a pre-onboarding check. */
    problems: Weights(Problem),
    /** Whether email notifications are on: with them off the provider admin copies the URL to the contact. */
    emailNotifications: Weights(z.enum(['on', 'off'])),
    /** How soon the contact acts. */
    pace: Weights(Pace),
    /** Whether a contact whose checks failed fixes the problem and tries again. */
    fixesProblems: Weights(z.enum(['yes', 'no'])),
  })
  .strict()
export type Mix = z.infer<typeof Mix>

/** The mix used when no file is given: a plausible spread, documented in the README. */
export const DEFAULT_MIX: Mix = {
  versions: { '2.3.18': 40, '2.4.0': 35, '2.10.1': 10, '2.3.17': 10, '2.2.5': 5 },
  contactIsAdmin: { yes: 92, no: 8 },
  providerKmf: { Operational: 97, Degraded: 3 },
  problems: {
    none: 70,
    'consumer-kmf-unhealthy': 8,
    'servlet-uri-empty': 6,
    'app-versions-differ': 8,
    'stale-connection-records': 8,
  },
  emailNotifications: { on: 70, off: 30 },
  pace: { prompt: 65, late: 25, never: 10 },
  fixesProblems: { yes: 75, no: 25 },
}

/** Reads a mix file: JSON whose fields replace the default's; anything else is a clear error. */
export function readMix(path: string | undefined): Mix {
  if (path === undefined) return DEFAULT_MIX
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `--mix ${path}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : 'cannot be read'}`,
    )
  }
  const parsed = Mix.partial().safeParse(json)
  if (!parsed.success)
    throw new ConfigurationError(
      `--mix ${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`).join('; ')}`,
    )
  return { ...DEFAULT_MIX, ...parsed.data } as Mix
}
