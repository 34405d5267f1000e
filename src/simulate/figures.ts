import { z } from 'zod'
import { Release } from '../requirements/requirement.schema'

/** The stages of the funnel, in order: a consumer that stops does so before reaching the next. */
export const STAGES = ['created', 'opened', 'validated', 'onboarded'] as const
export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>

/** Where a consumer's journey stopped: the stage it did not reach, why, and the requirement that stopped it. */
export const Stop = z.object({
  before: Stage,
  reason: z.string(),
  requirement: z.string(),
  consumers: z.number().int().min(1),
})
export type Stop = z.infer<typeof Stop>

/**
 * What a simulation (or one shard of it) found, in figures that add up: merging shards' figures gives the figures of
 * the whole run. `ranges` says which consumers (by index, from inclusive, to exclusive) it covers.
 */
export const SimulationFigures = z.object({
  kind: z.literal('sx-conformance simulation'),
  seed: z.number().int(),
  release: Release,
  /** How many consumers the whole run has, across its shards. */
  total: z.number().int().min(1),
  /** A digest of the mix, so that shards of different mixes are not merged. */
  mix: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
  consumers: z.number().int(),
  funnel: z.record(Stage, z.number().int()),
  stops: z.array(Stop),
  /**
   * How many consumers took each number of minutes, on the virtual clock, from the connection's creation to Onboarded.
   */
  onboardMinutes: z.record(z.string(), z.number().int()),
  /** Wall-clock seconds the consumers took to simulate, summed over the shards. */
  seconds: z.number(),
})
export type SimulationFigures = z.infer<typeof SimulationFigures>

/** The figures of no consumer yet, for a range of the run. */
export const emptyFigures = (
  base: Pick<SimulationFigures, 'seed' | 'release' | 'total' | 'mix'>,
  ranges: [number, number][],
): SimulationFigures => ({
  kind: 'sx-conformance simulation',
  ...base,
  ranges,
  consumers: 0,
  funnel: { created: 0, opened: 0, validated: 0, onboarded: 0 },
  stops: [],
  onboardMinutes: {},
  seconds: 0,
})

/** Adds a stop to the figures. */
export function addStop(figures: SimulationFigures, stop: Omit<Stop, 'consumers'>, consumers = 1): void {
  const known = figures.stops.find(
    (row) => row.before === stop.before && row.reason === stop.reason && row.requirement === stop.requirement,
  )
  if (known) known.consumers += consumers
  else figures.stops.push({ ...stop, consumers })
}

/**
 * The figures of several parts of one run, as one: they must share seed, release, size and mix, and cover consumers no
 * other part covers.
 */
export function mergeFigures(parts: SimulationFigures[]): SimulationFigures {
  const [first, ...rest] = parts
  if (!first) throw new Error('nothing to merge')
  for (const part of rest) {
    for (const key of ['seed', 'release', 'total', 'mix'] as const) {
      if (part[key] !== first[key])
        throw new Error(`the parts are of different runs: ${key} ${String(first[key])} and ${String(part[key])}`)
    }
  }
  const ranges = parts.flatMap((part) => part.ranges).sort(([a], [b]) => a - b)
  ranges.forEach(([from], index) => {
    if (index > 0 && from < ranges[index - 1]![1]) throw new Error(`two parts both cover consumer ${from}`)
  })
  const merged = emptyFigures(first, ranges)
  for (const part of parts) {
    merged.consumers += part.consumers
    merged.seconds += part.seconds
    for (const stage of STAGES) merged.funnel[stage] += part.funnel[stage]
    for (const stop of part.stops) addStop(merged, stop, stop.consumers)
    for (const [minutes, count] of Object.entries(part.onboardMinutes))
      merged.onboardMinutes[minutes] = (merged.onboardMinutes[minutes] ?? 0) + count
  }
  merged.stops.sort((a, b) => b.consumers - a.consumers)
  return merged
}

/** The consumers a shard covers: the i-th of n equal ranges of the run's consumers (1-based, as cucumber's --shard). */
export function shardRange(total: number, shard: { index: number; count: number }): [number, number] {
  return [Math.floor(((shard.index - 1) * total) / shard.count), Math.floor((shard.index * total) / shard.count)]
}

/** The minute below which this share of the onboarded consumers took, from the counts by minute. */
export function percentile(onboardMinutes: Record<string, number>, share: number): number | undefined {
  const sorted = Object.entries(onboardMinutes)
    .map(([minutes, count]) => [Number(minutes), count] as const)
    .sort(([a], [b]) => a - b)
  const total = sorted.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return undefined
  let seen = 0
  for (const [minutes, count] of sorted) {
    seen += count
    if (seen >= share * total) return minutes
  }
  return sorted.at(-1)![0]
}
