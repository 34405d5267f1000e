import type { z } from 'zod'
import type { CallParts, Operation } from '../contract/operation'
import { operations, type OperationName, type VerbName } from '../contract/operations'
import type { Outcome, Refusal } from '../contract/refusal.schema'

type Operations = typeof operations

/** The operations a party performs through the port. */
export type Verb = VerbName

/** What a verb answers: nothing for a setup verb that settles, otherwise the outcome its answer schema reads. */
type VerbAnswer<N extends Verb> = Operations[N] extends { settles: true }
  ? void
  : Outcome<Operations[N] extends { answer: z.ZodType } ? z.infer<Operations[N]['answer']> : undefined>

/**
 * Everything an implementation of Service Exchange onboarding must let a party do: one verb for each operation of the
 * contract's table (src/contract/operations/), taking the arguments its row names.
 */
export type ExchangeDriver = { readonly target: string } & {
  [N in Verb]: (...args: Parameters<Operations[N]['verb']>) => Promise<VerbAnswer<N>>
}

/** The setup verbs: the records a scenario starts from, set up on the target before the parties act. */
export type ProviderSetup = Pick<
  ExchangeDriver,
  {
    [N in Verb]: Operations[N] extends { acting: 'setup' } ? N : never
  }[Verb]
>

/** Every verb of the port, in the order of the table. */
export const VERBS = (Object.keys(operations) as OperationName[]).filter(
  (name): name is Verb => (operations[name] as Operation).verb !== undefined,
)

/** How an adapter carries one request of the table to its target, and what it does with a setup step refused. */
export type Carrier = {
  carry(verb: Verb, parts: CallParts): Promise<Outcome<unknown> | void>
  /** A setup step the target refused: the scenario cannot go on. */
  setupRefused(operation: Operation, refusal: Refusal): never
}

/** The verbs of the port, each turned into its request by the table and carried to the target by the carrier. */
export function verbsCarriedBy(carrier: Carrier): Omit<ExchangeDriver, 'target'> {
  return Object.fromEntries(
    VERBS.map((verb) => {
      const operation: Operation = operations[verb]
      const parts = operation.verb as (...args: unknown[]) => CallParts
      return [
        verb,
        async (...args: unknown[]) => {
          const outcome = await carrier.carry(verb, parts(...args))
          if (!operation.settles) return outcome
          if (outcome && !outcome.ok) carrier.setupRefused(operation, outcome.refusal)
          return undefined
        },
      ]
    }),
  ) as unknown as Omit<ExchangeDriver, 'target'>
}

/** How an adapter carries out each verb, given what carries it (the reference, a contract client, the screens). */
export type VerbTable<Carrier> = {
  [V in Verb]: (carrier: Carrier, ...args: Parameters<ExchangeDriver[V]>) => ReturnType<ExchangeDriver[V]>
}

/** The verbs of a table, each bound to the one carrier that carries them out. */
export function boundVerbs<Carrier>(table: Partial<VerbTable<Carrier>>, carrier: Carrier): Partial<ExchangeDriver> {
  return Object.fromEntries(
    Object.entries(table).map(([verb, call]) => [
      verb,
      (...args: unknown[]) => (call as (carrier: Carrier, ...rest: unknown[]) => unknown)(carrier, ...args),
    ]),
  )
}
