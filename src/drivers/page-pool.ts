/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { SCREEN_KIT_SCRIPT } from './screen-kit'

/**
 * The tabs of one browser, kept for the next scenario instead of closed: opening a tab costs more than a whole screen
 * of a scenario. A tab handed out again is as a new one would be: no cookies, no storage, no credentials.
 */
export class PagePool {
  readonly #idle: Page[] = []

  private constructor(
    private readonly context: BrowserContext,
    private readonly timeoutMs: number,
  ) {}

  /** A pool over a fresh context of this browser, whose every document gets the screen kit. */
  static async open(browser: Browser, timeoutMs: number): Promise<PagePool> {
    const context = await browser.newContext()
    await context.addInitScript(SCREEN_KIT_SCRIPT)
    return new PagePool(context, timeoutMs)
  }

  /** A tab that sends these headers with every request, and no others. */
  async take(headers: Record<string, string>): Promise<Page> {
    let page = this.#idle.pop()
    if (!page || page.isClosed()) {
      page = await this.context.newPage()
      page.setDefaultTimeout(this.timeoutMs)
      page.setDefaultNavigationTimeout(this.timeoutMs)
    }
    await page.setExtraHTTPHeaders(headers)
    return page
  }

  /** Takes a scenario's tabs back, with what the scenario left in them cleared. */
  async give(pages: Page[]): Promise<void> {
    await this.context.clearCookies()
    for (const page of pages) {
      if (page.isClosed()) continue
      const cleared = await page
        .evaluate(() => {
          try {
            localStorage.clear()
            sessionStorage.clear()
          } catch {
            // A page whose origin has no storage (about:blank, an error page) has nothing to clear.
          }
        })
        .then(
          () => true,
          () => false,
        )
      if (cleared) this.#idle.push(page)
      else await page.close().catch(() => undefined)
    }
  }

  /** Ends the context and its tabs. */
  close(): Promise<void> {
    return this.context.close()
  }
}
