import type { ConformanceReport, Verdict } from './conformance-report.schema'

type Row = ConformanceReport['requirements'][number]

/** One procedure of the report: its requirements, and how many came to each verdict. */
export type ProcedureSummary = { name: string; anchor: string; rows: Row[]; counts: Record<Verdict, number> }

/** The order verdicts take in a bar: what passed first, what needs looking at next, what did not apply last. */
export const BAR_ORDER: readonly Verdict[] = [
  'passed',
  'attested',
  'failed',
  'waived',
  'skipped',
  'not covered',
  'not attested',
  'could not run',
  'not applicable',
]

/**
 * A heading's anchor as GitHub makes it (lower case, punctuation dropped, spaces to dashes); the HTML page uses the
 * same.
 */
export const anchorOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-')

/** The report's requirements grouped by procedure, in catalog order. */
export function procedures(report: ConformanceReport): ProcedureSummary[] {
  const names = [...new Set(report.requirements.map((row) => row.procedure))]
  return names.map((name) => {
    const rows = report.requirements.filter((row) => row.procedure === name)
    const counts = Object.fromEntries(
      BAR_ORDER.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length]),
    ) as Record<Verdict, number>
    return { name, anchor: anchorOf(name), rows, counts }
  })
}

/** The scenarios of applicable requirements that did not pass, or passed under a waiver, with their requirement. */
export function scenariosToLookAt(report: ConformanceReport): { row: Row; scenario: Row['scenarios'][number] }[] {
  // Scenarios of requirements that do not apply to this target did not run on purpose: they are no finding.
  return report.requirements
    .filter((row) => row.verdict !== 'not applicable')
    .flatMap((row) =>
      row.scenarios
        .filter((scenario) => scenario.status !== 'passed' || scenario.unexpectedlyPassing)
        .map((scenario) => ({ row, scenario })),
    )
}

/** How a scenario to look at stands, in words. */
export function standing(scenario: Row['scenarios'][number]): string {
  if (scenario.unexpectedlyPassing) return 'passed under a waiver: drop the waiver'
  return scenario.waivedBy ? `${scenario.status}, waived by ${scenario.waivedBy}` : scenario.status
}
