/**
 * What a run's reports show of the contract: the refusal codes and statuses that occurred, the codes no scenario can
 * produce (each asserted by a test instead), and which verbs a run in the browser carried out through its screens and
 * which it only arranged with. Read by contract-coverage.ts after npm test's scenarios.
 */
import { refusalStatus } from '../contract/operations'
import { RefusalCode } from '../contract/refusal.schema'
import { EXCHANGES_MEDIA_TYPE, SCREENS_MEDIA_TYPE, SEQUENCE_MEDIA_TYPE } from '../report/conformance-report.schema'
import type { VerbsWithScreens } from '../drivers/browser.driver'

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
