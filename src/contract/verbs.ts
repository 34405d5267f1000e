import type { z } from 'zod'
import type { Actor, ConsumerUser } from './actor.schema'
import type { CallParts } from './operation'

/**
 * How the arguments of a port verb become the parts of its request, for the shapes most verbs share: each builder
 * names the verb's arguments, and a body schema given to it types the body argument.
 */
export const carries = {
  nothing: () => (): CallParts => ({}),
  body:
    <S extends z.ZodType>(_schema: S) =>
    (body: z.infer<S>): CallParts => ({ body }),
  actor:
    () =>
    (actor: Actor): CallParts => ({ actor }),
  actorAndBody:
    <S extends z.ZodType>(_schema: S) =>
    (actor: Actor, body: z.infer<S>): CallParts => ({ actor, body }),
  actorAndNumber:
    () =>
    (actor: Actor, number: string): CallParts => ({ actor, number }),
  actorNumberAndBody:
    <S extends z.ZodType>(_schema: S) =>
    (actor: Actor, number: string, body: z.infer<S>): CallParts => ({ actor, number, body }),
  /** A step on the page a registration URL opens, by a user of the consumer instance. */
  onRegistrationPage:
    () =>
    (actor: ConsumerUser, registrationUrl: string): CallParts => ({
      actor,
      body: { registrationUrl },
    }),
  /** A step in the customer instance a URL names, by a user of that instance. */
  inCustomerInstance:
    () =>
    (actor: ConsumerUser, customerInstanceUrl: string): CallParts => ({
      actor,
      body: { customerInstanceUrl },
    }),
}
