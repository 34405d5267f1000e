import { sourceLegend, type Source } from '../requirements/sources'
import type { ConformanceReport, Verdict } from './conformance-report.schema'
import { mermaidScript } from './mermaid-script'
import { BAR_ORDER, procedures, scenariosToLookAt, standing, type ProcedureSummary } from './procedure-summary'
import { everyEventNote, stateDiagram, workflowsOf } from './state-diagrams'

/** Escapes text for HTML. */
export const html = (text: string | number | undefined): string =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

const verdictClass: Record<Verdict, string> = {
  passed: 'ok',
  failed: 'bad',
  waived: 'warn',
  skipped: 'warn',
  'not covered': 'warn',
  'not applicable': 'quiet',
  attested: 'ok',
  'not attested': 'warn',
  'could not run': 'warn',
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d0d7;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f5}
.ok{color:#0a6b2d}.bad{color:#b3261e;font-weight:600}.warn{color:#8a5a00}.quiet{color:#6b6b75}
.verdict{font-size:1.3rem;font-weight:700;padding:.5rem .8rem;border-radius:.3rem;display:inline-block}
.verdict.ok{background:#e3f5e9}.verdict.bad{background:#fbe6e4}.verdict.warn{background:#fdf1d8}
code{font-size:.9em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
nav ul{columns:2;padding-left:1.2rem}.bar{display:flex;height:.9rem;min-width:12rem;border-radius:.2rem;overflow:hidden;background:#eee}
.bar span{display:block;height:100%}.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem;padding:0;list-style:none}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:.15rem;margin-right:.35rem;vertical-align:-.05rem}
.passed-fill{background:#2e9d57}.failed-fill{background:#d93025}.waived-fill,.skipped-fill{background:#e8b400}
.not-covered-fill,.not-attested-fill,.could-not-run-fill{background:#f08a24}.attested-fill{background:#3b6fd1}.not-applicable-fill{background:#c8c8d0}
pre.mermaid{background:#fff;border:1px solid #e2e2e8;padding:.5rem;overflow:auto}
tr:target{background:#fff7d6}td:first-child{white-space:nowrap}`

/** The class that colours a verdict's segment of a bar and its square in the legend. */
const fill = (verdict: Verdict): string => `${verdict.replaceAll(' ', '-')}-fill`

/**
 * What each colour of the bars stands for: colour is never the only way a verdict is told (each bar has its words too).
 */
const legend = (): string =>
  `<ul class="legend" aria-label="what the colours of the bars stand for">${BAR_ORDER.map((verdict) => `<li><i class="${fill(verdict)}"></i>${html(verdict)}</li>`).join('')}</ul>`

/** A bar of one segment per verdict, as wide as its share of the procedure's requirements. */
function bar({ rows, counts }: ProcedureSummary): string {
  const segments = BAR_ORDER.filter((verdict) => counts[verdict] > 0).map(
    (verdict) =>
      `<span class="${fill(verdict)}" style="width:${((100 * counts[verdict]) / rows.length).toFixed(2)}%" title="${counts[verdict]} ${verdict}"></span>`,
  )
  return `<div class="bar" role="img" aria-label="${BAR_ORDER.filter((verdict) => counts[verdict] > 0)
    .map((verdict) => `${counts[verdict]} ${verdict}`)
    .join(', ')}">${segments.join('')}</div>`
}

/** The sections a requirement rests on, under its source, for a reader who opens the pages. */
const citedSections = (cites: readonly string[] | undefined): string =>
  cites && cites.length > 0
    ? `<details><summary>sections</summary><ul>${cites.map((cite) => `<li><code>${html(cite)}</code></li>`).join('')}</ul></details>`
    : ''

/**
 * The conformance report as one self-contained HTML page: the diagrams are drawn by Mermaid, inlined; no external file.
 */
export function renderConformanceHtml(report: ConformanceReport): string {
  const byProcedure = procedures(report)
  return [
    ...overview(report, byProcedure),
    ...toLookAt(report),
    ...requirementTables(byProcedure),
    ...workflowDiagrams(report),
    ...waiverTable(report),
    ...readingsRestedOn(report),
    ...sourceList(),
    '</main>',
    mermaidScript(),
    '</body></html>\n',
  ].join('\n')
}

/** The head of the page, the verdict, the run, the contents and the procedures' counts. */
function overview(report: ConformanceReport, byProcedure: ReturnType<typeof procedures>): string[] {
  const { run } = report
  const verdictStyle = report.verdict === 'not conformant' ? 'bad' : report.verdict === 'conformant' ? 'ok' : 'warn'
  const notPassing = scenariosToLookAt(report)
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Conformance: ${html(run.target)}</title><style>${STYLE}</style></head><body><main>`,
    '<h1>Service Exchange onboarding: conformance report</h1>',
    `<p class="verdict ${verdictStyle}">${html(report.verdict.toUpperCase())}</p>`,
    '<dl>',
    `<dt>Target</dt><dd>${html(run.target ?? 'unknown')}</dd>`,
    `<dt>Release</dt><dd>${html(run.release ?? 'unknown')}</dd>`,
    `<dt>Parts not offered</dt><dd>${html(run.without?.length ? run.without.join(', ') : 'none: every optional part was verified')}</dd>`,
    `<dt>Seed</dt><dd><code>${html(run.seed)}</code></dd>`,
    `<dt>Started</dt><dd>${html(run.startedAt)}${run.durationMs === undefined ? '' : `, ${html((run.durationMs / 1000).toFixed(2))} s`}</dd>`,
    `<dt>Requirements</dt><dd>${Object.entries(report.totals.requirements)
      .filter(([, n]) => n > 0)
      .map(([verdict, n]) => `${n} ${html(verdict)}`)
      .join(', ')}</dd>`,
    `<dt>Scenarios</dt><dd>${
      Object.entries(report.totals.scenarios)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${html(status)}`)
        .join(', ') || 'none ran'
    }</dd>`,
    '</dl>',
    '<nav><h2>Contents</h2><ul><li><a href="#procedures">Procedures</a></li>',
    ...(notPassing.length > 0 ? ['<li><a href="#to-look-at">Scenarios to look at</a></li>'] : []),
    ...byProcedure.map((procedure) => `<li><a href="#${procedure.anchor}">${html(procedure.name)}</a></li>`),
    '<li><a href="#workflows">The workflows</a></li><li><a href="#waivers">Waivers</a></li><li><a href="#readings">Readings</a></li><li><a href="#sources">Sources</a></li></ul></nav>',
    '<h2 id="procedures">Procedures</h2><table><thead><tr><th>Procedure</th><th>Requirements</th><th>Passed</th><th>Failed</th><th>Waived</th><th>Not applicable</th><th>Verdicts</th></tr></thead><tbody>',
    ...byProcedure.map(
      (procedure) =>
        `<tr><td><a href="#${procedure.anchor}">${html(procedure.name)}</a></td><td>${procedure.rows.length}</td><td>${procedure.counts.passed}</td><td>${procedure.counts.failed}</td>` +
        `<td>${procedure.counts.waived}</td><td>${procedure.counts['not applicable']}</td><td>${bar(procedure)}</td></tr>`,
    ),
    '</tbody></table>',
    legend(),
  ]
}

/** The scenarios that did not pass, with why, their last exchanges and what passed between the parties. */
function toLookAt(report: ConformanceReport): string[] {
  const notPassing = scenariosToLookAt(report)
  const parts: string[] = []
  if (notPassing.length > 0) {
    parts.push(
      '<h2 id="to-look-at">Scenarios to look at</h2><table><thead><tr><th>Requirement</th><th>Scenario</th><th>Where</th><th>Status</th><th>Why</th></tr></thead><tbody>',
    )
    notPassing.forEach(({ row, scenario }, index) => {
      const exchanges = scenario.lastExchanges
        ? `<details><summary>the last exchanges with the target</summary><pre>${html(scenario.lastExchanges.join('\n'))}</pre></details>`
        : ''
      const sequence = scenario.sequenceDiagram
        ? ` <a href="#sequence-${index + 1}">what passed between the parties</a>`
        : ''
      parts.push(
        `<tr><td><a href="#${html(row.id)}">${html(row.id)}</a></td><td>${html(scenario.name)}</td><td><code>${html(scenario.location)}</code></td><td>${html(standing(scenario))}</td><td>${html(scenario.message)}${sequence}${exchanges}</td></tr>`,
      )
    })
    parts.push('</tbody></table>')
    notPassing.forEach(({ row, scenario }, index) => {
      if (!scenario.sequenceDiagram) return
      parts.push(
        `<h3 id="sequence-${index + 1}">${html(row.id)}: ${html(scenario.name)}</h3><p><code>${html(scenario.location)}</code>: ${html(scenario.message ?? standing(scenario))}</p><pre class="mermaid">${html(scenario.sequenceDiagram)}</pre>`,
      )
    })
  }
  return parts
}

/** One table per procedure, a row per requirement. */
function requirementTables(byProcedure: ReturnType<typeof procedures>): string[] {
  const parts: string[] = []
  parts.push('<h2>Requirements</h2>')
  for (const procedure of byProcedure) {
    parts.push(`<h3 id="${procedure.anchor}">${html(procedure.name)}</h3>${bar(procedure)}`)
    parts.push(
      '<table><thead><tr><th>ID</th><th>Level</th><th>Requirement</th><th>Source</th><th>Scenarios passed</th><th>Readings</th><th>Verdict</th></tr></thead><tbody>',
    )
    for (const row of procedure.rows) {
      const passed = row.scenarios.filter((scenario) => scenario.status === 'passed').length
      parts.push(
        `<tr id="${html(row.id)}"><td><a href="#${html(row.id)}">${html(row.id)}</a></td><td>${html(row.level)}</td><td>${html(row.statement)}</td><td>${html(row.source)}${citedSections(row.cites)}</td>` +
          `<td>${passed}/${row.scenarios.length}</td><td>${html(row.readings.join(', '))}</td><td class="${verdictClass[row.verdict]}">${html(row.verdict)}</td></tr>`,
      )
    }
    parts.push('</tbody></table>')
  }
  return parts
}

/** The state diagrams of the workflows of the run's release. */
function workflowDiagrams(report: ConformanceReport): string[] {
  const parts: string[] = []
  parts.push('<h2 id="workflows">The workflows</h2><p>Each transition names the requirements that govern it.</p>')
  for (const workflow of workflowsOf(report.run.release)) {
    // Requirement IDs with non-breaking hyphens: the diagram wraps a long line of them between IDs, never inside one.
    parts.push(
      `<h3>${html(workflow.title)}</h3><pre class="mermaid">${html(stateDiagram(workflow).replace(/\b([A-Z]+)-(\d)/g, '$1\u2011$2'))}</pre>`,
      ...(workflow.everyEvent ? [`<p>${html(everyEventNote(workflow.everyEvent))}</p>`] : []),
    )
  }
  return parts
}

/** The waivers in force, with what each accepted. */
function waiverTable(report: ConformanceReport): string[] {
  const parts: string[] = []
  parts.push('<h2 id="waivers">Waivers</h2>')
  if (report.waivers.length === 0) parts.push('<p>None were given.</p>')
  else {
    parts.push(
      '<table><thead><tr><th>Waives</th><th>Reason</th><th>Owner</th><th>Expires</th><th>Failures accepted</th><th>Unexpectedly passing</th></tr></thead><tbody>',
    )
    for (const waiver of report.waivers) {
      parts.push(
        `<tr><td>${html(waiver.requirement ?? waiver.scenario)}</td><td>${html(waiver.reason)}</td><td>${html(waiver.owner)}</td>` +
          `<td class="${waiver.expired ? 'bad' : ''}">${html(waiver.expires)}${waiver.expired ? ' (expired)' : ''}</td><td>${waiver.accepted}</td><td>${waiver.unexpectedlyPassing}</td></tr>`,
      )
    }
    parts.push('</tbody></table>')
  }
  return parts
}

/** The readings this run relied on, each with its sides and the requirements resting on it. */
function readingsRestedOn(report: ConformanceReport): string[] {
  const parts: string[] = []
  parts.push(
    '<h2 id="readings">Readings the verdicts rest on</h2><p>Where the sources disagree, the kit holds targets to one reading.</p>',
  )
  for (const reading of report.readings) {
    parts.push(
      `<h3>${html(reading.id)}: ${html(reading.question)}</h3><ul>`,
      ...(reading.contradiction ? [`<li>Recorded in: ${html(reading.contradiction)}</li>`] : []),
      `<li>Implemented: ${html(reading.implemented.position)} (${html(reading.implemented.sources)})</li>`,
      ...reading.alternatives.map(
        (alternative) => `<li>Not implemented: ${html(alternative.position)} (${html(alternative.sources)})</li>`,
      ),
      `<li>Why: ${html(reading.why)}</li><li>Requirements resting on it: ${html(reading.requirements.join(', ') || 'none in this run')}</li></ul>`,
    )
  }
  return parts
}

/** The legend of the sources the requirements cite. */
function sourceList(): string[] {
  const parts: string[] = []
  parts.push(
    '<h2 id="sources">Sources</h2><ul>',
    ...Object.entries(sourceLegend).map(
      ([key, source]: [string, Source]) =>
        `<li><strong>${html(key)}</strong>: ${source.url ? `<a href="${html(source.url)}">${html(source.title)}</a>` : html(source.title)}</li>`,
    ),
    '</ul>',
  )
  return parts
}
