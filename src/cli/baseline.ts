import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConformanceReport } from '../report/conformance-report.schema'
import type { Waiver } from '../report/waivers'
import { rerunList } from '../report/write-reports'
import { ConfigurationError } from '../run/configuration-error'
import { readJsonFile } from '../run/read-json-file'

/** Where --write-waivers writes, who owns the waivers and when they end. */
export type Baseline = { file: string; owner: string; expires: string }

/** The conformance report a run wrote to a folder; a folder without one is a configuration error. */
export function readReport(dir: string): ConformanceReport {
  const file = join(dir, 'conformance.json')
  if (!existsSync(file))
    throw new ConfigurationError(
      `${dir} holds no conformance.json: name the --report-dir of an earlier verify or merge`,
    )
  return readJsonFile(file, ConformanceReport, 'a conformance report of this kit')
}

/**
 * The locations of the scenarios that did not pass in the report in a folder, as the kit's features name them:
 * cucumber, which runs in the kit's folder, matches a path with a line only when it is written that way.
 */
export const failedLocations = (dir: string): string[] => rerunList(readReport(dir))

/**
 * Writes a waiver for every scenario that did not pass, by its title, so that only new breakage fails the gate; answers
 * how many it wrote. Each reason says where and when the failure was seen, and why it failed.
 */
export function writeBaseline(report: ConformanceReport, baseline: Baseline & { target: string }): number {
  const day = (report.run.startedAt ?? new Date().toISOString()).slice(0, 10)
  const waivers = new Map<string, Waiver>()
  for (const row of report.requirements) {
    if (row.verdict === 'not applicable') continue
    for (const scenario of row.scenarios) {
      if (scenario.status === 'passed' || waivers.has(scenario.name)) continue
      const why = scenario.message ? `: ${scenario.message}` : ''
      waivers.set(scenario.name, {
        scenario: scenario.name,
        reason: `failing when the baseline was taken on ${day} against ${baseline.target} (${row.id})${why}`.slice(
          0,
          500,
        ),
        owner: baseline.owner,
        expires: baseline.expires,
      })
    }
  }
  writeFileSync(baseline.file, `${JSON.stringify({ waivers: [...waivers.values()] }, null, 2)}\n`)
  return waivers.size
}
