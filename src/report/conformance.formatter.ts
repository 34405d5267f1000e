import type { FormatterPlugin } from '@cucumber/cucumber/api'
import type { Envelope } from '@cucumber/messages'
import { readings, requirements } from '../requirements/catalog'
import { buildConformanceReport, RunCollector } from './conformance-report'
import { renderConformanceHtml } from './conformance-html'
import { renderConformanceMarkdown } from './conformance-markdown'
import type { ConformanceReport } from './conformance-report.schema'

/**
 * How many scenarios ended each way, each status by its own name: a scenario of a part the target does not offer is not
 * applicable, not failed. Passed, failed and skipped always show; other statuses when they occur.
 */
export function scenarioCounts(report: ConformanceReport): string {
  const always = new Set(['passed', 'failed', 'skipped'])
  return Object.entries(report.totals.scenarios)
    .filter(([status, count]) => always.has(status) || count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ')
}

/**
 * The report of each run, by the envelope that ended it: the three formatters of a run (JSON, Markdown, HTML) are given
 * the same envelopes, and the first to see the run end builds the report they all render.
 */
const reportsOfRuns = new WeakMap<Envelope, ConformanceReport>()

function reportOf(ended: Envelope, envelopes: Envelope[]): ConformanceReport {
  const known = reportsOfRuns.get(ended)
  if (known) return known
  const collector = new RunCollector()
  for (const envelope of envelopes) collector.take(envelope)
  const report = buildConformanceReport(collector, { requirements, readings })
  reportsOfRuns.set(ended, report)
  return report
}

/** A formatter that writes the conformance report, rendered one way, when the run ends. */
function conformanceFormatter(render: (report: ConformanceReport) => string, announce: boolean): FormatterPlugin {
  return {
    type: 'formatter',
    formatter({ on, write, logger }) {
      const envelopes: Envelope[] = []
      on('message', (envelope) => {
        envelopes.push(envelope)
        if (!envelope.testRunFinished) return
        const report = reportOf(envelope, envelopes)
        envelopes.length = 0
        write(render(report))
        if (announce) {
          const { passed, failed, attested } = report.totals.requirements
          logger.info(
            `conformance: ${report.verdict}, ${passed} of ${report.requirements.length - report.totals.requirements['not applicable']} requirements passed, ${attested} attested, ${failed} failed (target ${report.run.target ?? 'unknown'}, release ${report.run.release ?? 'unknown'}, seed ${report.run.seed ?? 'unknown'})`,
          )
          logger.info(`scenarios: ${scenarioCounts(report)}`)
        }
      })
    },
  }
}

/** The conformance report as JSON, for machines. */
export const conformanceJson = conformanceFormatter((report) => `${JSON.stringify(report, null, 2)}\n`, false)

/** The conformance report as Markdown, for people; also prints the verdict and the seed. */
export const conformanceMarkdown = conformanceFormatter(renderConformanceMarkdown, true)

/** The conformance report as a self-contained HTML page. */
export const conformanceHtml = conformanceFormatter(renderConformanceHtml, false)
