import type { z } from 'zod'
import type { OptionalPart } from '../requirements/requirement.schema'

/**
 * Who an operation acts as. Setup (opening a provider instance and preparing it) stands in for the administrator who
 * prepares the instance, and carries the target's setup token when it has one; a signed-out visitor acts as nobody;
 * provider operations act as a user of the provider instance; consumer operations act as a user of the consumer or
 * customer instance the request names.
 */
export type Acting = 'setup' | 'nobody' | 'provider user' | 'consumer user'

/**
 * One operation of the HTTP contract: the single description the server, the HTTP driver and the OpenAPI document
 * share.
 */
export type Operation = {
  summary: string
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
}
