/**
 * Mutation testing of the reference: Stryker changes src/reference/ one mutant at a time (its screens and its server
 * are tried by the HTTP and browser runs instead) and runs the in-process scenarios of both releases that cover the
 * change; a mutant the scenarios do not notice is a slip an implementation could make unseen. Prints the score, the
 * mutants disabled in place by their reason, and how long it took. Usage: npm run mutation [-- STRYKER OPTIONS], such
 * as --mutate src/reference/rules.ts or --force (no incremental reuse)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runTool } from './run-tool'

/** Where stryker.config.json has Stryker write its JSON report. */
const REPORT = join('reports', 'mutation', 'mutation.json')

/** The part of a mutation-testing-report-schema report this reads. */
type MutantStatus =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending'
type Report = {
  files: Record<string, { mutants: { status: MutantStatus; statusReason?: string; mutatorName: string }[] }>
}

/** Counts by status, the score as Stryker states it, and the disabled mutants by the reason they carry. */
export function summarise(report: Report): {
  counts: Record<string, number>
  score: number
  disabledBy: Map<string, number>
} {
  const counts: Record<string, number> = {}
  const disabledBy = new Map<string, number>()
  for (const { mutants } of Object.values(report.files)) {
    for (const mutant of mutants) {
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1
      if (mutant.status === 'Ignored') {
        const reason = (mutant.statusReason ?? 'no reason given').replace(
          /^Ignored because of excluded mutation "[^"]*"$/,
          'excluded by configuration',
        )
        disabledBy.set(reason, (disabledBy.get(reason) ?? 0) + 1)
      }
    }
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0)
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0)
  return { counts, score: valid === 0 ? 0 : (100 * detected) / valid, disabledBy }
}

async function main(): Promise<number> {
  const started = performance.now()
  const stryker = spawnSync(
    process.execPath,
    [join('node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  )
  const minutes = (performance.now() - started) / 60_000
  if (stryker.status !== 0 || !existsSync(REPORT)) {
    console.error(
      `Stryker did not finish (exit ${stryker.status ?? stryker.signal}) after ${minutes.toFixed(1)} minutes`,
    )
    return 2
  }
  const { counts, score, disabledBy } = summarise(JSON.parse(readFileSync(REPORT, 'utf8')) as Report)
  console.log(
    `\nmutation score ${score.toFixed(1)} % over src/reference/ (without ui/ and server/), in ${minutes.toFixed(1)} minutes`,
  )
  console.log(
    Object.entries(counts)
      .map(([status, count]) => `${status} ${count}`)
      .join(', '),
  )
  // A mutant that does not compile (a requirement ID or a refusal code changed, say) is no mutant the scenarios run.
  const generated = Object.values(counts).reduce((sum, count) => sum + count, 0)
  const ignored = counts.Ignored ?? 0
  console.log(
    `left alone: ${ignored} of ${generated} mutants generated (${((100 * ignored) / generated).toFixed(1)} %); ` +
      `${counts.CompileError ?? 0} did not compile (the TypeScript checker)`,
  )
  if (disabledBy.size > 0) {
    console.log(
      'left alone, by reason (the ignorers of src/tools/stryker-ignorers.mjs, or a disable comment in place):',
    )
    for (const [reason, count] of [...disabledBy].sort(([, a], [, b]) => b - a)) console.log(`  ${count}  ${reason}`)
  }
  console.log(`report: ${join('reports', 'mutation', 'mutation.html')}`)
  return 0
}

runTool(main)
