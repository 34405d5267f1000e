import { sourceLegend, type Source } from '../requirements/sources'
import { invariantsOf } from '../requirements/invariants'
import type { ConformanceReport, Verdict } from './conformance-report.schema'
import { BAR_ORDER, procedures, scenariosToLookAt, standing } from './procedure-summary'
import { stateDiagramsSection } from './state-diagrams'

/**
 * A verdict as the table shows it: words, strong where it needs a look, so it reads the same in any font (a symbol from
 * an emoji font renders as an empty box where there is none, as on many CI runners).
 */
const marks: Record<Verdict, string> = {
  passed: 'passed',
  failed: '**FAILED**',
  waived: 'waived',
  skipped: 'skipped',
  'not covered': '**not covered**',
  'not applicable': 'not applicable',
  attested: 'attested by the implementer',
  'not attested': '**not attested**',
  'could not run': '**could not run**',
}

/** How many of a procedure's requirements came to each verdict, in words, passed first. */
const bar = (counts: Record<Verdict, number>): string =>
  BAR_ORDER.filter((verdict) => counts[verdict] > 0)
    .map((verdict) => `${counts[verdict]} ${verdict}`)
    .join(', ')

/**
 * How many failures the Markdown shows with their diagrams: it is read in pull requests and CI job summaries, which cap
 * their size (GitHub's at 1 MiB), and the first failures are the ones to start from.
 */
const MOST_DETAILED = 25

/** Escapes what would break a Markdown table cell. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The conformance report as Markdown: fit for a pull request, a CI job summary or a product owner. */
export function renderConformanceMarkdown(report: ConformanceReport): string {
  const byProcedure = procedures(report)
  const lines = [
    ...summary(report, byProcedure),
    ...toLookAt(report),
    ...requirementTables(byProcedure),
    '',
    '## The workflows',
    '',
    'Each transition names the requirements that govern it.',
    '',
    stateDiagramsSection(report.run.release, '###'),
    ...waiverTable(report),
    '',
    '## Sources',
    '',
    ...Object.entries(sourceLegend).map(
      ([key, source]: [string, Source]) =>
        `- **${key}**: ${source.url ? `[${source.title}](${source.url})` : source.title}`,
    ),
    ...readingsRestedOn(report),
  ]
  return `${lines.join('\n').trimEnd()}\n`
}

/** The verdict in one sentence, the run's table, how to reproduce it, and the procedures' counts. */
function summary(report: ConformanceReport, byProcedure: ReturnType<typeof procedures>): string[] {
  const { run, totals } = report
  const scenarioCount = Object.values(totals.scenarios).reduce((sum, n) => sum + n, 0)
  const scenarioSummary = Object.entries(totals.scenarios)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ')
  return [
    '# Service Exchange onboarding: conformance report',
    '',
    `**${report.verdict.toUpperCase()}**: ${totals.requirements.passed} of ${report.requirements.length - totals.requirements['not applicable']} requirements passed, ` +
      `${totals.requirements.attested} attested, ${totals.requirements['not attested']} not attested, ${totals.requirements.failed} failed, ${totals.requirements.waived} waived, ${totals.requirements['not covered']} not covered, ${totals.requirements.skipped} skipped, ` +
      `${totals.requirements['could not run'] > 0 ? `${totals.requirements['could not run']} could not run, ` : ''}` +
      `${totals.requirements['not applicable']} not applicable to this release; ` +
      `${scenarioCount} scenarios (${scenarioSummary || 'none ran'}).`,
    '',
    '| Target | Release | Parts not offered | Seed | Started | Duration |',
    '|---|---|---|---|---|---|',
    `| ${cell(run.target ?? 'unknown')} | ${run.release ?? 'unknown'} | ${run.without?.join(', ') || 'none'} | ${run.seed ?? 'unknown'} | ${run.startedAt ?? ''} | ${run.durationMs === undefined ? '' : `${(run.durationMs / 1000).toFixed(2)} s`} |`,
    '',
    `Reproduce this run's data with \`SX_SEED=${run.seed ?? '<seed>'} npx cucumber-js${run.release && run.release !== 'australia' ? ` -p ${run.release}` : ''}\`.`,
    '',
    '## Procedures',
    '',
    '| Procedure | Requirements | Passed | Failed | Waived | Not applicable | All verdicts |',
    '|---|---|---|---|---|---|---|',
    ...byProcedure.map(
      ({ name, anchor, rows, counts }) =>
        `| [${cell(name)}](#${anchor}) | ${rows.length} | ${counts.passed} | ${counts.failed} | ${counts.waived} | ${counts['not applicable']} | ${bar(counts)} |`,
    ),
  ]
}

/** The scenarios that did not pass, with the first line of why, and the first ones' diagrams and exchanges. */
function toLookAt(report: ConformanceReport): string[] {
  const lines: string[] = []
  const failing = scenariosToLookAt(report)
  if (failing.length > 0) {
    lines.push(
      '',
      '## Scenarios to look at',
      '',
      '| Requirement | Scenario | Where | Status | Why |',
      '|---|---|---|---|---|',
    )
    for (const { row, scenario } of failing)
      lines.push(
        `| ${row.id} | ${cell(scenario.name)} | ${scenario.location} | ${cell(standing(scenario))} | ${cell(scenario.message ?? '')} |`,
      )
    const detailed = failing.filter(({ scenario }) => scenario.sequenceDiagram || scenario.lastExchanges?.length)
    for (const { row, scenario } of detailed.slice(0, MOST_DETAILED)) {
      lines.push(
        '',
        `### ${row.id}: ${scenario.name}`,
        '',
        `\`${scenario.location}\`: ${cell(scenario.message ?? standing(scenario))}`,
        '',
      )
      if (scenario.sequenceDiagram) lines.push('```mermaid', scenario.sequenceDiagram, '```', '')
      if (scenario.lastExchanges?.length)
        lines.push('The last exchanges with the target:', '', '```', ...scenario.lastExchanges, '```')
    }
    if (detailed.length > MOST_DETAILED)
      lines.push(
        '',
        `The other ${detailed.length - MOST_DETAILED} scenarios' diagrams are in conformance.html and conformance.json.`,
      )
  }
  return lines
}

/** One table per procedure, a row per requirement. */
function requirementTables(byProcedure: ReturnType<typeof procedures>): string[] {
  const lines: string[] = []
  lines.push('', '## Requirements')
  for (const { name, rows } of byProcedure) {
    lines.push(
      '',
      `### ${name}`,
      '',
      '| ID | Level | Requirement | Source | Scenarios | Readings | Verdict |',
      '|---|---|---|---|---|---|---|',
    )
    for (const row of rows) {
      const passed = row.scenarios.filter((scenario) => scenario.status === 'passed').length
      const explored = invariantsOf(row.id)
      const statement = explored.length > 0 ? `${row.statement} (explored: ${explored.join(', ')})` : row.statement
      lines.push(
        `| ${row.id} | ${row.level} | ${cell(statement)} | ${cell(row.source)} | ${passed}/${row.scenarios.length} | ${row.readings.join(', ')} | ${marks[row.verdict]} |`,
      )
    }
  }
  return lines
}

/** The waivers in force, with what each accepted. */
function waiverTable(report: ConformanceReport): string[] {
  const lines: string[] = []
  if (report.waivers.length > 0) {
    lines.push(
      '',
      '## Waivers',
      '',
      '| Waives | Reason | Owner | Expires | Failures accepted | Unexpectedly passing |',
      '|---|---|---|---|---|---|',
    )
    for (const waiver of report.waivers) {
      const expiry = waiver.expired ? `${waiver.expires} ❌ expired` : waiver.expires
      lines.push(
        `| ${cell(waiver.requirement ?? waiver.scenario ?? '')} | ${cell(waiver.reason)} | ${cell(waiver.owner)} | ${expiry} | ${waiver.accepted} | ${waiver.unexpectedlyPassing} |`,
      )
    }
  }
  return lines
}

/** The readings this run relied on, each with its sides and the requirements resting on it. */
function readingsRestedOn(report: ConformanceReport): string[] {
  const lines: string[] = []
  lines.push(
    '',
    '## Readings the verdicts rest on',
    '',
    'Where the sources disagree, the kit holds targets to one reading; these are the ones this run relied on.',
    '',
  )
  for (const reading of report.readings) {
    lines.push(
      `### ${reading.id}: ${reading.question}`,
      '',
      ...(reading.contradiction ? [`- Recorded in: ${reading.contradiction}`] : []),
      `- Implemented: ${reading.implemented.position} (${reading.implemented.sources})`,
      ...reading.alternatives.map(
        (alternative) => `- Not implemented: ${alternative.position} (${alternative.sources})`,
      ),
      `- Why: ${reading.why}`,
      `- Requirements resting on it: ${reading.requirements.join(', ') || 'none in this run'}`,
      '',
    )
  }
  return lines
}
