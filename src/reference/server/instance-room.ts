import { accepted, refused, type Outcome } from '../../contract/refusal.schema'
import type { VerbName } from '../../contract/operations'
import type { Operation } from '../call'
import type { ProviderInstance } from '../provider-instance'

/**
 * The most records one provider instance of a server keeps (companies, users, connections, tasks, cases, portal
 * sign-ups and requests): a scenario needs a few dozen, and a client that keeps adding must not grow the instance, or
 * the server, without end.
 */
export const MAX_RECORDS_PER_INSTANCE = 2_000

/**
 * How much the records of all the provider instances of one server may hold, in bytes as they are kept (two per
 * character, roughly). The per-instance record limit alone would let a full server grow to gigabytes.
 */
export class StorageBudget {
  #used = 0
  constructor(readonly limitBytes: number) {}

  /** Takes room for a record of this size; false when the server holds as much as it keeps. */
  take(bytes: number): boolean {
    if (this.#used + bytes > this.limitBytes) return false
    this.#used += bytes
    return true
  }

  /** Gives back room: what a closed instance held, or what a refused request took. */
  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes)
  }
}

/** What a record costs the budget: its fields as JSON, two bytes a character. */
export const sizeOf = (record: unknown): number => 2 * (JSON.stringify(record) ?? '').length

/** The operations that keep a new record: a company, a user, a connection, a task, a case, a sign-up, a request. */
const KEEPING_A_RECORD: readonly VerbName[] = [
  'addCompany',
  'addUser',
  'createConnection',
  'createRegistrationTask',
  'submitServiceBridgeRegistration',
  'signUpToConsumerPortal',
  'submitCustomerRegistration',
]

/**
 * The room one provider instance of a server has: records up to the per-instance limit, within the server's budget.
 * It guards the server's memory and is no documented rule (hardening.test.ts and bounded-resources.test.ts fill it),
 * so the server fits it around the instance's operations, and the reference itself knows nothing of it.
 */
export class InstanceRoom {
  #records = 0
  #bytes = 0

  constructor(private readonly budget: StorageBudget) {}

  #admit(record: unknown): Outcome<void> {
    if (this.#records >= MAX_RECORDS_PER_INSTANCE) {
      return refused(
        'record-limit-reached',
        `this provider instance holds ${MAX_RECORDS_PER_INSTANCE} records, the most it keeps; open another instance`,
      )
    }
    const bytes = sizeOf(record)
    if (!this.budget.take(bytes))
      return refused(
        'server-full',
        'the server holds as much as it keeps; an instance unused for a while is closed, and makes room',
      )
    this.#records += 1
    this.#bytes += bytes
    return accepted(undefined)
  }

  /**
   * Fits the room around the instance's operations that keep a record, its HTTP routes and its screens alike: a request
   * takes room for its body first, and gives it back when the operation refuses it.
   */
  fit(instance: ProviderInstance): void {
    for (const verb of KEEPING_A_RECORD) {
      const operation = instance.operations[verb]
      instance.operations[verb] = this.#around(operation)
    }
  }

  #around(operation: Operation): Operation {
    return async (call) => {
      const room = this.#admit(call.body)
      if (!room.ok) return room
      const outcome = await operation(call)
      if (outcome && !outcome.ok) this.#giveBack(call.body)
      return outcome
    }
  }

  #giveBack(record: unknown): void {
    const bytes = sizeOf(record)
    this.#records -= 1
    this.#bytes -= bytes
    this.budget.release(bytes)
  }

  /** Gives back to the server's budget what the instance's records held, when it closes. */
  release(): void {
    this.budget.release(this.#bytes)
    this.#bytes = 0
  }
}
