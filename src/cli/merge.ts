import { join, resolve } from 'node:path'
import { checkShardsMakeOneRun, mergeEnvelopes, readShard } from '../report/merge-shards'
import { writeReports } from '../report/write-reports'
import { ConfigurationError } from '../run/configuration-error'
import { readCommandLine } from './flags'
import { verifyVerdict } from './verify-verdict'

export const MERGE_HELP = `sx-conformance merge: make the reports of a run split with verify --shard into one run's

  sx-conformance merge DIR... [--report-dir OUT]

  DIR...                    the --report-dir of every shard's verify (each holds its messages.ndjson)
  --report-dir DIR          where the merged reports go (default reports/merged): conformance.md,
                            conformance.json, conformance.html, cucumber.html, junit.xml, messages.ndjson,
                            rerun.txt
  --help                    this text

The verdict is the one a single run of every scenario would have had; give every shard of the run, each once,
run with the same SX_SEED for the same data as one run. Exit codes as verify's.`

/** Merges the shards' reports, writes one run's, and answers verify's exit code for it. */
export async function merge(args: string[]): Promise<number> {
  const { values, positionals } = readCommandLine(args, { 'report-dir': { type: 'string', default: join('reports', 'merged') } })
  if (positionals.length === 0) throw new ConfigurationError('name the report folder of every shard (see --help)')
  const shards = positionals.map((dir) => readShard(resolve(dir)))
  checkShardsMakeOneRun(shards)
  const seeds = new Set(shards.map((shard) => shard.context.seed))
  const reportDir = resolve(values['report-dir'])
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
