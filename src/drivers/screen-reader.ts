/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { SCREEN_FIELDS } from '../contract/screen-fields'

/** What a screen shows: the refusal on top of it, if any, and its records, outermost first. */
export type ScreenReading = { screen: string; refusal?: { code: string; reason: string }; records: unknown[] }

/** Labels back to the fields they show. */
const FIELDS_BY_LABEL: Record<string, string> = Object.fromEntries(Object.entries(SCREEN_FIELDS).map(([field, label]) => [label, field]))

/**
 * Reads the screen in the browser: the alert a refusal shows, and every record shown as labelled definitions,
 * turned back into values by the kinds the screen marks them with. It runs inside the page, so it is self-contained.
 */
export async function readScreen(page: Page): Promise<ScreenReading> {
  return page.locator('main').evaluate((main, fields: Record<string, string>) => {
    const read = (element: Element | null): unknown => {
      if (!element) return undefined
      const kind = (element as HTMLElement).dataset.kind
      if (kind === 'list') return [...element.children].map((item) => read(item.firstElementChild))
      if (kind === 'record') {
        const record: Record<string, unknown> = {}
        for (const row of element.children) {
          const label = row.children[0]?.textContent?.trim() ?? ''
          record[fields[label] ?? label] = read(row.children[1]?.firstElementChild ?? null)
        }
        return record
      }
      if (kind === 'boolean') return element.textContent?.trim() === 'Yes'
      if (kind === 'number') return Number(element.textContent)
      if (kind === 'time') return element.getAttribute('datetime')
      return element.textContent
    }
    const alert = main.querySelector('[role="alert"]')
    const outermost = [...main.querySelectorAll('dl[data-kind="record"]')].filter((record) => !record.parentElement?.closest('dl'))
    return {
      screen: (main as HTMLElement).dataset.screen ?? '',
      ...(alert ? { refusal: { code: alert.querySelector('.code')?.textContent ?? '', reason: alert.querySelector('.reason')?.textContent ?? '' } } : {}),
      records: outermost.map(read),
    }
  }, FIELDS_BY_LABEL)
}
