import type { Actor, ConsumerActor } from '../contract/actor.schema'
import type { VerbName } from '../contract/operations'
import type { Outcome } from '../contract/refusal.schema'

/** One request as the reference receives it: who acts, the body, the query and the number in the path. */
export type Call = { actor: Actor | ConsumerActor; body: unknown; query: Record<string, string>; number: string }

/** What an operation answers: an outcome, or nothing for a setup verb that settles. */
export type Answer = Outcome<unknown> | void

/** An operation of the contract as the reference serves it. */
export type Operation = (call: Call) => Answer | Promise<Answer>

/**
 * The operations a part of the reference serves (the Provider Center, the registration tasks, the registration page…),
 * each carried out on that part: the part's own table, kept beside the rules it applies, so that a new operation is
 * added where its rules are.
 */
export type PartOperations<P> = Partial<Record<VerbName, (part: P, call: Call) => Answer | Promise<Answer>>>

/** A part's operations, bound to the part. */
export const servedBy = <P, T extends PartOperations<P>>(part: P, table: T): { [V in keyof T]: Operation } =>
  Object.fromEntries(Object.entries(table).map(([verb, handle]) => [verb, (call: Call) => handle!(part, call)])) as {
    [V in keyof T]: Operation
  }

/** One field of a JSON body, left for the reference to judge (a missing one arrives as undefined). */
export function field(body: unknown, name: string): unknown {
  // a body that is not an object comes only from the fuzz of npm test (4,000 requests over HTTP), never from a scenario
  // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined
}
