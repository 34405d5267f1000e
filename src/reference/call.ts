import type { z } from 'zod'
import type { Actor, ConsumerActor } from '../contract/actor.schema'
import { operations, type Operation as ContractOperation, type VerbName } from '../contract/operations'
import { parseInput } from '../contract/parse-input'
import { accepted, type Outcome } from '../contract/refusal.schema'
import type { RequestAsRead } from '../run/implementation-parts'

/** What the contract's table reads one part of a verb's request as (its body or its query); nothing if it has none. */
type Read<V extends VerbName, Part extends 'body' | 'query'> = (typeof operations)[V] extends {
  [P in Part]: infer S extends z.ZodType
}
  ? z.infer<S>
  : undefined

/** One request as it arrives: who acts, the body and the query as sent, and the number in the path. */
export type RawCall = { actor: Actor | ConsumerActor; body: unknown; query: Record<string, string>; number: string }

/** One request as an operation of the reference takes it: its body and query read through the contract's table. */
export type Call<V extends VerbName> = {
  actor: Actor | ConsumerActor
  body: Read<V, 'body'>
  query: Read<V, 'query'>
  number: string
}

/** What an operation answers: an outcome, or nothing for a setup verb that settles. */
export type Answer = Outcome<unknown> | void

/** An operation of the contract as the reference serves it, to a request as it arrives. */
export type Operation = (call: RawCall) => Answer | Promise<Answer>

/**
 * The operations a part of the reference serves (the Provider Center, the registration tasks, the registration page…),
 * each carried out on that part with the request as the table reads it: the part's own table, kept beside the rules it
 * applies, so that a new operation is added where its rules are.
 */
export type PartOperations<P> = { [V in VerbName]?: (part: P, call: Call<V>) => Answer | Promise<Answer> }

/**
 * A part's operations, bound to the part: each reads the request through the table first, and a body or query not of
 * the operation's shape is refused as invalid-request, naming the fields at fault, before any rule is asked.
 */
export const servedBy = <P, T extends PartOperations<P>>(
  part: P,
  table: T,
  asRead: RequestAsRead,
): { [V in keyof T]: Operation } =>
  Object.fromEntries(
    Object.entries(table).map(([verb, handle]) => [
      verb,
      (call: RawCall) => {
        const read = readCall(verb as VerbName, call, asRead)
        return read.ok ? (handle as (part: P, call: unknown) => Answer | Promise<Answer>)(part, read.value) : read
      },
    ]),
  ) as { [V in keyof T]: Operation }

/** A request read through the table's schemas for its verb. */
function readCall(verb: VerbName, call: RawCall, asRead: RequestAsRead): Outcome<RawCall> {
  const operation: ContractOperation = operations[verb]
  const body = operation.body ? asRead(verb, parseInput(operation.body, call.body), call.body) : accepted(undefined)
  if (!body.ok) return body
  const query = operation.query ? parseInput(operation.query, call.query) : accepted(call.query)
  if (!query.ok) return query
  return accepted({ ...call, body: body.value, query: query.value as Record<string, string> })
}
