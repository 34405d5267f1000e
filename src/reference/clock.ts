/** Where the reference reads the time from, so that scenarios can move time instead of waiting for it. */
export interface Clock {
  now(): Date
}

/** A clock that moves only when told: every scenario's timestamps follow from its seed and its steps. */
export class VirtualClock implements Clock {
  #now: number
  constructor(start: Date) {
    this.#now = start.getTime()
  }
  now(): Date {
    return new Date(this.#now)
  }
  /** Moves time forward; the clock never goes back. */
  advance(milliseconds: number): void {
    this.#now += Math.max(0, milliseconds)
  }
}
