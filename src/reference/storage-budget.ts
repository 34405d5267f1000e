// the reference server's storage budget: it keeps a shared server within its memory, is no documented rule, and
// hardening.test.ts fills it
// Stryker disable all: for the reason above
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

  /** Gives back what a closed instance held. */
  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes)
  }
}

/** What a record costs the budget: its fields as JSON, two bytes a character. */
export const sizeOf = (record: unknown): number => 2 * (JSON.stringify(record) ?? '').length
