import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import {
  compareReports,
  renderComparisonHtml,
  renderComparisonMarkdown,
  type Compared,
} from '../report/compare-reports'
import { ConfigurationError } from '../run/configuration-error'
import { readReport } from './baseline'
import { readCommandLine } from './flags'
import { EXIT } from './verify-verdict'

export const COMPARE_HELP = `sx-conformance compare: several conformance reports side by side

  sx-conformance compare REPORT... [--report-dir DIR]

  REPORT...                 a conformance.json, or the folder that holds one; NAME=REPORT names its column
                            (otherwise the folder's name). Reports of one target and release are runs of one
                            implementation: a cell that changed since its previous run says what it was
  --report-dir DIR          where comparison.md and comparison.html go (default reports/compare)
  --help                    this text

Exit codes: 0 when the comparison is written, 2 when a report cannot be read.`

/** One report argument: NAME=REPORT or REPORT; a folder stands for the conformance.json in it. */
function readCompared(argument: string): Compared {
  const named = /^([^=/\\]+)=(.+)$/.exec(argument)
  const path = resolve(named?.[2] ?? argument)
  if (!existsSync(path)) throw new ConfigurationError(`${argument}: no such file or folder`)
  const isFolder = statSync(path).isDirectory()
  if (!isFolder && basename(path) !== 'conformance.json')
    throw new ConfigurationError(`${argument}: give a conformance.json or the folder that holds one`)
  const folder = isFolder ? path : dirname(path)
  return { label: named?.[1] ?? basename(folder), report: readReport(folder) }
}

/** Writes the comparison of the reports given, and says where. */
export async function compare(args: string[]): Promise<number> {
  const { values, positionals } = readCommandLine(args, {
    'report-dir': { type: 'string', default: join('reports', 'compare') },
  })
  if (positionals.length === 0) throw new ConfigurationError('name at least one report to compare (see --help)')
  const compared = positionals.map(readCompared)
  const seen = new Map<string, number>()
  for (const entry of compared) {
    const count = (seen.get(entry.label) ?? 0) + 1
    seen.set(entry.label, count)
    if (count > 1) entry.label = `${entry.label} #${count}`
  }
  const comparison = compareReports(compared)
  const dir = resolve(values['report-dir'])
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'comparison.md'), renderComparisonMarkdown(comparison, compared))
  writeFileSync(join(dir, 'comparison.html'), renderComparisonHtml(comparison, compared))
  const regressed = comparison.changes.filter((change) => change.kind === 'regressed').length
  const fixed = comparison.changes.filter((change) => change.kind === 'fixed').length
  console.log(
    `compared ${compared.length} report(s) on ${comparison.rows.length} requirements: ${regressed} regressed, ${fixed} fixed since an earlier run; ${join(dir, 'comparison.md')}`,
  )
  return EXIT.conformant
}
