import type { z } from 'zod'
import type { OptionalPart } from '../requirements/requirement.schema'
import type { Actor, ConsumerUser } from './actor.schema'

/**
 * Who an operation acts as. Setup (opening a provider instance and preparing it) stands in for the administrator who
 * prepares the instance, and carries the target's setup token when it has one; a signed-out visitor acts as nobody;
 * provider operations act as a user of the provider instance; consumer operations act as a user of the consumer or
 * customer instance the request names.
 */
export type Acting = 'setup' | 'nobody' | 'provider user' | 'consumer user'

/** What a call may carry besides the operation: who acts, a body, a query, a record number. */
export type CallParts = {
  actor?: Actor | ConsumerUser
  body?: unknown
  query?: Record<string, string>
  number?: string
}

/**
 * Which instance serves an operation. Every operation is served by the provider instance the target opens today;
 * the consumer instance's side of the exchange is the second kind of target a later capability adds.
 */
export type ServedBy = 'provider instance' | 'consumer instance'

/**
 * One operation of the contract: the single description the port's verbs, every adapter, the server's routes and the
 * OpenAPI document derive from.
 */
export type Operation = {
  summary: string
  servedBy: ServedBy
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Under the provider instance's address, except for the two operations marked root. */
  path: string
  root?: true
  acting: Acting
  body?: z.ZodType
  /** Query parameters, each a string. */
  query?: z.ZodObject<Record<string, z.ZodString>>
  status: 200 | 201 | 204
  /** The answer's shape; absent when the answer has no body. */
  answer?: z.ZodType
  /** Set for the operations of an optional part: a target without the part may leave them out. */
  part?: OptionalPart
  /**
   * The port's verb for the operation: its arguments, and the parts of the request they become. Absent for the
   * operations that only open and close a target's instances.
   */
  verb?: (...args: never[]) => CallParts
  /**
   * Set for setup verbs that answer nothing: a refusal there is a mistake of the scenario, not a finding, and the
   * adapter stops the scenario.
   */
  settles?: true
}
