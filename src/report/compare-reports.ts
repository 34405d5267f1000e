import type { ConformanceReport, Verdict } from './conformance-report.schema'
import { html } from './conformance-html'
import { anchorOf } from './procedure-summary'

/** One report of a comparison, under the name its column carries. */
export type Compared = { label: string; report: ConformanceReport }

/** A cell of the matrix: the verdict, and the previous run's when the same implementation's verdict changed since. */
export type Cell = { verdict: Verdict | undefined; was?: Verdict | undefined }

/** A change between two runs of one implementation. */
export type Change = {
  requirement: string
  label: string
  since: string
  from: Verdict | undefined
  to: Verdict | undefined
  kind: 'regressed' | 'fixed' | 'changed'
}

/** The comparison: requirements down, reports across, and what changed between runs of one implementation. */
export type Comparison = {
  columns: string[]
  rows: { id: string; procedure: string; statement: string; cells: Cell[] }[]
  changes: Change[]
}

/** Reports of the same target and release are runs of one implementation, compared in the order they ran. */
const implementationOf = (report: ConformanceReport): string =>
  `${report.run.target ?? 'unknown'} (${report.run.release ?? 'unknown'})`

const exercised = (verdict: Verdict | undefined): boolean =>
  verdict !== undefined && verdict !== 'not covered' && verdict !== 'not attested'

const kindOf = (from: Verdict | undefined, to: Verdict | undefined): Change['kind'] =>
  to === 'failed' ? 'regressed' : from === 'failed' && (to === 'passed' || to === 'waived') ? 'fixed' : 'changed'

/** Builds the matrix: every requirement any report has, in catalog order, with each report's verdict. */
export function compareReports(compared: readonly Compared[]): Comparison {
  const order = compared
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => (a.report.run.startedAt ?? '').localeCompare(b.report.run.startedAt ?? '') || a.index - b.index)
  const previous = new Map<number, number>()
  const lastOf = new Map<string, number>()
  for (const { report, index } of order) {
    const implementation = implementationOf(report)
    const before = lastOf.get(implementation)
    if (before !== undefined) previous.set(index, before)
    lastOf.set(implementation, index)
  }
  const requirements = new Map<string, { procedure: string; statement: string }>()
  for (const { report } of compared)
    for (const row of report.requirements) if (!requirements.has(row.id)) requirements.set(row.id, row)
  const verdictOf = (index: number, id: string) =>
    compared[index]!.report.requirements.find((row) => row.id === id)?.verdict
  const changes: Change[] = []
  const rows = [...requirements].map(([id, { procedure, statement }]) => ({
    id,
    procedure,
    statement,
    cells: compared.map((entry, index): Cell => {
      const verdict = verdictOf(index, id)
      const before = previous.get(index)
      if (before === undefined) return { verdict }
      const was = verdictOf(before, id)
      // A run that did not exercise a requirement (narrowed by tags, or an older catalog) says nothing new of it.
      if (was === verdict || !exercised(was) || !exercised(verdict)) return { verdict }
      changes.push({
        requirement: id,
        label: entry.label,
        since: compared[before]!.label,
        from: was,
        to: verdict,
        kind: kindOf(was, verdict),
      })
      return { verdict, was }
    }),
  }))
  return { columns: compared.map((entry) => entry.label), rows, changes }
}

/** A verdict in words, strong where it needs a look: no symbol that needs an emoji font. */
const mark = (verdict: Verdict | undefined): string =>
  verdict ? (ATTENTION.has(verdict) ? `**${verdict}**` : verdict) : '(absent)'
const ATTENTION = new Set<Verdict>(['failed', 'not covered', 'not attested', 'could not run'])
const since = (cell: Cell): string => ('was' in cell ? ` (was ${cell.was ?? 'absent'})` : '')
const cellText = (cell: Cell): string => `${mark(cell.verdict)}${since(cell)}`
/** A cell in plain words, where colour marks the verdict (the HTML page). */
const cellWords = (cell: Cell): string => `${cell.verdict ?? '(absent)'}${since(cell)}`
const escapeCell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The comparison as Markdown: the verdicts of each report, the matrix, and the changes between runs. */
export function renderComparisonMarkdown(comparison: Comparison, compared: readonly Compared[]): string {
  const lines = [
    '# Service Exchange onboarding: conformance compared',
    '',
    '| Column | Target | Release | Started | Verdict | Passed | Failed |',
    '|---|---|---|---|---|---|---|',
    ...compared.map(
      ({ label, report }) =>
        `| ${escapeCell(label)} | ${escapeCell(report.run.target ?? 'unknown')} | ${report.run.release ?? ''} | ${report.run.startedAt ?? ''} | ${report.verdict} | ${report.totals.requirements.passed} | ${report.totals.requirements.failed} |`,
    ),
    '',
  ]
  if (comparison.changes.length > 0) {
    lines.push(
      '## What changed between runs of one implementation',
      '',
      '| Requirement | Run | Since | From | To | |',
      '|---|---|---|---|---|---|',
    )
    for (const change of comparison.changes)
      lines.push(
        `| ${change.requirement} | ${escapeCell(change.label)} | ${escapeCell(change.since)} | ${change.from ?? 'absent'} | ${change.to ?? 'absent'} | ${change.kind} |`,
      )
    lines.push('')
  }
  lines.push(
    '## Requirements',
    '',
    `| Requirement | What it says | ${comparison.columns.map(escapeCell).join(' | ')} |`,
    `|---|---|${comparison.columns.map(() => '---').join('|')}|`,
  )
  for (const row of comparison.rows)
    lines.push(`| ${row.id} | ${escapeCell(row.statement)} | ${row.cells.map(cellText).join(' | ')} |`)
  return `${lines.join('\n')}\n`
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:90rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d0d7;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f5}.passed{background:#e3f5e9}.failed{background:#fbe6e4}.waived,.skipped,.not-covered{background:#fdf1d8}
.not-applicable{color:#6b6b75}.changed{outline:2px solid #1d4ed8;outline-offset:-2px}td.id{white-space:nowrap}`

/**
 * The comparison as one HTML page: a matrix coloured by verdict, with the cells that changed since the previous run
 * outlined.
 */
export function renderComparisonHtml(comparison: Comparison, compared: readonly Compared[]): string {
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Conformance compared</title><style>${STYLE}</style></head><body><main>`,
    '<h1>Service Exchange onboarding: conformance compared</h1>',
    '<table><thead><tr><th>Column</th><th>Target</th><th>Release</th><th>Started</th><th>Verdict</th><th>Passed</th><th>Failed</th></tr></thead><tbody>',
    ...compared.map(
      ({ label, report }) =>
        `<tr><td>${html(label)}</td><td>${html(report.run.target)}</td><td>${html(report.run.release)}</td><td>${html(report.run.startedAt)}</td><td>${html(report.verdict)}</td><td>${report.totals.requirements.passed}</td><td>${report.totals.requirements.failed}</td></tr>`,
    ),
    '</tbody></table>',
  ]
  if (comparison.changes.length > 0) {
    parts.push(
      '<h2>What changed between runs of one implementation</h2><table><thead><tr><th>Requirement</th><th>Run</th><th>Since</th><th>From</th><th>To</th><th></th></tr></thead><tbody>',
    )
    for (const change of comparison.changes)
      parts.push(
        `<tr><td class="id"><a href="#${html(change.requirement)}">${html(change.requirement)}</a></td><td>${html(change.label)}</td><td>${html(change.since)}</td><td>${html(change.from ?? 'absent')}</td><td>${html(change.to ?? 'absent')}</td><td>${html(change.kind)}</td></tr>`,
      )
    parts.push('</tbody></table>')
  }
  parts.push(
    `<h2>Requirements</h2><table><thead><tr><th>Requirement</th><th>Procedure</th><th>What it says</th>${comparison.columns.map((column) => `<th>${html(column)}</th>`).join('')}</tr></thead><tbody>`,
  )
  for (const row of comparison.rows) {
    const cells = row.cells.map(
      (cell) =>
        `<td class="${anchorOf(cell.verdict ?? 'absent')}${'was' in cell ? ' changed' : ''}">${html(cellWords(cell))}</td>`,
    )
    parts.push(
      `<tr id="${html(row.id)}"><td class="id">${html(row.id)}</td><td>${html(row.procedure)}</td><td>${html(row.statement)}</td>${cells.join('')}</tr>`,
    )
  }
  parts.push('</tbody></table></main></body></html>\n')
  return parts.join('\n')
}
