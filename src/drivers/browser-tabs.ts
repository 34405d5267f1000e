import { AsyncLocalStorage } from 'node:async_hooks'
import type { Page } from 'playwright-core'
import { z } from 'zod'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import { operations, type OperationName } from '../contract/operations'
import { Refusal, type Outcome } from '../contract/refusal.schema'
import { credentialsOf, problemsOf, TargetError, type AnswerOf } from './contract-client'
import type { PagePool } from './page-pool'
import { onScreen, readScreen, type ScreenReading } from './screen-reader'
import { REDACTED_LINK } from '../run/redact'

/**
 * The browser tabs of one scenario, one per person: each tab signs its requests as its person, as a browser that person
 * signed in with would. Visitors of a portal share the tab of nobody. A verb holds the tabs it uses until it ends, so
 * that a verb the same person issues meanwhile gets a tab of its own, as a second browser tab would be.
 */
export class BrowserTabs {
  readonly #tabs = new Map<string, Page[]>()
  readonly #busy = new Set<Page>()
  readonly #verbs = new AsyncLocalStorage<Set<Page>>()
  #last: Page | undefined

  constructor(
    private readonly pool: PagePool,
    private readonly instanceUrl: string,
  ) {}

  /** Runs one verb; the tabs it takes are its own until it ends. */
  async verb<T>(perform: () => Promise<T>): Promise<T> {
    const held = new Set<Page>()
    try {
      return await this.#verbs.run(held, perform)
    } finally {
      for (const tab of held) this.#busy.delete(tab)
    }
  }

  /** A tab of this person that no other verb holds, taken on first need. */
  async of(actor?: Actor | ConsumerUser): Promise<Page> {
    const key = actor ? credentialsOf(actor) : ''
    const held = this.#verbs.getStore()
    const tabs = this.#tabs.get(key) ?? []
    this.#tabs.set(key, tabs)
    // A free tab is found and held with nothing awaited in between, so two verbs issued at once never share one.
    const tab =
      tabs.find((candidate) => held?.has(candidate) || !this.#busy.has(candidate)) ?? (await this.#newTab(tabs, key))
    if (held) {
      held.add(tab)
      this.#busy.add(tab)
    }
    this.#last = tab
    return tab
  }

  /** A new tab among a person's tabs, signing its requests with their credentials. */
  async #newTab(tabs: Page[], authorization: string): Promise<Page> {
    const tab = await this.pool.take(authorization ? { authorization } : {})
    tabs.push(tab)
    return tab
  }

  /** Goes to a screen: a path under the provider instance, or an address as a link gives it. */
  async visit(tab: Page, address: string): Promise<void> {
    const url = URL.canParse(address) ? address : `${this.instanceUrl}/${address}`
    try {
      await tab.goto(url, { waitUntil: 'domcontentloaded' })
    } catch (error) {
      throw new TargetError(`the browser could not open ${url}: ${firstLine(error)}`)
    }
  }

  /**
   * Presses a button by its name and waits for the screen it leads to; a button not there to press is the screen's
   * fault.
   */
  press(tab: Page, name: string): Promise<void> {
    return moveOn(tab, `pressing ${name}`, async () => {
      const pressed = await onScreen(tab, 'press', name)
      return pressed === 'pressed'
        ? undefined
        : `has ${pressed === 'missing' ? 'no' : 'only a disabled'} ${name} button to press`
    })
  }

  /** Follows a link by its name inside a named landmark, and waits for the screen it leads to. */
  follow(tab: Page, name: string, landmark: string): Promise<void> {
    return moveOn(tab, `following ${name}`, async () =>
      (await onScreen(tab, 'follow', name, landmark)) ? undefined : `has no ${name} link in its ${landmark}`,
    )
  }

  /** Whether the screen offers a button of this name, and whether it may be pressed. */
  button(tab: Page, name: string): Promise<'enabled' | 'disabled' | 'missing'> {
    return onScreen(tab, 'button', name)
  }

  /** Whether the form on screen has a checkbox whose name matches. */
  hasCheckbox(tab: Page, name: RegExp): Promise<boolean> {
    return onScreen(tab, 'hasCheckbox', name.source)
  }

  /** Whether the screen shows a link of this name, inside the named landmark. */
  hasLink(tab: Page, name: string, landmark: string): Promise<boolean> {
    return onScreen(tab, 'hasLink', name, landmark)
  }

  /** Fills the labelled fields of the form on screen; a field the form lacks is the screen's fault. */
  async fill(tab: Page, fields: Record<string, string | undefined>): Promise<void> {
    const missing = await onScreen(
      tab,
      'fill',
      Object.fromEntries(Object.entries(fields).map(([label, value]) => [label, value ?? ''])),
    )
    if (missing.length > 0)
      throw new TargetError(`the ${await screenName(tab)} screen has no field labelled ${missing.join(', ')}`)
  }

  /** Ticks a checkbox when the form has it and the person means to; a form without it asks nothing to tick. */
  async tick(tab: Page, name: RegExp, wanted: boolean | undefined): Promise<void> {
    if (wanted) await onScreen(tab, 'tick', name.source)
  }

  /** The refusal a screen shows, if it shows one. */
  async refusal(tab: Page): Promise<Outcome<never> | undefined> {
    const reading = await readScreen(tab)
    return reading.refusal ? refusalFrom(reading) : undefined
  }

  /**
   * What the screen shows as the outcome of a verb: its refusal, or its records read back and held to the contract's
   * schema of the verb's answer, exactly as an answer over HTTP is.
   */
  async outcome<N extends OperationName>(
    tab: Page,
    verb: N,
    pick?: (reading: ScreenReading) => unknown,
  ): Promise<Outcome<AnswerOf<N>>> {
    const reading = await readScreen(tab)
    if (reading.refusal) return refusalFrom(reading)
    const schema = (operations[verb] as { answer?: z.ZodType }).answer
    // A screen shows the records it answers: all of them where the contract answers a list, else the first.
    const parsed = schema?.safeParse(
      pick ? pick(reading) : schema instanceof z.ZodArray ? reading.records : reading.records[0],
    )
    if (parsed && !parsed.success)
      throw new TargetError(
        `${verb}: the ${reading.screen || 'current'} screen does not show what the contract answers: ${problemsOf(parsed.error)}`,
      )
    return { ok: true, value: parsed?.data as AnswerOf<N> }
  }

  /** A picture of the tab last used, for the report of a failed scenario. */
  screenshot(): Promise<Buffer> | undefined {
    const page = this.#last
    if (!page) return undefined
    return hideLiveLinks(page, this.instanceUrl).then(() => this.pool.picture(page))
  }

  /** Hands the scenario's tabs back for the next scenario. */
  close(): Promise<void> {
    return this.pool.give([...this.#tabs.values()].flat())
  }
}

function refusalFrom(reading: ScreenReading): Outcome<never> {
  const refusal = Refusal.safeParse(reading.refusal)
  if (!refusal.success)
    throw new TargetError(
      `the ${reading.screen} screen shows a refusal the contract does not know: ${JSON.stringify(reading.refusal)}`,
    )
  return { ok: false, refusal: refusal.data }
}

/**
 * Does what leads to the next screen and waits for it. The wait starts first, so that a screen quicker than the answer
 * of the act is not missed; an act that could not be done says what the screen lacks.
 */
async function moveOn(tab: Page, what: string, act: () => Promise<string | undefined>): Promise<void> {
  const next = tab.waitForNavigation({ waitUntil: 'domcontentloaded' })
  // A page that navigates before the act's answer is back destroys the act's context: it did lead on.
  const lacking = await act().catch((error: unknown) =>
    /context was destroyed/.test(firstLine(error)) ? undefined : `could not be used: ${firstLine(error)}`,
  )
  if (lacking) {
    next.catch(() => undefined)
    throw new TargetError(`the ${await screenName(tab)} screen ${lacking}`)
  }
  try {
    await next
  } catch (error) {
    throw new TargetError(`${what} on the ${await screenName(tab)} screen led to no next screen: ${firstLine(error)}`)
  }
}

/** The name a screen gives itself, for a message about it. */
const screenName = (tab: Page): Promise<string> =>
  readScreen(tab).then(
    (reading) => reading.screen || 'current',
    () => 'current',
  )

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!

/**
 * Hides on the screen, before its picture is taken, what the reports never show: links on the provider instance below
 * its own address (registration URLs, verification links carry live tokens, whatever a target's tokens look like) and
 * any other token-like run, in the page's text and in its fields. The same rule as redactLinks.
 */
export function hideLiveLinks(page: Page, instanceUrl: string): Promise<void> {
  return page.evaluate(
    ({ origin, root, placeholder }) => {
      const hide = (text: string) =>
        text
          .replace(/https?:\/\/[^\s<>"'`)]+/g, (url) =>
            url.startsWith(origin) && url.replace(/\/$/, '') !== root ? placeholder : url,
          )
          .replace(/[A-Za-z0-9_-]{40,}/g, '[hidden]')
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) node.textContent = hide(node.textContent ?? '')
      for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
        field.value = hide(field.value)
    },
    { origin: new URL(instanceUrl).origin, root: instanceUrl.replace(/\/$/, ''), placeholder: REDACTED_LINK },
  )
}
