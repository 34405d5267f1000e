import type { Outcome } from '../contract/refusal.schema'
import { verbInWords, type Trace } from '../report/sequence-trace'
import type { ExchangeDriver, ProviderSetup } from './exchange-driver'

/**
 * Setup only prepares the scenario's records, and would crowd its diagram: only moving the clock, which runs what falls
 * due, is drawn.
 */
const UNDRAWN_SETUP = [
  'createProviderRecord',
  'removeProviderRecord',
  'addCompany',
  'addUser',
  'setEmailNotifications',
  'setProductionInstance',
  'setKmfStatus',
  'createProducerReplicationSet',
  'configurePortals',
] as const satisfies readonly (keyof ProviderSetup)[]

/** Who acts in a call: the user named by its first argument, the kit when it moves the clock, a visitor otherwise. */
function partyOf(verb: string, args: readonly unknown[]): string {
  const first = args[0] as { userName?: unknown } | undefined
  if (typeof first === 'object' && first !== null && typeof first.userName === 'string') return first.userName
  return verb === 'advanceClock' ? 'kit' : 'visitor'
}

/** An outcome in a few words: the refusal's code, or what state the answer shows when it has one. */
function outcomeWords(outcome: Outcome<unknown> | void): string {
  if (!outcome || typeof outcome !== 'object' || !('ok' in outcome)) return 'done'
  if (!outcome.ok) return `refused ${outcome.refusal.code}`
  const state = (outcome.value as { state?: unknown } | undefined)?.state
  return typeof state === 'string' ? `ok, ${state}` : 'ok'
}

/** Told of every verb a party performed, with its arguments and answer. */
export type ActListener = (verb: string, args: readonly unknown[], outcome: Outcome<unknown>) => void

/**
 * The driver, with every verb a party performs written to the trace with its answer, and told to the listener; a failed
 * call is written too.
 */
export function tracedDriver(driver: ExchangeDriver, trace: Trace, onAct: ActListener = () => {}): ExchangeDriver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (
        typeof value !== 'function' ||
        typeof property !== 'string' ||
        (UNDRAWN_SETUP as readonly string[]).includes(property)
      )
        return value
      return async (...args: unknown[]) => {
        const party = partyOf(property, args)
        trace.asked(party, property === 'advanceClock' ? `clock forward ${String(args[0])} min` : verbInWords(property))
        try {
          const outcome = await (value as (...a: unknown[]) => Promise<Outcome<unknown> | void>).apply(target, args)
          trace.answered(party, property, outcomeWords(outcome))
          if (outcome) onAct(property, args, outcome)
          return outcome
        } catch (error) {
          trace.answered(
            party,
            property,
            `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          )
          throw error
        }
      }
    },
  })
}
