import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { ConformanceReport } from '../report/conformance-report.schema'
import { startReferenceProcess } from '../tools/reference-process'
import { runCli } from './run-cli'
import { runCucumber } from './cucumber-process'

/**
 * Slips that only show when two requests are between a rule's check and its record together: a create that looks for a
 * duplicate only before asking the consumer instance, a Start Registration that decides before it, a decision recorded
 * only after its email. In-process the pairs overlap by themselves; over HTTP and in a browser they overlap because the
 * kit's boundary holds each call until the other request calls too.
 */
const SLIPS = ['PC-10:checked-before-waiting', 'CT-04:checked-before-waiting', 'CSM-07:recorded-after-mail']
const CAUGHT = ['PC-10', 'CT-04', 'CSM-07']
const SIMULTANEOUS = '@simultaneous'

/** The scenarios of pairs, through the reference's screens in Chromium, each run in a cucumber process of its own. */
const inTheBrowser = (faults: string[]) =>
  runCucumber(
    { driver: 'browser', release: 'australia', faults },
    { tags: `${SIMULTANEOUS} and not @release:brazil and not @no-ui` },
  )

describe('acts issued at the same moment overlap in the target, whatever carries them', () => {
  test('over HTTP, a target that checks only before it waits fails each rule it slips on', async () => {
    const target = await startReferenceProcess(SLIPS.flatMap((slip) => ['--fault', slip]))
    try {
      const dir = mkdtempSync(join(tmpdir(), 'sx-simultaneous-'))
      const run = await runCli(['verify', '--target', target.url, '--tags', SIMULTANEOUS, '--report-dir', dir], {
        SX_SEED: '3',
        ...target.env,
      })
      assert.equal(run.code, 1, run.stdout + run.stderr)
      const report = ConformanceReport.parse(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))
      const failed = report.requirements.filter((row) => row.verdict === 'failed').map((row) => row.id)
      for (const id of CAUGHT) assert.ok(failed.includes(id), `${id} passed over HTTP; failed: ${failed.join(', ')}`)
    } finally {
      await target.stop()
    }
  })

  test('in the browser, each slip lets both acts of its pair through, and no pair does without a slip', async () => {
    const quiet = await inTheBrowser([])
    assert.equal(quiet.code, 0, quiet.output)
    for (const slip of SLIPS) {
      const run = await inTheBrowser([slip])
      assert.match(
        run.output,
        /2 of the 2 acts issued at the same moment were accepted/,
        `${slip} let no pair through in the browser:\n${run.output}`,
      )
    }
  })
})
