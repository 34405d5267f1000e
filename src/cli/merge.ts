import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { mergeFigures, SimulationFigures } from '../simulate/figures'
import { simulationMarkdown, writeSimulationReports } from '../simulate/simulation-report'
import { checkShardsMakeOneRun, mergeEnvelopes, readShard } from '../report/merge-shards'
import { writeReports } from '../report/write-reports'
import { ConfigurationError } from '../run/configuration-error'
import { readJsonFile } from '../run/read-json-file'
import { readCommandLine, reportFolder } from './flags'
import { EXIT, verifyVerdict } from './verify-verdict'

export const MERGE_HELP = `sx-conformance merge: make the reports of a run split with verify --shard (or simulate --shard) into one run's

  sx-conformance merge DIR... [--report-dir OUT]

  DIR...                    the --report-dir of every shard's verify (each holds its messages.ndjson), or of
                            every shard's simulate (each holds its simulation.json)
  --report-dir DIR          where the merged reports go (default reports/merged): conformance.md,
                            conformance.json, conformance.html, cucumber.html, junit.xml, messages.ndjson,
                            rerun.txt
  --help                    this text

The verdict is the one a single run of every scenario would have had; give every shard of the run, each once,
run with the same SX_SEED for the same data as one run. Exit codes as verify's.`

/** Merges the shards' reports, writes one run's, and answers verify's exit code for it. */
export async function merge(args: string[]): Promise<number> {
  const { values, positionals } = readCommandLine(args, {
    'report-dir': { type: 'string', default: join('reports', 'merged') },
  })
  if (positionals.length === 0) throw new ConfigurationError('name the report folder of every shard (see --help)')
  const reportDir = reportFolder(values['report-dir'])
  if (positionals.every((dir) => existsSync(join(resolve(dir), SIMULATION_FILE))))
    return mergeSimulations(positionals, reportDir)
  const shards = positionals.map((dir) => readShard(resolve(dir)))
  checkShardsMakeOneRun(shards)
  const seeds = new Set(shards.map((shard) => shard.context.seed))
  const report = await writeReports(reportDir, mergeEnvelopes(shards), (merged) => {
    // The merged run is a whole one; one seed reproduces it only when every shard used it.
    const { shard: _shard, seed, ...run } = merged.run
    return { ...merged, run: { ...run, ...(seeds.size === 1 && seed !== undefined ? { seed } : {}) } }
  })
  const { target = 'unknown', release = 'unknown' } = report.run
  const verdict = verifyVerdict(report, { target, release, reportDir })
  console.log(`merged ${shards.length} shard(s)${seeds.size > 1 ? ', drawn from different seeds' : ''}`)
  console.log(verdict.line)
  return verdict.code
}

const SIMULATION_FILE = 'simulation.json'

/** Adds up the figures of a simulation's shards into the whole run's, and writes its reports. */
function mergeSimulations(dirs: string[], reportDir: string): number {
  const parts = dirs.map((dir) =>
    readJsonFile(join(resolve(dir), SIMULATION_FILE), SimulationFigures, 'the figures of a simulation'),
  )
  let figures: SimulationFigures
  try {
    figures = mergeFigures(parts)
  } catch (error) {
    throw new ConfigurationError(`cannot merge these simulations: ${(error as Error).message}`)
  }
  const missing = figures.total - figures.consumers
  const dir = reportDir
  writeSimulationReports(dir, figures, figures.seconds)
  console.log(simulationMarkdown(figures, figures.seconds))
  console.log(
    `merged ${parts.length} shard(s) into ${dir}${missing > 0 ? `; ${missing} of the run's ${figures.total} consumers are in no shard given` : ''}`,
  )
  return EXIT.conformant
}
