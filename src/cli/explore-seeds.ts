import { randomInt } from 'node:crypto'
import { MAX_SEED, seedFrom } from '../run/seed'
/**
 * The seeds of the exploration gate (explore.test.ts, explore-planted.test.ts): a fresh one each run unless SX_SEED
 * repeats one, and for each planted fault one known to find it quickly.
 */

/** The seed of this run, printed by every failure so that it can be repeated. */
export const seed = String(process.env.SX_SEED ? seedFrom(process.env.SX_SEED) : randomInt(MAX_SEED))

/**
 * npm test plants one fault of each procedure with a seed known to find it within a few dozen journeys, so that what
 * it proves costs seconds; npm run gate:full plants every one on this run's seed, where finding one may take up to
 * 1,000 journeys.
 */
const FULL = process.env.SX_GATE === 'full'

/**
 * Rules whose breach a journey of their procedure shows in a few acts, each switched off in turn, with a seed that
 * found it quickly (the journeys it took after each; seeds 1 to 10 took up to 386, see README).
 */
export const PLANTED = [
  ['PC-31', 'connection', 8], // 20
  ['PC-30', 'connection', 7], // 18
  ['CT-04', 'connection', 1], // 7
  ['PC-04', 'connection', 2], // 2
  ['PC-11:as-typed', 'connection', 6], // 10: a near miss, the instance URL spelled otherwise
  ['CT-04:checked-before-waiting', 'connection', 6], // 21: at the same moment, Start Registration in two tabs
  ['TASK-09', 'task', 8], // 19
  ['TASK-07', 'task', 2], // 3
  ['TASK-11', 'task', 3], // 20
  ['TASK-12', 'task', 2], // 31
  ['TASK-13', 'task', 4], // 39
  ['PC-34:connections-only', 'task', 10], // 23: single use, a Closed Complete task's link followed again
  ['LEG-11', 'legacy', 4], // 25
  ['LEG-12', 'legacy', 7], // 6
  ['LEG-13', 'legacy', 6], // 14
  ['LEG-07:checked-before-waiting', 'legacy', 2], // 3: at the same moment, two submits of one instance
  ['AU-03:checked-before-calling-out', 'authorized-users', 2], // 2: at the same moment, one user added twice
  ['AU-04', 'authorized-users', 2], // 5
  ['PORT-12:subdomain', 'portal', 6], // 6: a near miss, an address at a subdomain of the allowed domain
  ['PORT-03:pending-only', 'portal', 1], // 8
] as const

/**
 * The planted faults a run plants: npm test one of each procedure, enough to show that exploration finds a slip in
 * every procedure and that the scenario it prints proves it; npm run gate:full all of them.
 */
export const PLANTED_HERE = FULL
  ? PLANTED
  : PLANTED.filter(([fault]) =>
      (
        ['PC-31', 'TASK-09', 'LEG-12', 'AU-03:checked-before-calling-out', 'PORT-12:subdomain'] as readonly string[]
      ).includes(fault),
    )

/** The seed a planted fault is explored with. */
export const seedOf = (known: number) => (FULL ? seed : String(known))
