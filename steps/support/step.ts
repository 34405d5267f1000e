import type { Phrase } from '../../src/cast/phrase'
import type { ExchangeWorld } from './world'

/** A step definition's code, as cucumber-js calls it on a scenario's world. */
type StepCode = (this: ExchangeWorld, ...args: unknown[]) => Promise<unknown> | void

/**
 * A phrase of the kit's language (src/cast/phrases) as a step definition: `Given(...step(aProviderAdmin))`. The code
 * declares as many parameters as the phrase's act takes after the scenario, since cucumber-js holds a step's function
 * to the number of parameters its expression has.
 */
export function step<A extends unknown[]>(phrase: Phrase<A>): [string | RegExp, StepCode] {
  const code: StepCode = function (this: ExchangeWorld, ...args: unknown[]) {
    return phrase.act(this, ...(args as A))
  }
  Object.defineProperty(code, 'length', { value: Math.max(0, phrase.act.length - 1) })
  return [phrase.expression, code]
}
