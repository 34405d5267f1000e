/// <reference lib="dom" />

/**
 * What a person does on a screen, done inside the page in one call each: find a control by the name a person reads (its
 * label, aria-label or aria-labelledby text, or a button's text), fill it, tick it, press it, read the screen.
 * Playwright's locators take several round trips to the browser for each of these; a scenario makes dozens, so the
 * adapter installs this once per page and calls it, which is what brings a UI scenario near the time of its navigations
 * alone.
 */
export type ScreenKit = {
  /** Fills the fields by their exact labels; answers the labels no field has. */
  fill(fields: Record<string, string>): string[]
  /** Ticks the checkbox whose name matches, if the form has one; answers whether it has. */
  tick(pattern: string): boolean
  /** Whether the form has a checkbox whose name matches. */
  hasCheckbox(pattern: string): boolean
  /** Presses the button of that exact name, unless it is missing or disabled; answers which of the three it was. */
  press(name: string): 'pressed' | 'missing' | 'disabled'
  /** Whether the button of that exact name is there, and whether it may be pressed. */
  button(name: string): 'enabled' | 'disabled' | 'missing'
  /** Whether a link of that exact name is inside the landmark of that name. */
  hasLink(name: string, landmark: string): boolean
  /** Follows the link of that exact name inside the landmark of that name; answers whether there was one. */
  follow(name: string, landmark: string): boolean
  /** The main landmark read as the screen shows it; undefined where the page has no main landmark. */
  read(labels: Record<string, string>): ScreenReading | undefined
}

/** The name under which the kit is installed in every page the adapter opens. */
/** What a screen shows: the refusal on top of it, if any, and its records, outermost first. */
export type ScreenReading = {
  screen: string
  refusal?: { code: string; reason: string; fields?: string[] }
  records: unknown[]
}

export const SCREEN_KIT_GLOBAL = '__sxScreenKit'

/* c8 ignore start: this runs in the browser, where node's coverage does not reach */
/** Builds the kit inside a page. It is turned into source text, so it refers to nothing outside itself. */
// The kit enters the page as the text of one function (SCREEN_KIT_SCRIPT), so it cannot be split across functions.
// eslint-disable-next-line max-lines-per-function
function screenKit(): ScreenKit {
  const normal = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim()
  const byIds = (ids: string): string =>
    normal(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    )
  /** A control's accessible name, as far as plain forms need it: aria-labelledby, aria-label, labels, its text. */
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby')
    if (labelledBy) return byIds(labelledBy)
    const label = element.getAttribute('aria-label')
    if (label) return normal(label)
    const labels = (element as HTMLInputElement).labels
    if (labels && labels.length > 0) return normal([...labels].map((each) => each.textContent).join(' '))
    if (element instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(element.type))
      return normal(element.value)
    return normal(element.textContent)
  }
  const visible = (element: Element): boolean =>
    !(element as HTMLElement).closest('[hidden], [aria-hidden="true"]') && getComputedStyle(element).display !== 'none'
  const all = (selector: string): Element[] => [...document.querySelectorAll(selector)].filter(visible)
  const buttonNamed = (name: string): HTMLButtonElement | HTMLInputElement | undefined =>
    all('button, input[type="submit"], input[type="button"], [role="button"]').find(
      (element) => nameOf(element) === name,
    ) as HTMLButtonElement | undefined
  const checkboxMatching = (pattern: string): HTMLInputElement | undefined => {
    const wanted = new RegExp(pattern)
    return all('input[type="checkbox"], [role="checkbox"]').find((element) => wanted.test(nameOf(element))) as
      HTMLInputElement | undefined
  }
  /** A landmark's name is its aria-label or aria-labelledby text, never its content. */
  const landmarkNamed = (name: string): Element | undefined =>
    all('nav, section, aside, header, footer, form, [role="navigation"], [role="region"], [role="banner"]').find(
      (element) => {
        const labelledBy = element.getAttribute('aria-labelledby')
        return (labelledBy ? byIds(labelledBy) : normal(element.getAttribute('aria-label'))) === name
      },
    )
  const linkIn = (name: string, landmark: string): HTMLElement | undefined => {
    const scope = landmarkNamed(landmark)
    return scope
      ? ([...scope.querySelectorAll('a[href], [role="link"]')].filter(visible).find((link) => nameOf(link) === name) as
          HTMLElement | undefined)
      : undefined
  }
  const isDisabled = (element: Element): boolean =>
    (element as HTMLButtonElement).disabled === true || element.getAttribute('aria-disabled') === 'true'
  const FIELD_TYPES: Record<string, typeof HTMLInputElement | typeof HTMLTextAreaElement | typeof HTMLSelectElement> = {
    INPUT: HTMLInputElement,
    TEXTAREA: HTMLTextAreaElement,
    SELECT: HTMLSelectElement,
  }
  /** Sets a value as typing would: through the element's own setter, so that scripts watching it see the change. */
  const type = (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void => {
    const setter = Object.getOwnPropertyDescriptor(FIELD_TYPES[element.tagName]!.prototype, 'value')!.set!
    element.focus()
    setter.call(element, value)
    element.dispatchEvent(new Event('input', { bubbles: true }))
    element.dispatchEvent(new Event('change', { bubbles: true }))
  }

  return {
    fill(fields) {
      const controls = all(
        'input:not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"]):not([type="hidden"]), textarea, select',
      )
      const missing: string[] = []
      for (const [label, value] of Object.entries(fields)) {
        const control = controls.find((element) => nameOf(element) === label) as HTMLInputElement | undefined
        if (control) type(control, value)
        else missing.push(label)
      }
      return missing
    },
    tick(pattern) {
      const box = checkboxMatching(pattern)
      if (!box) return false
      if (!box.checked) box.click()
      return true
    },
    press(name) {
      const button = buttonNamed(name)
      if (!button) return 'missing'
      if (isDisabled(button)) return 'disabled'
      button.click()
      return 'pressed'
    },
    hasCheckbox(pattern) {
      return checkboxMatching(pattern) !== undefined
    },
    button(name) {
      const button = buttonNamed(name)
      return !button ? 'missing' : isDisabled(button) ? 'disabled' : 'enabled'
    },
    hasLink(name, landmark) {
      return linkIn(name, landmark) !== undefined
    },
    follow(name, landmark) {
      const link = linkIn(name, landmark)
      link?.click()
      return link !== undefined
    },
    read(labels) {
      const main = document.querySelector('main, [role="main"]') as HTMLElement | null
      if (!main) return undefined
      const read = (element: Element | null): unknown => {
        if (!element) return undefined
        const kind = (element as HTMLElement).dataset.kind
        if (kind === 'list') return [...element.children].map((item) => read(item.firstElementChild))
        if (kind === 'record') {
          const record: Record<string, unknown> = {}
          for (const row of element.children) {
            const label = row.children[0]?.textContent?.trim() ?? ''
            record[labels[label] ?? label] = read(row.children[1]?.firstElementChild ?? null)
          }
          return record
        }
        if (kind === 'boolean') return element.textContent?.trim() === 'Yes'
        if (kind === 'number') return Number(element.textContent)
        if (kind === 'time') return element.getAttribute('datetime')
        return element.textContent
      }
      const alert = main.querySelector('[role="alert"]')
      const refusalIn = (shown: Element) => {
        const fields = shown.querySelector('.fields')?.textContent
        return {
          code: shown.querySelector('.code')?.textContent ?? '',
          reason: shown.querySelector('.reason')?.textContent ?? '',
          ...(fields ? { fields: fields.split(', ') } : {}),
        }
      }
      const outermost = [...main.querySelectorAll('dl[data-kind="record"]')].filter(
        (record) => !record.parentElement?.closest('dl'),
      )
      return {
        screen: main.dataset.screen ?? '',
        ...(alert ? { refusal: refusalIn(alert) } : {}),
        records: outermost.map(read),
      }
    },
  }
}

/* c8 ignore stop */

/** The script that installs the kit in every document of a browser context, before the page's own scripts run. */
export const SCREEN_KIT_SCRIPT = `Object.defineProperty(window, ${JSON.stringify(SCREEN_KIT_GLOBAL)}, { value: (${screenKit.toString()})(), enumerable: false })`
