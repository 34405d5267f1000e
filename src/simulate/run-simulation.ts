import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Release } from '../requirements/requirement.schema'
import { mergeFigures, shardRange, type SimulationFigures } from './figures'
import type { Mix } from './mix'
import type { RangeTask } from './simulate-range'

export type SimulationOptions = {
  consumers: number
  seed: number
  mix: Mix
  release: Release
  workers: number
  shard?: { index: number; count: number }
}

/** A digest of a mix: shards of one run must have been given the same. */
export const mixDigest = (mix: Mix): string =>
  createHash('sha256').update(JSON.stringify(mix)).digest('hex').slice(0, 16)

/**
 * A simulated consumer leaves little behind but makes much short-lived garbage (requests, answers, parsed rows): a
 * young generation larger than the default spares most of the collections that would otherwise take a third of the
 * time.
 */
const YOUNG_GENERATION_MB = 96

/**
 * What a worker keeps between provider instances is small (the figures, one instance's records), but left to itself
 * the heap grows well past it before it is collected: held to this, a run's memory stays flat, whatever its length.
 */
const OLD_GENERATION_MB = 1024

/** The consumers a run simulates, from and to by index: all of them, or its shard's share. */
export const consumersOf = (options: SimulationOptions): [number, number] =>
  options.shard ? shardRange(options.consumers, options.shard) : [0, options.consumers]

/** Runs one range of consumers in a worker thread of its own, telling how many it has done as it goes. */
function inWorker(task: RangeTask, onDone: (consumers: number) => void): Promise<SimulationFigures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'worker.cjs'), {
      workerData: task,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
    })
    worker.on('message', (message: { done?: number; figures?: SimulationFigures; error?: string }) => {
      if (message.done !== undefined) return onDone(message.done)
      void worker.terminate()
      if (message.figures) resolve(message.figures)
      else reject(new Error(`a worker of the simulation failed: ${message.error}`))
    })
    worker.once('error', reject)
  })
}

/**
 * Simulates the run's consumers (or this shard's share of them, by index), split evenly among worker threads, and
 * answers their figures merged. Each consumer draws from a generator of its own, seeded by the run's seed and its
 * index, so the figures do not depend on how the consumers are split.
 */
export async function runSimulation(
  options: SimulationOptions,
  onDone: (consumers: number) => void = () => {},
): Promise<{ figures: SimulationFigures; wallSeconds: number }> {
  const started = performance.now()
  const [from, to] = consumersOf(options)
  const workers = Math.max(1, Math.min(options.workers, to - from))
  const digest = mixDigest(options.mix)
  const tasks = Array.from({ length: workers }, (_, index): RangeTask => {
    const [start, end] = shardRange(to - from, { index: index + 1, count: workers })
    return {
      from: from + start,
      to: from + end,
      seed: options.seed,
      total: options.consumers,
      release: options.release,
      mix: options.mix,
      mixDigest: digest,
    }
  })
  const parts = await Promise.all(tasks.map((task) => inWorker(task, onDone)))
  return { figures: mergeFigures(parts), wallSeconds: (performance.now() - started) / 1000 }
}
