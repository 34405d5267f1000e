import type { NewProviderInstance } from '../contract/target.schema'
import { BrowserTabs } from './browser-tabs'
import { ScreenActs } from './screen-acts'
import { SCREEN_STEPS } from './screen-steps'
import { boundVerbs, type ExchangeDriver } from './exchange-driver'
import { openHttpDriver, type HttpTarget } from './http.driver'
import type { PagePool } from './page-pool'

/** A verb of the driver, as any function. */
type Verb = (...args: unknown[]) => Promise<unknown>

/** One scenario in the browser: the driver, the instance's address, and what the hooks need at its end. */
export type BrowserSession = {
  driver: ExchangeDriver
  providerUrl: string
  screenshot(): Promise<Buffer> | undefined
  close(): Promise<void>
}

/**
 * The procedures performed through the target's screens, in Chromium: every person works in a tab of their own, cleared
 * since its last scenario, and carries out each verb by its screen steps (screen-steps.ts); the outcome is read off the
 * screen. Setup has no screens (it stands in for an administrator preparing the instance) and goes over the HTTP
 * contract, as the http driver sends it.
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
  // Every verb holds its tabs until it ends: two verbs issued at once by one person work in two tabs.
  const verbs = Object.fromEntries(
    Object.entries(driver).map(([verb, value]) => [
      verb,
      typeof value === 'function' ? (...args: unknown[]) => tabs.verb(() => (value as Verb)(...args)) : value,
    ]),
  )
  return {
    driver: verbs as unknown as ExchangeDriver,
    providerUrl,
    screenshot: () => tabs.screenshot(),
    close: async () => {
      await tabs.close()
      await closeInstance()
    },
  }
}
