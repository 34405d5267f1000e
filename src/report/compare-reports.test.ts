import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ConformanceReport, Verdict } from './conformance-report.schema'
import { compareReports, renderComparisonHtml, renderComparisonMarkdown, type Compared } from './compare-reports'

/** A report of one target and release, started at a time, with these verdicts. */
function report(target: string, startedAt: string, verdicts: Record<string, Verdict>): ConformanceReport {
  const requirements = Object.entries(verdicts).map(([id, verdict]) => ({
    id,
    procedure: 'P',
    statement: `rule ${id}`,
    source: 'S0',
    releases: ['australia' as const],
    level: 'MUST' as const,
    verdict,
    readings: [],
    scenarios: [],
  }))
  const count = (value: Verdict) => requirements.filter((row) => row.verdict === value).length
  return {
    verdict: count('failed') > 0 ? 'not conformant' : 'conformant',
    run: { target, release: 'australia', startedAt },
    totals: {
      requirements: {
        passed: count('passed'),
        failed: count('failed'),
        waived: 0,
        skipped: 0,
        'not covered': 0,
        'not applicable': 0,
        attested: 0,
        'not attested': 0,
        'could not run': 0,
      },
      scenarios: {} as ConformanceReport['totals']['scenarios'],
    },
    requirements,
    readings: [],
    waivers: [],
  }
}

test('runs of one implementation are compared in the order they ran, whatever order they are given in; another implementation is never compared with them', () => {
  const compared: Compared[] = [
    {
      label: 'monday',
      report: report('ours', '2026-11-02T09:00:00Z', { 'PC-01': 'passed', 'PC-02': 'failed', 'PC-03': 'passed' }),
    },
    {
      label: 'theirs',
      report: report('theirs', '2026-11-03T09:00:00Z', { 'PC-01': 'failed', 'PC-02': 'passed', 'PC-03': 'passed' }),
    },
    {
      label: 'sunday',
      report: report('ours', '2026-11-01T09:00:00Z', { 'PC-01': 'passed', 'PC-02': 'passed', 'PC-03': 'failed' }),
    },
  ]
  const comparison = compareReports(compared)
  assert.deepEqual(comparison.columns, ['monday', 'theirs', 'sunday'])
  assert.deepEqual(comparison.changes, [
    { requirement: 'PC-02', label: 'monday', since: 'sunday', from: 'passed', to: 'failed', kind: 'regressed' },
    { requirement: 'PC-03', label: 'monday', since: 'sunday', from: 'failed', to: 'passed', kind: 'fixed' },
  ])
  assert.deepEqual(comparison.rows.find((row) => row.id === 'PC-01')?.cells, [
    { verdict: 'passed' },
    { verdict: 'failed' },
    { verdict: 'passed' },
  ])
  const markdown = renderComparisonMarkdown(comparison, compared)
  assert.match(markdown, /\| PC-02 \| rule PC-02 \| \*\*failed\*\* \(was passed\) \| passed \| passed \|/)
  assert.match(markdown, /\| PC-03 \| monday \| sunday \| failed \| passed \| fixed \|/)
  const page = renderComparisonHtml(comparison, compared)
  assert.match(
    page,
    /<tr id="PC-02"><td class="id">PC-02<\/td><td>P<\/td><td>rule PC-02<\/td><td class="failed changed">failed \(was passed\)<\/td>/,
  )
  assert.doesNotMatch(page, /\*\*/, 'no Markdown in the page')
})

test('a requirement one run lacks (an older catalog) or did not exercise is shown as such, and is no change', () => {
  const comparison = compareReports([
    { label: 'old', report: report('ours', '2026-11-01T09:00:00Z', { 'PC-01': 'passed' }) },
    { label: 'new', report: report('ours', '2026-11-02T09:00:00Z', { 'PC-01': 'passed', 'PC-02': 'passed' }) },
    {
      label: 'narrowed',
      report: report('ours', '2026-11-03T09:00:00Z', { 'PC-01': 'not covered', 'PC-02': 'skipped' }),
    },
  ])
  assert.deepEqual(comparison.rows.find((row) => row.id === 'PC-02')?.cells, [
    { verdict: undefined },
    { verdict: 'passed' },
    { verdict: 'skipped', was: 'passed' },
  ])
  assert.deepEqual(comparison.rows.find((row) => row.id === 'PC-01')?.cells, [
    { verdict: 'passed' },
    { verdict: 'passed' },
    { verdict: 'not covered' },
  ])
  assert.deepEqual(
    comparison.changes.map((change) => `${change.requirement} ${change.kind}`),
    ['PC-02 changed'],
  )
})
