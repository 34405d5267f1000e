import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Envelope } from '@cucumber/messages'
import { CucumberHtmlStream } from '@cucumber/html-formatter'
import { JUnitXmlPrinter } from '@cucumber/junit-xml-formatter'
import { readings, requirements } from '../requirements/catalog'
import { buildConformanceReport, RunCollector } from './conformance-report'
import type { ConformanceReport } from './conformance-report.schema'
import { renderConformanceHtml } from './conformance-html'
import { renderConformanceMarkdown } from './conformance-markdown'

/** The locations of the scenarios that did not pass, one a line, as cucumber's rerun file lists them. */
export const rerunList = (report: ConformanceReport): string[] => [
  ...new Set(
    report.requirements
      .filter((row) => row.verdict !== 'not applicable')
      .flatMap((row) =>
        row.scenarios.filter((scenario) => scenario.status !== 'passed').map((scenario) => scenario.location),
      ),
  ),
]

/**
 * Writes the reports of a message stream that no formatter saw as it ran (shards merged into one run): the conformance
 * report three ways, the stream itself, cucumber's HTML page, JUnit XML and the rerun list.
 */
export async function writeReports(
  dir: string,
  envelopes: readonly Envelope[],
  adjust: (report: ConformanceReport) => ConformanceReport = (report) => report,
): Promise<ConformanceReport> {
  mkdirSync(dir, { recursive: true })
  const collector = new RunCollector()
  for (const envelope of envelopes) collector.take(envelope)
  const report = adjust(buildConformanceReport(collector, { requirements, readings }))
  writeFileSync(join(dir, 'conformance.json'), `${JSON.stringify(report, null, 2)}\n`)
  writeFileSync(join(dir, 'conformance.md'), renderConformanceMarkdown(report))
  writeFileSync(join(dir, 'conformance.html'), renderConformanceHtml(report))
  writeFileSync(join(dir, 'messages.ndjson'), envelopes.map((envelope) => `${JSON.stringify(envelope)}\n`).join(''))
  writeFileSync(join(dir, 'rerun.txt'), rerunList(report).join('\n'))
  let junit = ''
  const printer = new JUnitXmlPrinter(
    { suiteName: `sx-conformance: ${report.run.target ?? 'unknown'} (${report.run.release ?? 'unknown'})` },
    (content) => (junit += content),
  )
  for (const envelope of envelopes) printer.update(envelope)
  writeFileSync(join(dir, 'junit.xml'), junit)
  await pipeline(Readable.from(envelopes), new CucumberHtmlStream(), createWriteStream(join(dir, 'cucumber.html')))
  return report
}
