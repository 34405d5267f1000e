import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { readWaivers } from '../report/waivers'
import { startReferenceProcess, type ReferenceProcess } from '../tools/reference-process'
import { runCli, runCliHere } from './run-cli'

import { DUPLICATES, folder, reportOf, waiverFile } from './verify-test-files'

describe('verify against a target that breaks one rule (PC-10 switched off)', () => {
  let target: ReferenceProcess
  before(async () => {
    target = await startReferenceProcess(['--fault', 'PC-10'])
  })
  after(() => target.stop())

  test('exits 1, and the last line and the report name the failing requirement', async () => {
    const dir = join(folder, 'fault')
    const run = await runCli(['verify', '--target', target.url, '--tags', DUPLICATES, '--report-dir', dir], {
      SX_SEED: '1',
      ...target.env,
    })
    assert.equal(run.code, 1, run.stdout + run.stderr)
    assert.match(run.lastLine, /^NOT CONFORMANT: .* failed PC-10;/)
    assert.match(
      run.stderr,
      /^progress: (\d+) of \1 scenarios done, [1-9]\d* failed, 0 could not run \(\d+ s\)$/m,
      'the last progress line',
    )
    const report = reportOf(dir)
    assert.equal(report.requirements.find((row) => row.id === 'PC-10')?.verdict, 'failed')
    assert.equal(report.requirements.find((row) => row.id === 'PC-11')?.verdict, 'passed')
    assert.match(readFileSync(join(dir, 'conformance.md'), 'utf8'), /\| PC-10 \|.*\*\*FAILED\*\*/)
    assert.match(readFileSync(join(dir, 'conformance.html'), 'utf8'), /<tr id="PC-10">.*class="bad">failed/)
    assert.match(readFileSync(join(dir, 'junit.xml'), 'utf8'), /<failure/)
  })

  test('each failing scenario shows its last exchanges with the target, refusals by code, and no registration URL', async () => {
    const report = reportOf(join(folder, 'fault'))
    const failed = report.requirements
      .find((row) => row.id === 'PC-10')
      ?.scenarios.find((scenario) => scenario.status === 'failed')
    assert.ok(
      failed?.lastExchanges?.some((line) =>
        /^POST \/provider-instances\/\{instance\}\/connections as \S+ → 201$/.test(line),
      ),
      JSON.stringify(failed?.lastExchanges),
    )
    const page = readFileSync(join(folder, 'fault', 'conformance.md'), 'utf8')
    assert.match(page, /The last exchanges with the target:/)
    assert.doesNotMatch(
      readFileSync(join(folder, 'fault', 'messages.ndjson'), 'utf8'),
      /\/sx\/registration\/[A-Za-z0-9_-]{8,}/,
      'a registration token in the attached exchanges',
    )
  })

  test('a waiver in force accepts the failure; one for a passing requirement is reported as unexpectedly passing', async () => {
    const dir = join(folder, 'waived')
    const waivers = waiverFile('in-force.json', [
      {
        requirement: 'PC-10',
        reason: 'duplicate check lands next sprint',
        owner: 'team-onboarding',
        expires: '2999-12-31',
      },
      { requirement: 'PC-11', reason: 'thought to be broken', owner: 'team-onboarding', expires: '2999-12-31' },
    ])
    const run = await runCliHere(
      ['verify', '--target', target.url, '--tags', DUPLICATES, '--waivers', waivers, '--report-dir', dir],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(run.lastLine, /^CONFORMANT: .*1 requirement\(s\) waived/)
    const report = reportOf(dir)
    assert.equal(report.requirements.find((row) => row.id === 'PC-10')?.verdict, 'waived')
    const scenariosOf = (id: string, status: string) =>
      report.requirements.find((row) => row.id === id)!.scenarios.filter((scenario) => scenario.status === status)
        .length
    assert.deepEqual(
      report.waivers.map(({ requirement, accepted, unexpectedlyPassing, expired }) => ({
        requirement,
        accepted,
        unexpectedlyPassing,
        expired,
      })),
      [
        // With the rule off, its scenarios fail, but for the one that a company's second instance may be connected.
        {
          requirement: 'PC-10',
          accepted: scenariosOf('PC-10', 'failed'),
          unexpectedlyPassing: scenariosOf('PC-10', 'passed'),
          expired: false,
        },
        {
          requirement: 'PC-11',
          accepted: 0,
          unexpectedlyPassing: report.requirements.find((row) => row.id === 'PC-11')!.scenarios.length,
          expired: false,
        },
      ],
    )
  })

  test('--write-waivers writes a waiver for each failing scenario; with them, the same target passes the gate, and only new breakage would fail it', async () => {
    const dir = join(folder, 'baseline')
    const file = join(folder, 'baseline.json')
    const run = await runCliHere(
      [
        'verify',
        '--target',
        target.url,
        '--tags',
        DUPLICATES,
        '--report-dir',
        dir,
        '--write-waivers',
        file,
        '--owner',
        'team-onboarding',
        '--expires',
        '2999-06-30',
      ],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 1, 'the run that takes the baseline still reports its verdict')
    const failing = reportOf(dir).requirements.flatMap((row) =>
      row.scenarios.filter((scenario) => scenario.status === 'failed').map((scenario) => scenario.name),
    )
    const written = readWaivers(file)
    assert.deepEqual(written.map((waiver) => waiver.scenario).sort(), [...new Set(failing)].sort())
    assert.ok(
      written.every(
        (waiver) =>
          waiver.owner === 'team-onboarding' && waiver.expires === '2999-06-30' && /PC-10/.test(waiver.reason),
      ),
    )
    assert.match(run.stdout, new RegExp(`wrote ${written.length} waiver\\(s\\) to `))
    const gated = await runCliHere(
      [
        'verify',
        '--target',
        target.url,
        '--tags',
        DUPLICATES,
        '--report-dir',
        join(folder, 'baseline-gated'),
        '--waivers',
        file,
      ],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(gated.code, 0, gated.stdout + gated.stderr)
    assert.match(gated.lastLine, /^CONFORMANT: .*1 requirement\(s\) waived/)
  })

  test('--rerun-failed runs only the scenarios that failed in an earlier report, and they fail again', async () => {
    const earlier = reportOf(join(folder, 'fault'))
    const failed = earlier.requirements.flatMap((row) =>
      row.scenarios.filter((scenario) => scenario.status === 'failed'),
    )
    const dir = join(folder, 'rerun')
    const run = await runCliHere(
      ['verify', '--target', target.url, '--rerun-failed', join(folder, 'fault'), '--report-dir', dir],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 1, run.stdout + run.stderr)
    const rerun = reportOf(dir).requirements.flatMap((row) => row.scenarios)
    assert.deepEqual(
      rerun.map((scenario) => `${scenario.location} ${scenario.status}`).sort(),
      failed.map((scenario) => `${scenario.location} failed`).sort(),
    )
    const allPassed = join(folder, 'all-passed')
    mkdirSync(allPassed, { recursive: true })
    const passedEverywhere = {
      ...earlier,
      requirements: earlier.requirements.map((row) => ({
        ...row,
        scenarios: row.scenarios.map((scenario) => ({ ...scenario, status: 'passed' as const })),
      })),
    }
    writeFileSync(join(allPassed, 'conformance.json'), JSON.stringify(passedEverywhere))
    const clean = await runCliHere(
      ['verify', '--target', target.url, '--rerun-failed', allPassed, '--report-dir', join(folder, 'rerun-none')],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(clean.code, 0, clean.stdout + clean.stderr)
    assert.match(clean.lastLine, /^NOTHING TO RERUN: no scenario failed in /)
  })

  test('an expired waiver fails the gate', async () => {
    const dir = join(folder, 'expired')
    const waivers = waiverFile('expired.json', [
      { requirement: 'PC-10', reason: 'was to be fixed', owner: 'team-onboarding', expires: '2020-01-31' },
    ])
    const run = await runCliHere(
      ['verify', '--target', target.url, '--tags', DUPLICATES, '--waivers', waivers, '--report-dir', dir],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 1, run.stdout + run.stderr)
    assert.match(run.lastLine, /^NOT CONFORMANT: .*failed PC-10; 1 waiver\(s\) expired/)
  })
})

describe('verify against a target without the optional parts', () => {
  let target: ReferenceProcess
  before(async () => {
    target = await startReferenceProcess(['--without', 'clock', '--without', 'legacy'])
  })
  after(() => target.stop())

  test('exits 0; scenarios of the parts left out are not applicable, and the reports name the parts', async () => {
    const dir = join(folder, 'parts')
    const run = await runCliHere(
      ['verify', '--target', target.url, '--tags', '@req:TASK-07 or @req:LEG-01 or @req:TASK-06', '--report-dir', dir],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 0, run.stdout + run.stderr)
    const report = reportOf(dir)
    const verdicts = Object.fromEntries(
      report.requirements
        .filter((row) => ['TASK-06', 'TASK-07', 'LEG-01'].includes(row.id))
        .map((row) => [row.id, row.verdict]),
    )
    assert.deepEqual(verdicts, { 'TASK-06': 'passed', 'TASK-07': 'not applicable', 'LEG-01': 'not applicable' })
    assert.deepEqual(report.run.without, ['legacy', 'clock'])
    assert.ok(report.totals.scenarios['not applicable'] > 0)
    const counts = /^scenarios: (.*)$/m.exec(run.stdout + run.stderr)?.[1]
    assert.equal(
      counts,
      `${report.totals.scenarios.passed} passed, 0 failed, 0 skipped, ${report.totals.scenarios['not applicable']} not applicable`,
      'not applicable scenarios are not counted as failed',
    )
    assert.match(readFileSync(join(dir, 'conformance.html'), 'utf8'), /Parts not offered<\/dt><dd>legacy, clock/)
    for (const file of [
      'conformance.md',
      'conformance.json',
      'cucumber.html',
      'junit.xml',
      'messages.ndjson',
      'rerun.txt',
    ])
      assert.ok(existsSync(join(dir, file)), `verify wrote no ${file}`)
  })

  test('the wrong setup token is no verdict on the target: exit 2, one line saying what to do and where, and reports marked "could not run"', async () => {
    const dir = join(folder, 'wrong-token')
    const run = await runCli(['verify', '--target', target.url, '--tags', DUPLICATES, '--report-dir', dir], {
      SX_SEED: '1',
      SX_SETUP_TOKEN: 'not-the-token',
    })
    assert.equal(run.code, 2, run.stdout + run.stderr)
    assert.match(
      run.lastLine,
      /^sx-conformance: could not run: the target refused the setup token \(setup-token-invalid\): give the token it expects with --setup-token or SX_SETUP_TOKEN \(at ".+", features\/.+\.feature:\d+\); no verdict on /,
    )
    assert.doesNotMatch(run.stdout + run.stderr, /NOT CONFORMANT/)
    const report = reportOf(dir)
    assert.equal(report.verdict, 'could not run')
    assert.equal(report.totals.requirements.failed, 0, 'no requirement is failed for it')
    assert.equal(report.totals.scenarios['could not run'], 1, 'the first scenario says it; the others are skipped')
  })

  test('trouble is said again by a later run in the same process, not carried over from the one before', async () => {
    for (const run of [1, 2]) {
      const refused = await runCliHere(
        ['verify', '--target', target.url, '--tags', DUPLICATES, '--report-dir', join(folder, `refused-${run}`)],
        { SX_SEED: '1', SX_SETUP_TOKEN: 'not-the-token' },
      )
      assert.equal(refused.code, 2, `run ${run}: ${refused.stdout}${refused.stderr}`)
      assert.match(refused.lastLine, /could not run: the target refused the setup token/, `run ${run}`)
    }
  })

  test('a tag expression that selects no scenario cannot run: exit 2', async () => {
    const run = await runCliHere(
      ['verify', '--target', target.url, '--tags', '@req:PC-99', '--report-dir', join(folder, 'none')],
      { SX_SEED: '1', ...target.env },
    )
    assert.equal(run.code, 2, run.stdout + run.stderr)
    assert.match(run.lastLine, /could not run: no scenario ran against .*: none matches --tags @req:PC-99/)
  })
})

describe('a reference server that holds two provider instances at a time', () => {
  let target: ReferenceProcess
  before(async () => {
    target = await startReferenceProcess(['--max-instances', '2'])
  })
  after(() => target.stop())

  // Both runs in this process, as a harness that verifies more than once in its own process would run them: each with
  // the seed it was given.
  test('takes run after run: each scenario closes the instances it opened', async () => {
    for (const run of [1, 2]) {
      const dir = join(folder, `closing-${run}`)
      const verified = await runCliHere(
        ['verify', '--target', target.url, '--tags', '@req:PC-11 or @req:PC-04', '--report-dir', dir],
        { SX_SEED: String(run), ...target.env },
      )
      assert.equal(verified.code, 0, `run ${run}: ${verified.lastLine}`)
      assert.equal(reportOf(dir).run.seed, run, `run ${run} reported the seed of another run`)
    }
  })
})
