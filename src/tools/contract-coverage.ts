/**
 * The contract's coverage by the run npm test has just made: every refusal code of the contract, and every status it
 * can answer, must have occurred in some scenario (in-process, over HTTP or in the browser), or be one of the few
 * exceptions of contract-occurrences.ts, each with its reason and the test that asserts it instead. A code nobody ever
 * produces is a rule no verdict rests on. And a run in the browser carried out through the screens every verb with
 * screens that it used: a scenario's Givens go over the contract there, so a screen used only to arrange would be
 * tested by nobody. Usage: npm run contract-coverage [-- REPORT_DIR ...] (by default, every report folder of npm test)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RefusalCode } from '../contract/refusal.schema'
import { COVERED_ELSEWHERE, occurrencesIn, screensUnused, uncovered } from './contract-occurrences'
import { RUN_FOLDERS } from './report-folders'
import { runTool } from './run-tool'

async function main(): Promise<number> {
  const folders = process.argv.length > 2 ? process.argv.slice(2) : RUN_FOLDERS
  const codes = new Set<string>()
  const statuses = new Set<number>()
  const unusedScreens: string[] = []
  for (const folder of folders) {
    const file = join(folder, 'messages.ndjson')
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm test's scenarios first`)
    const found = occurrencesIn(readFileSync(file, 'utf8'))
    found.codes.forEach((code) => codes.add(code))
    found.statuses.forEach((status) => statuses.add(status))
    if (found.screens) unusedScreens.push(...screensUnused(found.screens).map((verb) => `${verb} in ${folder}`))
  }
  if (unusedScreens.length > 0) {
    console.error(
      `these verbs arranged Givens in the browser, and no scenario carried them out through the screens:${unusedScreens.map((verb) => `\n  ${verb}`).join('')}`,
    )
    return 1
  }
  for (const { code, assertedIn } of COVERED_ELSEWHERE) {
    if (!readFileSync(assertedIn, 'utf8').includes(`'${code}'`))
      throw new Error(`${code} is said to be asserted in ${assertedIn}, which does not name it`)
  }
  const missing = uncovered(codes, statuses)
  if (missing.codes.length > 0 || missing.statuses.length > 0) {
    console.error(
      `the run never produced these parts of the contract:${missing.codes.map((code) => `\n  code ${code}`).join('')}${missing.statuses.map((status) => `\n  status ${status}`).join('')}`,
    )
    return 1
  }
  console.log(
    `contract coverage: all ${RefusalCode.options.length - COVERED_ELSEWHERE.length} refusal codes and their statuses occurred in the run; ${COVERED_ELSEWHERE.length} codes of transport, capacity and setup are asserted by the server's tests; every verb a run in the browser used, it also carried out through the screens`,
  )
  return 0
}

runTool(main)
