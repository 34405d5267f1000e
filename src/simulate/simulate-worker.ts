import { parentPort, workerData } from 'node:worker_threads'
import { simulateRange, type RangeTask } from './simulate-range'

// No stack traces in a simulation worker: msw aborts a controller after every handler it runs, and each abort builds
// an exception whose stack trace alone took a seventh of the run. Nobody reads them here: a failure is posted back
// as its message.
Error.stackTraceLimit = 0

// Simulates the range it was given, posting how many consumers each batch did, then its figures; a failure is posted as
// its message.
simulateRange(workerData as RangeTask, (done) => parentPort!.postMessage({ done })).then(
  (figures) => parentPort!.postMessage({ figures }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
)
