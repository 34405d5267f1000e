import type { FormatterPlugin } from '@cucumber/cucumber/api'
import { readings, requirements } from '../requirements/catalog'
import { buildConformanceReport, RunCollector } from './conformance-report'
import { renderConformanceHtml } from './conformance-html'
import { renderConformanceMarkdown } from './conformance-markdown'
import type { ConformanceReport } from './conformance-report.schema'

/** A formatter that writes the conformance report, rendered one way, when the run ends. */
function conformanceFormatter(render: (report: ConformanceReport) => string, announce: boolean): FormatterPlugin {
  return {
    type: 'formatter',
    formatter({ on, write, logger }) {
      const collector = new RunCollector()
      on('message', (envelope) => {
        collector.take(envelope)
        if (!envelope.testRunFinished) return
        const report = buildConformanceReport(collector, { requirements, readings })
        write(render(report))
        if (announce) {
          const { passed, failed } = report.totals.requirements
          const scenarios = report.totals.scenarios
          const notPassed = Object.values(scenarios).reduce((sum, n) => sum + n, 0) - scenarios.passed - scenarios.skipped
          logger.info(`conformance: ${report.verdict}, ${passed} of ${report.requirements.length - report.totals.requirements['not applicable']} requirements passed, ${failed} failed (target ${report.run.target ?? 'unknown'}, release ${report.run.release ?? 'unknown'}, seed ${report.run.seed ?? 'unknown'})`)
          logger.info(`scenarios: ${scenarios.passed} passed, ${notPassed} failed, ${scenarios.skipped} skipped`)
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
