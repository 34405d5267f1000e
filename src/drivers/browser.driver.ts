import type { NewProviderInstance } from '../contract/target.schema'
import { BrowserTabs } from './browser-tabs'
import { ScreenActs } from './screen-acts'
import { SCREEN_STEPS } from './screen-steps'
import { boundVerbs, type ExchangeDriver } from './exchange-driver'
import { openHttpDriver, type HttpTarget } from './http.driver'
import type { PagePool } from './page-pool'

/** The verbs with screen steps that a scenario carried out through them, and those it arranged over the contract. */
export type VerbsWithScreens = { onScreens: ReadonlySet<string>; overContract: ReadonlySet<string> }

/** A verb of the driver, as any function. */
type Verb = (...args: unknown[]) => Promise<unknown>

/** One scenario in the browser: the driver, the instance's address, and what the hooks need at its end. */
export type BrowserSession = {
  driver: ExchangeDriver
  providerUrl: string
  screenshot(): Promise<Buffer> | undefined
  arrange(on: boolean): void
  verbsWithScreens: VerbsWithScreens
  close(): Promise<void>
}

/**
 * The procedures performed through the target's screens, in Chromium: every person works in a tab of their own, cleared
 * since its last scenario, and carries out each verb by its screen steps (screen-steps.ts); the outcome is read off the
 * screen. Setup has no screens (it stands in for an administrator preparing the instance) and goes over the HTTP
 * contract, as the http driver sends it. So does what a scenario arranges before it acts (its Givens): the screens are
 * tested where a scenario is about them, and the state a scenario starts from is built as any kit builds it, through
 * the contract, at a fraction of the cost of its screens.
 */
export async function openBrowserDriver(
  pages: PagePool,
  target: HttpTarget,
  instance: NewProviderInstance,
  name: string,
): Promise<BrowserSession> {
  const { driver: contract, providerUrl, close: closeInstance } = await openHttpDriver(target, instance, name)
  const tabs = new BrowserTabs(pages, providerUrl)

  const acts = new ScreenActs(tabs, instance.release)
  const driver: Record<string, unknown> = { ...contract, target: name, ...boundVerbs(SCREEN_STEPS, acts) }
  let arranging = false
  const verbsWithScreens = { onScreens: new Set<string>(), overContract: new Set<string>() }
  // Every verb holds its tabs until it ends: two verbs issued at once by one person work in two tabs.
  const verbs = Object.fromEntries(
    Object.entries(driver).map(([verb, value]) => [
      verb,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            if (verb in SCREEN_STEPS) verbsWithScreens[arranging ? 'overContract' : 'onScreens'].add(verb)
            if (arranging) return (contract[verb as keyof ExchangeDriver] as Verb)(...args)
            return tabs.verb(() => (value as Verb)(...args))
          }
        : value,
    ]),
  )
  return {
    driver: verbs as unknown as ExchangeDriver,
    providerUrl,
    screenshot: () => tabs.screenshot(),
    arrange: (on) => {
      arranging = on
    },
    verbsWithScreens,
    close: async () => {
      await tabs.close()
      await closeInstance()
    },
  }
}
