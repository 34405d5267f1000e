import { randomInt } from 'node:crypto'

/** The environment variable that fixes the run's seed, to reproduce a run. */
export const SEED_VARIABLE = 'SX_SEED'

/**
 * The one seed of this run. Taken from SX_SEED when set; otherwise drawn once and written back to the environment, so
 * that worker threads started later, and the report formatters, see the same seed.
 */
export function runSeed(): number {
  const given = process.env[SEED_VARIABLE]
  if (given === undefined || given === '') {
    const drawn = randomInt(1, 2 ** 31 - 1)
    process.env[SEED_VARIABLE] = String(drawn)
    return drawn
  }
  const seed = seedFrom(given)
  // Written back as the number it stands for, which the reports show and which reproduces the run as the text does.
  process.env[SEED_VARIABLE] = String(seed)
  return seed
}

/** The largest seed; every seed is a whole number from 0 to this. */
export const MAX_SEED = 2 ** 31 - 1

/**
 * The seed a text stands for: a whole number from 0 to MAX_SEED stands for itself; any other text (a CI run's
 * identifier, which outgrew that range long ago, a branch name) for a number drawn from it, the same every time.
 */
export function seedFrom(text: string): number {
  const given = text.trim()
  if (/^\d{1,10}$/.test(given) && Number(given) <= MAX_SEED) return Number(given)
  let hash = 2166136261
  for (const char of given) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619)
  return (hash >>> 0) % (MAX_SEED + 1)
}

/**
 * The seed of one scenario: the run's seed mixed with where the scenario stands, so it does not depend on run order.
 */
export function scenarioSeed(seed: number, uri: string, line: number): number {
  let hash = 2166136261 ^ seed
  for (const char of `${uri}:${line}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}
