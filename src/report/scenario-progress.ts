import type { Envelope } from '@cucumber/messages'
import { isRunTrouble } from '../run/run-trouble'
import { progressLine } from '../run/progress'

/**
 * Where a run of scenarios stands, from cucumber's messages: how many there are, how many have ended, and how many of
 * those failed or could not run, on a progress line (see progressLine).
 */
export class ScenarioProgress {
  readonly #tally = { total: 0, done: 0, failed: 0, couldNotRun: 0 }
  readonly #troubled = new Set<string>()
  readonly #failed = new Set<string>()
  readonly #line: ReturnType<typeof progressLine>

  constructor(write: (text: string) => void, terminal?: boolean) {
    const tally = this.#tally
    this.#line = progressLine(
      write,
      () =>
        `${tally.done} of ${tally.total} scenarios done, ${tally.failed} failed, ${tally.couldNotRun} could not run`,
      terminal,
    )
  }

  /** Takes one message of the run. */
  take(envelope: Envelope): void {
    if (envelope.testCase) this.#tally.total += 1
    else if (envelope.testRunStarted) this.#line.start()
    else if (envelope.testStepFinished?.testStepResult.status === 'FAILED') {
      const { testCaseStartedId, testStepResult } = envelope.testStepFinished
      ;(isRunTrouble(testStepResult) ? this.#troubled : this.#failed).add(testCaseStartedId)
    } else if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      const id = envelope.testCaseFinished.testCaseStartedId
      this.#tally.done += 1
      if (this.#troubled.has(id)) this.#tally.couldNotRun += 1
      else if (this.#failed.has(id)) this.#tally.failed += 1
      this.#line.update()
    } else if (envelope.testRunFinished) this.#line.end()
  }
}
