import type { Actor, ConsumerActor } from '../contract/actor.schema'
import { operations, type Operation } from '../contract/operations'
import type { Outcome } from '../contract/refusal.schema'
import type { ProviderInstance } from '../reference/provider-instance'
import { answerOfContract, refusalOfContract } from './contract-client'
import { verbsCarriedBy, type ExchangeDriver } from './exchange-driver'

/**
 * The reference implementation called directly, in the test process: the fastest way to run the spec. Each verb
 * becomes the request the contract's table makes of it, and goes to the same operation the reference server routes it
 * to; values are cloned on the way in and out, as they would be over a wire, so no step can reach into the reference's
 * records. Every answer is held to the contract as one over HTTP is.
 */
export function inProcessDriver(provider: ProviderInstance): ExchangeDriver {
  const verbs = verbsCarriedBy({
    carry: async (verb, { actor, body, query = {}, number = '' }) => {
      const call = clone({ actor: actor as Actor | ConsumerActor, body, query, number })
      return heldToContract(verb, operations[verb], clone(await provider.operations[verb](call)))
    },
    // setup the reference refuses is a mistake of the scenario, not a finding
    setupRefused: (operation, refusal) => {
      throw new Error(`the reference refused a setup step (${operation.summary}): ${refusal.code}: ${refusal.reason}`)
    },
  })
  return { target: 'reference (in-process)', ...verbs }
}

const clone = <T>(value: T): T => structuredClone(value)

/**
 * The reference's outcome as the contract reads it, as the HTTP client reads one: a refusal of the contract's shape (a
 * code, and a reason for people that is not empty), or an answer of the operation's schema.
 */
function heldToContract(verb: string, operation: Operation, outcome: Outcome<unknown> | void): Outcome<unknown> | void {
  // A setup step that answers nothing has nothing to hold.
  if (!outcome) return outcome
  if (!outcome.ok) return { ok: false, refusal: refusalOfContract(`${verb}: refused`, outcome.refusal) }
  return { ok: true, value: answerOfContract(operation, verb, outcome.value) }
}
