import type { Actor, ConsumerActor } from '../contract/actor.schema'
import type { ProviderInstance } from '../reference/provider-instance'
import { verbsCarriedBy, type ExchangeDriver } from './exchange-driver'

/**
 * The reference implementation called directly, in the test process: the fastest way to run the spec. Each verb
 * becomes the request the contract's table makes of it, and goes to the same operation the reference server routes it
 * to; values are cloned on the way in and out, as they would be over a wire, so no step can reach into the reference's
 * records.
 */
export function inProcessDriver(provider: ProviderInstance): ExchangeDriver {
  const verbs = verbsCarriedBy({
    carry: async (verb, { actor, body, query = {}, number = '' }) => {
      const call = clone({ actor: actor as Actor | ConsumerActor, body, query, number })
      return clone(await provider.operations[verb](call))
    },
    // setup the reference refuses is a mistake of the scenario, not a finding
    setupRefused: (operation, refusal) => {
      throw new Error(`the reference refused a setup step (${operation.summary}): ${refusal.code}: ${refusal.reason}`)
    },
  })
  return { target: 'reference (in-process)', ...verbs }
}

const clone = <T>(value: T): T => structuredClone(value)
