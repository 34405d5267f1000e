import type { Outcome } from '../contract/refusal.schema'
import type { Capabilities, NewProviderInstance } from '../contract/target.schema'
import { ContractClient, TargetError, type Exchange } from './contract-client'
import { verbsCarriedBy, type ExchangeDriver } from './exchange-driver'

/** Where the target is, how long a call may take, and the token its setup operations carry, if it has one. */
export type HttpTarget = {
  url: string
  timeoutMs: number
  setupToken?: string
  onExchange?: (exchange: Exchange) => void
}

/** Asks a target what it implements. */
export async function readCapabilities(target: HttpTarget): Promise<Capabilities> {
  return settled(await new ContractClient({ ...target, baseUrl: target.url }).call('capabilities'), 'capabilities')
}

/**
 * Any implementation, over the HTTP contract: a provider instance of the scenario's own is opened on the target, and
 * every verb becomes one call of the contract, its answer parsed with the contract's schema.
 */
export async function openHttpDriver(
  target: HttpTarget,
  instance: NewProviderInstance,
  name: string,
): Promise<{ driver: ExchangeDriver; providerUrl: string; exchanges: Exchange[]; close(): Promise<void> }> {
  // The scenario's own exchanges, for its reports, besides whatever the run records.
  const exchanges: Exchange[] = []
  const recordForRun = target.onExchange
  target = {
    ...target,
    onExchange: (exchange) => {
      exchanges.push(exchange)
      recordForRun?.(exchange)
    },
  }
  const root = new ContractClient({ ...target, baseUrl: target.url })
  const opened = settled(await root.call('openProviderInstance', { body: instance }), 'open a provider instance')
  const client = new ContractClient({ ...target, baseUrl: opened.url })
  const driver: ExchangeDriver = {
    target: name,
    ...verbsCarriedBy({
      carry: (verb, parts) => client.call(verb, parts),
      // a setup step over the contract that the target refuses is a mistake of the scenario, not a finding
      setupRefused: (operation, refusal) => {
        throw new TargetError(
          `the target refused to ${operation.summary.toLowerCase()}: ${refusal.code}: ${refusal.reason}`,
        )
      },
    }),
  }
  return {
    driver,
    providerUrl: opened.url,
    exchanges,
    // The scenario's exchanges were attached to its report before it closes: only the run's record sees this one.
    close: () =>
      closeInstance(
        new ContractClient({ ...target, onExchange: (exchange) => recordForRun?.(exchange), baseUrl: opened.url }),
      ),
  }
}

/**
 * Closes a scenario's provider instance, so that a target serves any number of runs. The operation is optional:
 * cleaning up is no rule of the procedures, so whatever the target answers (it may not offer it) judges nothing.
 */
async function closeInstance(client: ContractClient): Promise<void> {
  await client.call('closeProviderInstance').catch(() => undefined)
}

/** The value of a call the run depends on; a refusal there means the target cannot be verified this way. */
function settled<T>(outcome: Outcome<T>, what: string): T {
  if (outcome.ok) return outcome.value
  throw new TargetError(`the target refused to ${what}: ${outcome.refusal.code}: ${outcome.refusal.reason}`)
}
