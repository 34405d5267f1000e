import type { ConformanceReport } from '../report/conformance-report.schema'
import { ConfigurationError } from '../run/configuration-error'

/** What verify's exit code means. */
export const EXIT = { conformant: 0, notConformant: 1, couldNotRun: 2 } as const

/**
 * What a run was: its target and release, what narrowed it to part of the scenarios (--tags, --shard, a rerun), and
 * where its reports are.
 */
export type RunDescription = { target: string; release: string; narrowedBy?: string; reportDir: string }

/**
 * verify's exit code and last line, by these rules (README, "Gate your implementation in CI"):
 * 0. a run in which trouble outside the target stopped a scenario could not run (2), whatever else it found: the
 *    line says what stopped it, where, and what to do;
 * 1. a failed requirement, or an expired waiver, is not conformant (1);
 * 2. a run in which no scenario ran could not run (2);
 * 3. a whole run (no --tags) that leaves a requirement unverified (not covered, or skipped) is not conformant (1);
 * 4. a run narrowed (--tags, --shard, --rerun-failed) verifies only what it selects: it is conformant (0) when that
 * passed, and says
 *    how many requirements it did not exercise;
 * 5. otherwise conformant (0), saying how many requirements passed only under a waiver, and how many waived
 *    scenarios pass now (their waivers can go).
 */
export function verifyVerdict(report: ConformanceReport, run: RunDescription): { code: number; line: string } {
  const who = `${run.target} (${run.release})`
  const where = `reports in ${run.reportDir}`
  if (report.verdict === 'could not run')
    throw new ConfigurationError(`${troubleOf(report)}; no verdict on ${who}, ${where}`)
  if (report.verdict === 'not conformant') {
    const failed = report.requirements.filter((row) => row.verdict === 'failed').map((row) => row.id)
    const expired = report.waivers.filter((waiver) => waiver.expired).length
    const why = [
      failed.length > 0 ? `failed ${failed.join(', ')}` : '',
      expired > 0 ? `${expired} waiver(s) expired` : '',
    ]
      .filter(Boolean)
      .join('; ')
    return { code: EXIT.notConformant, line: `NOT CONFORMANT: ${who} ${why}; ${where}` }
  }
  if (report.requirements.every((row) => row.scenarios.length === 0)) {
    throw new ConfigurationError(
      `no scenario ran against ${run.target}${run.narrowedBy ? `: none matches ${run.narrowedBy}` : ''}; see ${where}`,
    )
  }
  const waived =
    report.totals.requirements.waived > 0 ? `, ${report.totals.requirements.waived} requirement(s) waived` : ''
  const left = report.requirements.filter(
    (row) => row.verdict === 'not covered' || row.verdict === 'skipped' || row.verdict === 'not attested',
  ).length
  if (report.verdict === 'incomplete' && !run.narrowedBy) {
    return { code: EXIT.notConformant, line: `NOT CONFORMANT: ${who} left ${left} requirement(s) unverified; ${where}` }
  }
  const unverified =
    report.verdict === 'incomplete' ? `, ${left} requirement(s) not exercised by the selected scenarios` : ''
  const passingAgain = report.waivers.reduce((sum, waiver) => sum + waiver.unexpectedlyPassing, 0)
  const dropWaivers = passingAgain > 0 ? `, ${passingAgain} waived scenario(s) now pass (their waivers can go)` : ''
  return { code: EXIT.conformant, line: `CONFORMANT: ${who}${waived}${unverified}${dropWaivers}; ${where}` }
}

/** What stopped the run: the first scenario that could not run, its trouble, and how many more met trouble. */
function troubleOf(report: ConformanceReport): string {
  const stopped = new Map(
    report.requirements
      .flatMap((row) => row.scenarios)
      .filter((scenario) => scenario.status === 'could not run')
      .map((scenario) => [scenario.location, scenario]),
  )
  const [first] = stopped.values()
  if (!first) return 'trouble outside the target stopped the run'
  const more = stopped.size > 1 ? `, and ${stopped.size - 1} more scenario(s)` : ''
  return `${first.message ?? 'trouble outside the target'} (at "${first.name}", ${first.location}${more})`
}
