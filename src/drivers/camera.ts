/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './chromium'

/** What the copy of a screen may fetch: what is drawn on it, never a form's action or a script's call. */
const DRAWN = new Set(['stylesheet', 'image', 'font'])

/**
 * Takes the picture of a failed scenario's screen for a browser that draws none (one started for forms, see
 * chromium.ts): a second Chromium, started at the first picture only, renders a still copy of the screen: its document
 * as it stands, with what was typed and ticked in it, without its scripts, in a context that runs none and fetches
 * nothing but what is drawn.
 */
export class Camera {
  #browser: Promise<Browser> | undefined

  async picture(screen: Page): Promise<Buffer> {
    const copy = await screen.evaluate(stillCopy)
    const browser = await (this.#browser ??= launchChromium('screens'))
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: screen.viewportSize() })
    try {
      await context.route('**/*', (route) =>
        DRAWN.has(route.request().resourceType()) ? route.continue() : route.abort(),
      )
      const page = await context.newPage()
      await page.setContent(copy)
      return await page.screenshot({ fullPage: true })
    } finally {
      await context.close()
    }
  }

  /** Stops the camera's browser, if a picture started it. */
  async close(): Promise<void> {
    const browser = await this.#browser?.catch(() => undefined)
    await browser?.close()
  }
}

/**
 * The document on screen as markup: field values, ticks and choices written into it (markup otherwise holds only what
 * the server sent), scripts removed, and its address kept as the base its links and style sheets are read against.
 */
export function stillCopy(): string {
  // Runs in the page: whatever it calls is declared inside it.
  const writeDown = (field: Element, shown: Element) => {
    if (shown instanceof HTMLTextAreaElement) field.textContent = shown.value
    else if (shown instanceof HTMLOptionElement) field.toggleAttribute('selected', shown.selected)
    else if (shown instanceof HTMLInputElement && /^(checkbox|radio)$/.test(shown.type))
      field.toggleAttribute('checked', shown.checked)
    else if (shown instanceof HTMLInputElement) field.setAttribute('value', shown.value)
  }
  const copy = document.documentElement.cloneNode(true) as HTMLElement
  const fields = 'input, textarea, option'
  const shown = document.querySelectorAll(fields)
  copy.querySelectorAll(fields).forEach((field, index) => writeDown(field, shown[index]!))
  for (const script of copy.querySelectorAll('script')) script.remove()
  if (!copy.querySelector('base')) {
    const base = document.createElement('base')
    base.href = document.baseURI
    copy.querySelector('head')?.prepend(base)
  }
  return `<!doctype html>${copy.outerHTML}`
}
