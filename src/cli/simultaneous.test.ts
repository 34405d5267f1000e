import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { ConformanceReport } from '../report/conformance-report.schema'
import { startReferenceProcess } from '../tools/reference-process'
import { runCli } from './run-cli'
import { runCucumber } from './cucumber-process'
import { temporaryFolder } from '../run/temporary-folder'

/**
 * Slips that only show when two requests are between a rule's check and its record together: a create that looks for a
 * duplicate only before asking the consumer instance, a Start Registration that decides before it, a decision recorded
 * only after its email. In-process the pairs overlap by themselves; over HTTP and in a browser they overlap because the
 * kit's boundary holds each call until the other request calls too.
 */
const SLIPS = ['PC-10:checked-before-waiting', 'CT-04:checked-before-waiting', 'CSM-07:recorded-after-mail']
const CAUGHT = ['PC-10', 'CT-04', 'CSM-07']
/** The feature of each slip's pair, in the order of the slips. */
const PAIRED_IN = [
  'features/creating-a-connection.feature',
  'features/completing-a-registration.feature',
  'features/registering-on-the-customer-portal.feature',
]
const SIMULTANEOUS = '@simultaneous'

/** The scenarios of pairs, through the reference's screens in Chromium, in a cucumber process of their own. */
const inTheBrowser = (faults: string[]) =>
  runCucumber(
    { driver: 'browser', release: 'australia', faults },
    { tags: `${SIMULTANEOUS} and not @release:brazil and not @no-ui` },
  )

describe('acts issued at the same moment overlap in the target, whatever carries them', () => {
  test('over HTTP, a target that checks only before it waits fails each rule it slips on', async () => {
    const target = await startReferenceProcess(SLIPS.flatMap((slip) => ['--fault', slip]))
    try {
      const dir = temporaryFolder('sx-simultaneous-')
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

  // Without a slip no pair lets both acts through in the browser: npm test's ui profile runs these scenarios too.
  test('in the browser, each slip lets both acts of its pair through', async () => {
    const run = await inTheBrowser(SLIPS)
    for (const [slip, feature] of SLIPS.map((slip, index) => [slip, PAIRED_IN[index]!] as const)) {
      // a failed scenario is listed with its place, then the step that failed, then what it asserted
      const place = feature.replaceAll('.', '\\.')
      const failure = new RegExp(`# ${place}:\\d+\\n.*\\n.*2 of the 2 acts issued at the same moment were accepted`)
      assert.match(run.output, failure, `${slip} let no pair of ${feature} through in the browser:\n${run.output}`)
    }
  })
})
