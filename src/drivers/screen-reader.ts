import type { Page } from 'playwright-core'
import { SCREEN_FIELDS } from '../contract/screen-fields'
import { TargetError } from './contract-client'
import { SCREEN_KIT_GLOBAL, type ScreenKit, type ScreenReading } from './screen-kit'

export type { ScreenReading }

/** Labels back to the fields they show. */
const FIELDS_BY_LABEL: Record<string, string> = Object.fromEntries(
  Object.entries(SCREEN_FIELDS).map(([field, label]) => [label, field]),
)

type KitMethod = keyof ScreenKit

/**
 * Asks the screen kit of the page in a tab to do one thing, in one round trip to the browser. The kit is installed in
 * every document the adapter's tabs open (see screen-kit.ts).
 */
export function onScreen<M extends KitMethod>(
  page: Page,
  method: M,
  ...args: Parameters<ScreenKit[M]>
): Promise<ReturnType<ScreenKit[M]>> {
  return page.evaluate(
    ([global, name, values]) => {
      const kit = (window as unknown as Record<string, Record<string, (...parameters: unknown[]) => unknown>>)[global]
      if (!kit) throw new Error('the screen kit is not installed in this page')
      return kit[name]!(...values)
    },
    [SCREEN_KIT_GLOBAL, method, args as unknown[]] as const,
  ) as Promise<ReturnType<ScreenKit[M]>>
}

/**
 * Reads the screen in the browser: the alert a refusal shows, and every record shown as labelled definitions, turned
 * back into values by the kinds the screen marks them with.
 */
export async function readScreen(page: Page): Promise<ScreenReading> {
  const reading = await onScreen(page, 'read', FIELDS_BY_LABEL)
  if (!reading) throw new TargetError(`the page at ${page.url()} has no main landmark to read a screen from`)
  return reading
}
