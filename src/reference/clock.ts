/** Where the reference reads the time from, so that scenarios can move time instead of waiting for it. */
export interface Clock {
  now(): Date
}

/** A clock that stands still: every scenario's timestamps follow from its seed. */
export class VirtualClock implements Clock {
  readonly #now: number
  constructor(start: Date) {
    this.#now = start.getTime()
  }
  now(): Date {
    return new Date(this.#now)
  }
}
