import { setDefinitionFunctionWrapper } from '@cucumber/cucumber'
import { redactLinks } from '../../src/run/redact'
import type { ExchangeWorld } from './world'

/*
 * A failing step's message goes into every report, and links on the provider instance carry live tokens: every step's
 * failure is redacted before cucumber sees it.
 */

/**
 * The same failure with its message and stack redacted; what it compared (actual, expected) is left out, as it may hold
 * a link.
 */
function redacted(error: unknown, providerUrl: string | undefined): unknown {
  if (!(error instanceof Error)) return error
  const safe = new Error(redactLinks(error.message, providerUrl))
  safe.name = error.name
  safe.stack = redactLinks(error.stack ?? `${error.name}: ${error.message}`, providerUrl)
  return safe
}

setDefinitionFunctionWrapper(
  (code: (...args: unknown[]) => unknown) =>
    async function (this: ExchangeWorld, ...args: unknown[]) {
      try {
        return await code.apply(this, args)
      } catch (error) {
        throw redacted(error, (this as Partial<ExchangeWorld> | undefined)?.cast?.providerUrl)
      }
    },
)
