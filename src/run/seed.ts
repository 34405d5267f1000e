import { randomInt } from 'node:crypto'
import { ConfigurationError } from './configuration-error'

/** The environment variable that fixes the run's seed, to reproduce a run. */
export const SEED_VARIABLE = 'SX_SEED'

/**
 * The one seed of this run. Taken from SX_SEED when set; otherwise drawn once and written back to the
 * environment, so that worker threads started later, and the report formatters, see the same seed.
 */
export function runSeed(): number {
  const given = process.env[SEED_VARIABLE]
  if (given === undefined || given === '') {
    const drawn = randomInt(1, 2 ** 31 - 1)
    process.env[SEED_VARIABLE] = String(drawn)
    return drawn
  }
  if (!/^\d{1,10}$/.test(given) || Number(given) > 2 ** 31 - 1) {
    throw new ConfigurationError(`${SEED_VARIABLE} must be a whole number from 0 to ${2 ** 31 - 1}, not "${given}"`)
  }
  return Number(given)
}

/** The seed of one scenario: the run's seed mixed with where the scenario stands, so it does not depend on run order. */
export function scenarioSeed(seed: number, uri: string, line: number): number {
  let hash = 2166136261 ^ seed
  for (const char of `${uri}:${line}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}
