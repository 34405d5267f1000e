/** Where the reference reads the time from, so that scenarios can move time instead of waiting for it. */
export interface Clock {
  now(): Date
}

/** The machine's own clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until it is told to move. */
export class VirtualClock implements Clock {
  #now: number
  constructor(start: Date) {
    this.#now = start.getTime()
  }
  now(): Date {
    return new Date(this.#now)
  }
  /** Move the clock forward; time never runs backwards. */
  advance(milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0) throw new RangeError('the clock only moves forward')
    this.#now += milliseconds
  }
}
