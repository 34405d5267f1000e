import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Envelope } from '@cucumber/messages'
import { ScenarioProgress } from './scenario-progress'

const at = { seconds: 0, nanos: 0 }

/** The messages of one scenario that ended with this step result. */
const scenario = (id: string, result: { status: string; message?: string }): Envelope[] =>
  [
    {
      testStepFinished: {
        testCaseStartedId: id,
        testStepId: 's',
        timestamp: at,
        testStepResult: { duration: at, ...result },
      },
    },
    { testCaseFinished: { testCaseStartedId: id, willBeRetried: false, timestamp: at } },
  ] as unknown as Envelope[]

test("a run's progress counts its scenarios, those done, failed, and stopped by trouble outside the target", () => {
  const written: string[] = []
  const progress = new ScenarioProgress((text) => written.push(text), false)
  const envelopes = [
    ...['a', 'b', 'c', 'd'].map((id) => ({ testCase: { id, pickleId: id, testSteps: [] } })),
    { testRunStarted: { timestamp: at } },
    ...scenario('a', { status: 'PASSED' }),
    ...scenario('b', { status: 'FAILED', message: 'TargetError: HTTP 503' }),
    ...scenario('c', { status: 'FAILED', message: 'RunTrouble: the target refused the setup token' }),
    { testRunFinished: { timestamp: at, success: false } },
  ] as unknown as Envelope[]
  for (const envelope of envelopes) progress.take(envelope)
  assert.deepEqual(written, ['progress: 3 of 4 scenarios done, 1 failed, 1 could not run (0 s)\n'])
})
