import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { ConformanceReport, ScenarioResult } from '../report/conformance-report.schema'
import { ConfigurationError } from '../run/configuration-error'
import { EXIT, verifyVerdict, type RunDescription } from './verify-verdict'

type Row = ConformanceReport['requirements'][number]

const scenario = (status: ScenarioResult['status']): ScenarioResult => ({
  name: 'a scenario',
  location: 'features/x.feature:1',
  status,
  readings: [],
})
const row = (id: string, verdict: Row['verdict'], scenarios: ScenarioResult[]): Row => ({
  id,
  procedure: 'A procedure',
  statement: 'a rule of the procedures',
  source: 'S0',
  releases: ['australia'],
  level: 'MUST',
  verdict,
  readings: [],
  scenarios,
})

/** A report of these rows, with the overall verdict the report builder would give them. */
function reportOf(verdict: ConformanceReport['verdict'], rows: Row[], expiredWaivers = 0): ConformanceReport {
  const count = (value: string) => rows.filter((candidate) => candidate.verdict === value).length
  return {
    verdict,
    run: {},
    totals: {
      requirements: {
        passed: count('passed'),
        failed: count('failed'),
        waived: count('waived'),
        skipped: count('skipped'),
        'not covered': count('not covered'),
        'not applicable': count('not applicable'),
        attested: count('attested'),
        'not attested': count('not attested'),
        'could not run': count('could not run'),
      },
      scenarios: {
        passed: 0,
        failed: 0,
        skipped: 0,
        pending: 0,
        undefined: 0,
        ambiguous: 0,
        unknown: 0,
        'not applicable': 0,
        'could not run': 0,
      },
    },
    requirements: rows,
    readings: [],
    waivers: Array.from({ length: expiredWaivers }, () => ({
      requirement: 'PC-01',
      reason: 'r',
      owner: 'o',
      expires: '2000-01-01',
      expired: true,
      accepted: 0,
      unexpectedlyPassing: 0,
    })) as ConformanceReport['waivers'],
  }
}

const whole: RunDescription = { target: 'http://t', release: 'australia', reportDir: 'reports/verify' }
const narrowed: RunDescription = { ...whole, narrowedBy: '--tags @req:PC-01' }

describe("verify's exit code, one test per rule", () => {
  test('0. a run that trouble outside the target stopped could not run, though a requirement failed: the line says what, where and how many', () => {
    const stopped = {
      ...scenario('could not run'),
      name: 'the admin creates a connection',
      location: 'features/a.feature:7',
      message: 'the target refused the setup token (setup-token-invalid): give the token',
    }
    const report = reportOf('could not run', [
      row('PC-01', 'failed', [scenario('failed')]),
      row('PC-02', 'could not run', [stopped, { ...stopped, location: 'features/a.feature:9' }]),
    ])
    assert.throws(
      () => verifyVerdict(report, whole),
      (error) =>
        error instanceof ConfigurationError &&
        error.message ===
          'the target refused the setup token (setup-token-invalid): give the token (at "the admin creates a connection", features/a.feature:7, and 1 more scenario(s)); no verdict on http://t (australia), reports in reports/verify',
    )
  })
  test('1. a failed requirement is not conformant, whether or not --tags narrowed the run, and the line names it', () => {
    const report = reportOf('not conformant', [
      row('PC-01', 'failed', [scenario('failed')]),
      row('PC-02', 'passed', [scenario('passed')]),
    ])
    for (const run of [whole, narrowed]) {
      const verdict = verifyVerdict(report, run)
      assert.equal(verdict.code, EXIT.notConformant)
      assert.match(verdict.line, /^NOT CONFORMANT: http:\/\/t \(australia\) failed PC-01;/)
    }
  })
  test('1. an expired waiver is not conformant', () => {
    const verdict = verifyVerdict(reportOf('not conformant', [row('PC-01', 'passed', [scenario('passed')])], 1), whole)
    assert.equal(verdict.code, EXIT.notConformant)
    assert.match(verdict.line, /1 waiver\(s\) expired/)
  })
  test('2. a run in which no scenario ran could not run', () => {
    assert.throws(
      () => verifyVerdict(reportOf('incomplete', [row('PC-01', 'not covered', [])]), narrowed),
      (error) => error instanceof ConfigurationError && /none matches --tags @req:PC-01/.test(error.message),
    )
  })
  test('3. a whole run that leaves a requirement unverified is not conformant, and says how many', () => {
    const verdict = verifyVerdict(
      reportOf('incomplete', [
        row('PC-01', 'passed', [scenario('passed')]),
        row('PC-02', 'skipped', [scenario('skipped')]),
        row('PC-03', 'not covered', []),
      ]),
      whole,
    )
    assert.equal(verdict.code, EXIT.notConformant)
    assert.match(verdict.line, /^NOT CONFORMANT: .* left 2 requirement\(s\) unverified;/)
  })
  test('4. a run narrowed with --tags that passed what it selected is conformant, and says what it did not exercise', () => {
    const verdict = verifyVerdict(
      reportOf('incomplete', [row('PC-01', 'passed', [scenario('passed')]), row('PC-02', 'not covered', [])]),
      narrowed,
    )
    assert.equal(verdict.code, EXIT.conformant)
    assert.match(verdict.line, /^CONFORMANT: .*, 1 requirement\(s\) not exercised by the selected scenarios;/)
  })
  test('5. a whole run that passed, some requirements under waivers, is conformant and says how many were waived', () => {
    const verdict = verifyVerdict(
      reportOf('conformant with waivers', [
        row('PC-01', 'passed', [scenario('passed')]),
        row('PC-02', 'waived', [scenario('failed')]),
      ]),
      whole,
    )
    assert.equal(verdict.code, EXIT.conformant)
    assert.match(
      verdict.line,
      /^CONFORMANT: http:\/\/t \(australia\), 1 requirement\(s\) waived; reports in reports\/verify$/,
    )
  })
  test('5. a conformant run whose waived scenarios pass again says so in its last line: the waivers can go', () => {
    const report = reportOf('conformant', [
      row('PC-01', 'passed', [{ ...scenario('passed'), unexpectedlyPassing: true }]),
    ])
    report.waivers = [
      {
        requirement: 'PC-01',
        reason: 'r',
        owner: 'o',
        expires: '2999-01-01',
        expired: false,
        accepted: 0,
        unexpectedlyPassing: 2,
      },
    ]
    const verdict = verifyVerdict(report, whole)
    assert.equal(verdict.code, EXIT.conformant)
    assert.match(
      verdict.line,
      /^CONFORMANT: http:\/\/t \(australia\), 2 waived scenario\(s\) now pass \(their waivers can go\); reports in reports\/verify$/,
    )
  })
})
