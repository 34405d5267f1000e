import { randomInt } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Release } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import { MAX_SEED, seedFrom } from '../run/seed'
import { readMix } from '../simulate/mix'
import { consumersOf, runSimulation } from '../simulate/run-simulation'
import { simulationMarkdown, writeSimulationReports } from '../simulate/simulation-report'
import { readFlags, reportFolder, wholeNumber } from './flags'
import { progressLine } from '../run/progress'
import { EXIT } from './verify-verdict'

export const SIMULATE_HELP = `sx-conformance simulate: many seeded consumers through the reference, on its virtual clock, for product owners

  --consumers N             how many consumers (default 1000)
  --seed S                  the seed every consumer's conditions are drawn from: a number, or any text (default: a new one, printed)
  --mix FILE                a JSON file of the conditions' weights (default: the mix in the README)
  --workers W               worker threads (default: one per core)
  --release NAME            ${Release.options.join(' or ')} (default australia)
  --shard i/n               only the i-th of n equal ranges of the consumers, by index: run each on a machine of
                            its own, then sx-conformance merge their report folders
  --report-dir DIR          where simulation.json, simulation.md and simulation.html go (default reports/simulation)
  --help                    this text

Each consumer draws its conditions from the mix (release, the contact's admin role, provider KMF, a failing check,
email on or off, how soon the contact acts, whether they fix a failing check) and goes through the reference:
the connection is created, the contact opens the URL, gets started, fixes a problem or not, and starts the
registration. The reports give the funnel (created, opened, validated, onboarded), where and why journeys stop
(by refusal code or failed check, with its requirement), and the time to onboard on the virtual clock.
Exit codes: 0 done, 2 could not run.`

/** Simulates onboarding at scale and writes its reports. */
export async function simulate(args: string[]): Promise<number> {
  const flags = readFlags(args, {
    consumers: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    mix: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    release: { type: 'string', default: 'australia' },
    shard: { type: 'string' },
    'report-dir': { type: 'string', default: join('reports', 'simulation') },
  })
  const release = Release.safeParse(flags.release)
  if (!release.success)
    throw new ConfigurationError(`--release is one of ${Release.options.join(', ')}, not "${flags.release}"`)
  const shardMatch = flags.shard === undefined ? undefined : /^([1-9]\d*)\/([1-9]\d*)$/.exec(flags.shard)
  if (flags.shard !== undefined && (!shardMatch || Number(shardMatch[1]) > Number(shardMatch[2])))
    throw new ConfigurationError(`--shard takes i/n with 1 ≤ i ≤ n, such as 2/4, not "${flags.shard}"`)
  const options = {
    consumers: wholeNumber(flags.consumers, '--consumers', 1, 100_000_000),
    seed: flags.seed === undefined ? randomInt(MAX_SEED) : seedFrom(flags.seed),
    mix: readMix(flags.mix),
    release: release.data,
    workers: wholeNumber(flags.workers, '--workers', 1, 64),
    ...(shardMatch ? { shard: { index: Number(shardMatch[1]), count: Number(shardMatch[2]) } } : {}),
  }
  const reportDir = reportFolder(flags['report-dir'])
  const [from, to] = consumersOf(options)
  let done = 0
  const began = performance.now()
  const perSecond = () => Math.round(done / Math.max((performance.now() - began) / 1000, 0.001)).toLocaleString('en')
  const state = () =>
    `${done.toLocaleString('en')} of ${(to - from).toLocaleString('en')} consumers simulated, ${perSecond()} a second`
  const progress = progressLine((text) => process.stderr.write(text), state, process.stderr.isTTY === true)
  progress.start()
  const { figures, wallSeconds } = await runSimulation(options, (consumers) => {
    done += consumers
    progress.update()
  }).finally(() => progress.end())
  const written = writeSimulationReports(reportDir, figures, wallSeconds)
  console.log(simulationMarkdown(figures, wallSeconds))
  // The whole process's peak, its worker threads included: what a machine running the simulation must have.
  console.log(`peak memory ${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString('en')} MB`)
  console.log(`wrote ${written.join(', ')}`)
  return EXIT.conformant
}
