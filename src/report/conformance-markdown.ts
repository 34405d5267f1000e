import { sourceLegend } from '../requirements/sources'
import type { ConformanceReport, Verdict } from './conformance-report.schema'

const marks: Record<Verdict, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  waived: '🟡 waived',
  skipped: '⏭️ skipped',
  'not covered': '⚠️ not covered',
  'not applicable': '➖ not applicable',
}

/** Escapes what would break a Markdown table cell. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The conformance report as Markdown: fit for a pull request, a CI job summary or a product owner. */
export function renderConformanceMarkdown(report: ConformanceReport): string {
  const { run, totals } = report
  const scenarioCount = Object.values(totals.scenarios).reduce((sum, n) => sum + n, 0)
  const scenarioSummary = Object.entries(totals.scenarios).filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`).join(', ')
  const lines = [
    '# Service Exchange onboarding: conformance report',
    '',
    `**${report.verdict.toUpperCase()}**: ${totals.requirements.passed} of ${report.requirements.length - totals.requirements['not applicable']} requirements passed, ` +
      `${totals.requirements.failed} failed, ${totals.requirements.waived} waived, ${totals.requirements['not covered']} not covered, ${totals.requirements.skipped} skipped, ` +
      `${totals.requirements['not applicable']} not applicable to this release; ` +
      `${scenarioCount} scenarios (${scenarioSummary || 'none ran'}).`,
    '',
    '| Target | Release | Parts not offered | Seed | Started | Duration |',
    '|---|---|---|---|---|---|',
    `| ${cell(run.target ?? 'unknown')} | ${run.release ?? 'unknown'} | ${run.without?.join(', ') || 'none'} | ${run.seed ?? 'unknown'} | ${run.startedAt ?? ''} | ${run.durationMs === undefined ? '' : `${(run.durationMs / 1000).toFixed(2)} s`} |`,
    '',
    `Reproduce this run's data with \`SX_SEED=${run.seed ?? '<seed>'} npx cucumber-js${run.release && run.release !== 'australia' ? ` -p ${run.release}` : ''}\`.`,
    '',
    '## Requirements',
    '',
    '| ID | Level | Requirement | Source | Scenarios | Readings | Verdict |',
    '|---|---|---|---|---|---|---|',
    ...report.requirements.map((row) => {
      const passed = row.scenarios.filter((scenario) => scenario.status === 'passed').length
      return `| ${row.id} | ${row.level} | ${cell(row.statement)} | ${cell(row.source)} | ${passed}/${row.scenarios.length} | ${row.readings.join(', ')} | ${marks[row.verdict]} |`
    }),
  ]
  // Scenarios of requirements that do not apply to this target did not run on purpose: they are no finding.
  const failing = report.requirements
    .filter((row) => row.verdict !== 'not applicable')
    .flatMap((row) => row.scenarios.filter((scenario) => scenario.status !== 'passed' || scenario.unexpectedlyPassing).map((scenario) => ({ row, scenario })))
  if (failing.length > 0) {
    lines.push('', '## Scenarios to look at', '', '| Requirement | Scenario | Where | Status | Why |', '|---|---|---|---|---|')
    for (const { row, scenario } of failing) {
      const status = scenario.unexpectedlyPassing ? 'passed under a waiver: drop the waiver' : scenario.waivedBy ? `${scenario.status}, waived by ${scenario.waivedBy}` : scenario.status
      lines.push(`| ${row.id} | ${cell(scenario.name)} | ${scenario.location} | ${cell(status)} | ${cell(scenario.message ?? '')} |`)
    }
    const traced = failing.filter(({ scenario }) => scenario.lastExchanges && scenario.lastExchanges.length > 0)
    if (traced.length > 0) {
      lines.push('', '### The last exchanges with the target before each of them', '')
      for (const { row, scenario } of traced) lines.push(`${row.id}, ${scenario.name} (${scenario.location}):`, '', '```', ...(scenario.lastExchanges ?? []), '```', '')
    }
  }
  if (report.waivers.length > 0) {
    lines.push('', '## Waivers', '', '| Waives | Reason | Owner | Expires | Failures accepted | Unexpectedly passing |', '|---|---|---|---|---|---|')
    for (const waiver of report.waivers) {
      const expiry = waiver.expired ? `${waiver.expires} ❌ expired` : waiver.expires
      lines.push(`| ${cell(waiver.requirement ?? waiver.scenario ?? '')} | ${cell(waiver.reason)} | ${cell(waiver.owner)} | ${expiry} | ${waiver.accepted} | ${waiver.unexpectedlyPassing} |`)
    }
  }
  lines.push('', '## Sources', '', ...Object.entries(sourceLegend).map(([key, title]) => `- **${key}**: ${title}`))
  lines.push('', '## Readings the verdicts rest on', '', 'Where the sources disagree, the kit holds targets to one reading; these are the ones this run relied on.', '')
  for (const reading of report.readings) {
    lines.push(
      `### ${reading.id}: ${reading.question}`,
      '',
      ...(reading.contradiction ? [`- Recorded in: ${reading.contradiction}`] : []),
      `- Implemented: ${reading.implemented.position} (${reading.implemented.sources})`,
      ...reading.alternatives.map((alternative) => `- Not implemented: ${alternative.position} (${alternative.sources})`),
      `- Why: ${reading.why}`,
      `- Requirements resting on it: ${reading.requirements.join(', ') || 'none in this run'}`,
      '',
    )
  }
  return `${lines.join('\n').trimEnd()}\n`
}
