import type { Refusal } from '../../contract/refusal.schema'
import { SCREEN_FIELDS } from '../../contract/screen-fields'

/** Markup that is safe to send: text put into it went through `html`, which escapes it. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!)

type Part = Html | string | number | undefined | false | readonly Part[]
const join = (part: Part): string => {
  if (part === undefined || part === false) return ''
  if (part instanceof Html) return part.text
  if (Array.isArray(part)) return part.map(join).join('')
  return escape(String(part))
}

/** A template of markup whose values are escaped, unless they are markup already. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  return new Html(
    strings.reduce((text, string, index) => text + string + (index < values.length ? join(values[index]) : ''), ''),
  )
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/**
 * A value of the contract as people read it: a record as labelled definitions, a list as a list, a time as a time. Each
 * value says its kind, so that the browser driver reads back exactly what was shown.
 */
export function shown(value: unknown): Html {
  if (Array.isArray(value))
    return html`<ul data-kind="list">
      ${value.map((item) => html`<li>${shown(item)}</li>`)}
    </ul>`
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined)
    return html`<dl data-kind="record">
      ${fields.map(
        ([key, field]) =>
          html`<div>
            <dt>${labelOf(key)}</dt>
            <dd>${shown(field)}</dd>
          </div>`,
      )}
    </dl>`
  }
  if (typeof value === 'boolean') return html`<span data-kind="boolean">${value ? 'Yes' : 'No'}</span>`
  if (typeof value === 'number') return html`<span data-kind="number">${value}</span>`
  const text = String(value)
  if (ISO_TIME.test(text)) return html`<time data-kind="time" datetime="${text}">${new Date(text).toUTCString()}</time>`
  return html`<span data-kind="text">${text}</span>`
}

function labelOf(key: string): string {
  const label = (SCREEN_FIELDS as Record<string, string>)[key]
  if (!label) throw new Error(`the screens have no label for the field ${key}`)
  return label
}

/** A refusal as the person sees it: what went wrong, and its code for a report. */
export const refusalAlert = (refusal: Refusal): Html =>
  html`<div role="alert" class="refusal">
    <p>
      <strong>Not done.</strong> <span class="reason">${refusal.reason}</span> (<code class="code">${refusal.code}</code
      >)
    </p>
    ${refusal.fields ? html`<p>Fields at fault: <code class="fields">${refusal.fields.join(', ')}</code></p>` : html``}
  </div>`

/** The screens' one style sheet, as plain as a form needs. */
const SCREEN_STYLE = new Html(
  [
    'body { font-family: system-ui, sans-serif; margin: 0; color: #1d2733 }',
    'header { background: #1d2733; color: #fff; padding: 0.5rem 1rem; display: flex; gap: 1rem; align-items: center }',
    'header a { color: #fff }',
    'main { padding: 1rem; max-width: 60rem }',
    'dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 }',
    'dl > div { display: contents }',
    'dt { font-weight: 600 }',
    'dd { margin: 0 }',
    'article { border: 1px solid #c5cdd6; border-radius: 0.5rem; padding: 0.75rem; margin: 0.75rem 0 }',
    '.refusal { border-left: 0.3rem solid #b3261e; background: #fbeaea; padding: 0.25rem 0.75rem }',
    '.banner { border-left: 0.3rem solid #b36b00; background: #fff4e0; padding: 0.25rem 0.75rem }',
    'label { display: block; margin: 0.5rem 0 0.2rem }',
  ].join('\n'),
)

/** A whole page: every screen is a main landmark named by its heading. */
export function page(options: {
  title: string
  base: string
  screen: string
  header?: Html
  body: Html
  alert?: Html
}): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${options.title}</title>
        <base href="${options.base}/" />
        <style>
          ${SCREEN_STYLE}
        </style>
      </head>
      <body>
        ${options.header ?? ''}
        <main data-screen="${options.screen}" aria-labelledby="screen-title">
          <h1 id="screen-title">${options.title}</h1>
          ${options.alert ?? ''} ${options.body}
        </main>
      </body>
    </html> `.text
}

/** A labelled text field of a form. */
export const textField = (name: string, label: string, options: { type?: string; value?: string } = {}): Html =>
  html`<label for="${name}">${label}</label
    ><input id="${name}" name="${name}" type="${options.type ?? 'text'}" value="${options.value ?? ''}" />`

/** A labelled checkbox of a form. */
export const checkbox = (name: string, label: string): Html =>
  html`<label><input type="checkbox" name="${name}" value="yes" /> ${label}</label>`
