/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { Camera } from './camera'
import type { ChromiumUse } from './chromium'
import { SCREEN_KIT_SCRIPT } from './screen-kit'

/**
 * The tabs of one browser, kept for the next scenario instead of closed: opening a tab costs more than a whole screen
 * of a scenario. A tab handed out again is as a new one would be: no cookies, no storage, no credentials.
 */
export class PagePool {
  readonly #idle: Page[] = []
  /** Where the browser draws no frames, what takes a scenario's pictures instead. */
  readonly #camera: Camera | undefined

  private constructor(
    private readonly context: BrowserContext,
    private readonly timeoutMs: number,
    use: ChromiumUse,
  ) {
    this.#camera = use === 'forms' ? new Camera() : undefined
  }

  /** A pool over a fresh context of this browser, started for this use, whose every document gets the screen kit. */
  static async open(browser: Browser, use: ChromiumUse, timeoutMs: number): Promise<PagePool> {
    const context = await browser.newContext()
    await context.addInitScript(SCREEN_KIT_SCRIPT)
    return new PagePool(context, timeoutMs, use)
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

  /** A picture of the whole of what a tab shows. */
  picture(page: Page): Promise<Buffer> {
    return this.#camera ? this.#camera.picture(page) : page.screenshot({ fullPage: true })
  }

  /** Ends the context, its tabs and any camera. */
  async close(): Promise<void> {
    await this.context.close()
    await this.#camera?.close()
  }
}
