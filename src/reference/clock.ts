/** Where the reference reads the time from, so that scenarios can move time instead of waiting for it. */
export interface Clock {
  now(): Date
}

/** The latest time a JavaScript date can hold (ECMAScript's limit): a clock stops there instead of breaking. */
const LAST_MOMENT = 8.64e15

/** A clock that moves only when told: every scenario's timestamps follow from its seed and its steps. */
export class VirtualClock implements Clock {
  #now: number
  constructor(start: Date) {
    this.#now = start.getTime()
  }
  now(): Date {
    return new Date(this.#now)
  }
  /**
   * Moves time forward (the contract's advanceClock takes only a positive number of minutes), never past the last
   * moment a date can hold.
   */
  advance(milliseconds: number): void {
    this.#now = Math.min(this.#now + milliseconds, LAST_MOMENT)
  }
}
