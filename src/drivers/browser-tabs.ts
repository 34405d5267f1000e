import type { BrowserContext, Page } from 'playwright-core'
import type { Actor } from '../contract/actor.schema'
import { basicCredentials } from '../contract/basic-credentials'
import { operations, type OperationName } from '../contract/operations'
import { Refusal, type Outcome } from '../contract/refusal.schema'
import { problemsOf, TargetError, type AnswerOf } from './contract-client'
import { readScreen, type ScreenReading } from './screen-reader'

/**
 * The browser tabs of one scenario, one per person: each tab signs its requests as its person, as a browser
 * that person signed in with would. Visitors of a portal share the tab of nobody.
 */
export class BrowserTabs {
  readonly #tabs = new Map<string, Page>()
  #last: Page | undefined

  constructor(
    private readonly context: BrowserContext,
    private readonly instanceUrl: string,
    private readonly timeoutMs: number,
  ) {}

  /** The tab of this person, opened on first need. */
  async of(actor?: Actor): Promise<Page> {
    const key = actor ? `${actor.userName}:${actor.password}` : ''
    let tab = this.#tabs.get(key)
    if (!tab) {
      tab = await this.context.newPage()
      tab.setDefaultTimeout(this.timeoutMs)
      tab.setDefaultNavigationTimeout(this.timeoutMs)
      if (actor) await tab.setExtraHTTPHeaders({ authorization: basicCredentials(actor) })
      this.#tabs.set(key, tab)
    }
    this.#last = tab
    return tab
  }

  /** Goes to a screen: a path under the provider instance, or an address as a link gives it. */
  async visit(tab: Page, address: string): Promise<void> {
    const url = URL.canParse(address) ? address : `${this.instanceUrl}/${address}`
    try {
      await tab.goto(url, { waitUntil: 'domcontentloaded' })
    } catch (error) {
      throw new TargetError(`the browser could not open ${url}: ${(error as Error).message.split('\n')[0]}`)
    }
  }

  /** Presses a button by its name and waits for the screen it leads to. */
  async press(tab: Page, name: string): Promise<void> {
    await tab.getByRole('button', { name, exact: true }).click()
    await tab.waitForLoadState('domcontentloaded')
  }

  /** Fills the labelled fields of the form on screen. */
  async fill(tab: Page, fields: Record<string, string | undefined>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await tab.getByLabel(label, { exact: true }).fill(value ?? '')
  }

  /** Ticks a checkbox when the form has it and the person means to; a form without it asks nothing to tick. */
  async tick(tab: Page, name: RegExp, wanted: boolean | undefined): Promise<void> {
    const box = tab.getByRole('checkbox', { name })
    if (wanted && (await box.count()) > 0) await box.check()
  }

  /** The refusal a screen shows, if it shows one. */
  async refusal(tab: Page): Promise<Outcome<never> | undefined> {
    const reading = await readScreen(tab)
    return reading.refusal ? refusalFrom(reading) : undefined
  }

  /**
   * What the screen shows as the outcome of a verb: its refusal, or its records read back and held to the
   * contract's schema of the verb's answer, exactly as an answer over HTTP is.
   */
  async outcome<N extends OperationName>(tab: Page, verb: N, pick: (reading: ScreenReading) => unknown = (reading) => reading.records[0]): Promise<Outcome<AnswerOf<N>>> {
    const reading = await readScreen(tab)
    if (reading.refusal) return refusalFrom(reading)
    const schema = (operations[verb] as { answer?: { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: never } } }).answer
    const parsed = schema?.safeParse(pick(reading))
    if (parsed && !parsed.success) throw new TargetError(`${verb}: the ${reading.screen || 'current'} screen does not show what the contract answers: ${problemsOf(parsed.error)}`)
    return { ok: true, value: parsed?.data as AnswerOf<N> }
  }

  /** A picture of the tab last used, for the report of a failed scenario. */
  screenshot(): Promise<Buffer> | undefined {
    return this.#last?.screenshot({ fullPage: true })
  }
}

function refusalFrom(reading: ScreenReading): Outcome<never> {
  const refusal = Refusal.safeParse(reading.refusal)
  if (!refusal.success) throw new TargetError(`the ${reading.screen} screen shows a refusal the contract does not know: ${JSON.stringify(reading.refusal)}`)
  return { ok: false, refusal: refusal.data }
}
