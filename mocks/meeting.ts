/**
 * Acts issued at the same moment meet at the boundary: each call the target makes across it on their behalf waits until
 * every act still running has a call waiting too, and then they all go on together. A target that checks a rule, asks
 * the consumer instance, and only then records, is thereby caught with both acts between check and record, whether it
 * is called in-process, over HTTP or through a browser, where two requests would otherwise seldom overlap. A target
 * that lets only one act through at a time is never held for long: a call waits at most
 * `patienceMs` for the others.
 */
/**
 * How long a call of acts issued at the same moment waits at the boundary for the others' calls: long enough for a
 * press in a second browser tab to arrive on a busy machine (250 ms was not, once in CI), short enough to stay well
 * within a target's timeout for the calls it makes (the reference's: 1 s), so a target serializing the acts is only
 * slowed.
 */
export const MEETING_PATIENCE_MS = 600

export class Meeting {
  #running: number
  readonly #waiting: (() => void)[] = []

  constructor(
    acts: number,
    private readonly patienceMs: number = MEETING_PATIENCE_MS,
  ) {
    this.#running = acts
  }

  /** Waits until the other acts still running have a call waiting too, or until patience runs out. */
  arrive(): Promise<void> {
    return new Promise((resolve) => {
      const patience = setTimeout(() => this.#goOn(), this.patienceMs)
      this.#waiting.push(() => {
        clearTimeout(patience)
        resolve()
      })
      this.#goOnWhenAllWait()
    })
  }

  /** One act has its outcome: the others no longer wait for its calls. */
  leave(): void {
    this.#running -= 1
    this.#goOnWhenAllWait()
  }

  #goOnWhenAllWait(): void {
    if (this.#waiting.length >= this.#running) this.#goOn()
  }

  #goOn(): void {
    for (const goOn of this.#waiting.splice(0)) goOn()
  }
}
