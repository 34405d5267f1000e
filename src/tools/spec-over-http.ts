/**
 * Runs the whole suite over HTTP, against the reference served by a separate process, for each release, through
 * `sx-conformance verify`; then checks that as many scenarios ran, and passed, as in the in-process run just before,
 * and that no registration token the reference issued reached its log, the kit's output or a report. Usage: npm run
 * spec:http (npm test runs it after the in-process runs, beside the command-line tests)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RECORD_EXCHANGES_VARIABLE } from '../drivers/compose'
import { issuedSecrets, leaksOf } from './token-leaks'
import { ConformanceReport } from '../report/conformance-report.schema'
import type { Release } from '../requirements/requirement.schema'
import { runCli } from '../cli/run-cli'
import { startReferenceProcess } from './reference-process'
import { runTool } from './run-tool'
import { temporaryFolder } from '../run/temporary-folder'

/** Where each release's in-process and HTTP reports are written. */
const REPORTS: Record<Release, { inProcess: string; overHttp: string }> = {
  australia: { inProcess: 'reports', overHttp: 'reports/remote' },
  brazil: { inProcess: 'reports/brazil', overHttp: 'reports/remote-brazil' },
}

const totalsIn = (folder: string) =>
  ConformanceReport.parse(JSON.parse(readFileSync(`${folder}/conformance.json`, 'utf8'))).totals.scenarios

async function main(): Promise<number> {
  // The reference's default outbound timeout (1 s): under c8, with both releases at once, 250 ms was not always enough.
  const server = await startReferenceProcess()
  const exchanges = temporaryFolder('sx-exchanges-')
  const output: Record<string, string> = {}
  let failed = 0
  try {
    // Both releases at once, each printing its output when done: the target must bear parallel scenarios anyway.
    const runs = Object.entries(REPORTS).map(async ([release, folders]) => {
      const record = { [RECORD_EXCHANGES_VARIABLE]: join(exchanges, `${release}.ndjson`) }
      const run = await runCli(
        ['verify', '--target', server.url, '--release', release, '--report-dir', folders.overHttp],
        { SX_SEED: process.env.SX_SEED ?? '', ...server.env, ...record },
      )
      output[`the output of verify (${release})`] = run.stdout + run.stderr
      process.stdout.write(run.stdout)
      process.stderr.write(run.stderr)
      if (run.code !== 0) return `${release}: verify exited ${run.code}`
      if (!existsSync(`${folders.inProcess}/conformance.json`)) return undefined
      const [inProcess, overHttp] = [totalsIn(folders.inProcess), totalsIn(folders.overHttp)]
      if (JSON.stringify(inProcess) !== JSON.stringify(overHttp))
        return `${release}: in-process ${JSON.stringify(inProcess)} but over HTTP ${JSON.stringify(overHttp)}`
      console.log(`${release}: ${overHttp.passed} scenarios passed over HTTP, as in-process`)
      return undefined
    })
    const problems = await Promise.all(runs)
    const secrets = issuedSecrets(Object.keys(REPORTS).map((release) => join(exchanges, `${release}.ndjson`)))
    const leaks = leaksOf(
      secrets,
      { ...output, "the reference server's log": server.output() },
      Object.values(REPORTS).map((folders) => folders.overHttp),
    )
    console.log(
      `${secrets.size} registration URLs and tokens issued; ${leaks.length === 0 ? 'none reached a log, the output or a report' : 'some leaked'}`,
    )
    if (secrets.size === 0) problems.push('the runs recorded no registration URL to look for')
    for (const problem of [...problems, ...leaks]) {
      if (problem === undefined) continue
      console.error(problem)
      failed += 1
    }
  } finally {
    await server.stop()
  }
  return failed === 0 ? 0 : 1
}

runTool(main)
