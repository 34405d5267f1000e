/**
 * The contract's coverage by the run npm test has just made: every refusal code of the contract, and every status it
 * can answer, must have occurred in some scenario (in-process, over HTTP or in the browser), or be one of the few
 * exceptions below, each with its reason and the test that asserts it instead. A code nobody ever produces is a rule no
 * verdict rests on. And a run in the browser carried out through the screens every verb with screens that it used: a
 * scenario's Givens go over the contract there, so a screen used only to arrange would be tested by nobody. Usage: npm
 * run contract-coverage [-- REPORT_DIR ...] (by default, every report folder of npm test)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { refusalStatus } from '../contract/operations'
import { RefusalCode } from '../contract/refusal.schema'
import { EXCHANGES_MEDIA_TYPE, SCREENS_MEDIA_TYPE, SEQUENCE_MEDIA_TYPE } from '../report/conformance-report.schema'
import type { VerbsWithScreens } from '../drivers/browser.driver'
import { RUN_FOLDERS } from './report-folders'
import { runTool } from './run-tool'

/**
 * Codes no scenario can produce, each asserted by a test of the reference's server instead: they belong to the
 * transport, to capacity or to setup, of which the features, written in domain words, do not speak.
 */
export const COVERED_ELSEWHERE: readonly { code: RefusalCode; why: string; assertedIn: string }[] = [
  {
    code: 'body-too-large',
    why: 'a request body over the limit is a matter of transport, not of any procedure',
    assertedIn: 'src/reference/server/hardening.test.ts',
  },
  {
    code: 'unsupported-media-type',
    why: 'a body that is not JSON is a matter of transport',
    assertedIn: 'src/reference/server/hardening.test.ts',
  },
  {
    code: 'server-full',
    why: 'a target full of provider instances is a matter of capacity, which no scenario fills',
    assertedIn: 'src/reference/server/bounded-resources.test.ts',
  },
  {
    code: 'internal-error',
    why: 'only a defect answers it; the reference has none to show, so a test plants one',
    assertedIn: 'src/reference/server/hardening.test.ts',
  },
  {
    code: 'operation-not-found',
    why: 'an address the contract does not have is a matter of transport',
    assertedIn: 'src/reference/server/reference-server.test.ts',
  },
  {
    code: 'setup-token-invalid',
    why: 'setup stands for the administrator who prepares a test instance, outside every procedure',
    assertedIn: 'src/reference/server/reference-server.test.ts',
  },
  {
    code: 'user-name-taken',
    why: 'setup stands for the administrator who prepares a test instance, and the kit draws every user name anew',
    assertedIn: 'src/reference/server/reference-server.test.ts',
  },
  {
    code: 'record-limit-reached',
    why: 'an instance full of records is a matter of capacity, which no scenario fills',
    assertedIn: 'src/reference/server/bounded-resources.test.ts',
  },
  {
    code: 'provider-instance-not-found',
    why: 'every scenario opens an instance of its own and never addresses another',
    assertedIn: 'src/reference/server/reference-server.test.ts',
  },
]

/**
 * What one report folder's messages show: the refusal codes met, the statuses answered over HTTP, and, for a run in the
 * browser, the verbs with screens carried out through them and those arranged over the contract.
 */
export function occurrencesIn(messages: string): {
  codes: Set<string>
  statuses: Set<number>
  screens: VerbsWithScreens | undefined
} {
  const codes = new Set<string>()
  const statuses = new Set<number>()
  const [onScreens, overContract] = [new Set<string>(), new Set<string>()]
  let inBrowser = false
  for (const line of messages.split('\n')) {
    if (!line.includes('"attachment"')) continue
    const { attachment } = JSON.parse(line) as { attachment: { mediaType: string; body: string } }
    if (attachment.mediaType === SEQUENCE_MEDIA_TYPE) {
      for (const [, code] of attachment.body.matchAll(/refused ([a-z-]+)/g)) codes.add(code!)
    } else if (attachment.mediaType === EXCHANGES_MEDIA_TYPE) {
      for (const exchange of JSON.parse(attachment.body) as { status?: number; answer?: { code?: unknown } }[]) {
        if (exchange.status !== undefined) statuses.add(exchange.status)
        if (typeof exchange.answer?.code === 'string') codes.add(exchange.answer.code)
      }
    } else if (attachment.mediaType === SCREENS_MEDIA_TYPE) {
      inBrowser = true
      const verbs = JSON.parse(attachment.body) as Record<keyof VerbsWithScreens, string[]>
      verbs.onScreens.forEach((verb) => onScreens.add(verb))
      verbs.overContract.forEach((verb) => overContract.add(verb))
    }
  }
  return { codes, statuses, screens: inBrowser ? { onScreens, overContract } : undefined }
}

/** The verbs with screens that a run in the browser used only to arrange, never through its screens. */
export function screensUnused(screens: VerbsWithScreens): string[] {
  return [...screens.overContract].filter((verb) => !screens.onScreens.has(verb)).sort()
}

/** The codes and refusal statuses of the contract that occurred nowhere and are not covered elsewhere. */
export function uncovered(
  codes: ReadonlySet<string>,
  statuses: ReadonlySet<number>,
): { codes: string[]; statuses: number[] } {
  const excepted = new Set<string>(COVERED_ELSEWHERE.map((exception) => exception.code))
  const missingCodes = RefusalCode.options.filter((code) => !codes.has(code) && !excepted.has(code))
  const refusalStatuses = [...new Set(RefusalCode.options.filter((code) => !excepted.has(code)).map(refusalStatus))]
  return { codes: missingCodes, statuses: refusalStatuses.filter((status) => !statuses.has(status)).sort() }
}

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
