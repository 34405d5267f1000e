import type { Scenario } from './scenario'

/**
 * One step of the kit's language, written once: the expression a feature's step is matched by, what the parties do
 * when it is said, and its words for given arguments. The step definitions register it for cucumber-js; exploration
 * performs it directly and prints its words, so what a printed journey says is, by construction, what it did.
 */
export type Phrase<A extends unknown[] = []> = {
  readonly expression: string | RegExp
  /** What the step does; its arguments are those cucumber-js passes for the expression's parameters. */
  act(scenario: Scenario, ...args: A): Promise<unknown> | void
  /** The step's words for these arguments, as a feature file would say them. */
  says(...args: A): string
}

/** A phrase; one whose expression is plain words says them, any other says its own. */
export function phrase<A extends unknown[] = []>(
  expression: string | RegExp,
  act: Phrase<A>['act'],
  says?: (...args: A) => string,
): Phrase<A> {
  // Words with parameters, optional text or a pattern behind them are not what a step says: such a phrase says its own.
  if (!says && (typeof expression !== 'string' || /[{(/]/.test(expression)))
    throw new Error(`the phrase ${String(expression)} has parameters or a pattern: give it the words it says`)
  return { expression, act, says: says ?? (() => expression as string) }
}

/** A phrase said with its arguments: its words, the expression they answer to, and the act, ready to perform. */
export type Said = {
  readonly text: string
  readonly expression: string | RegExp
  perform(scenario: Scenario): Promise<void>
}

/** A phrase with these arguments, said. */
export function say<A extends unknown[]>(spoken: Phrase<A>, ...args: A): Said {
  return {
    text: spoken.says(...args),
    expression: spoken.expression,
    perform: async (scenario) => void (await spoken.act(scenario, ...args)),
  }
}
