import { parentPort, workerData } from 'node:worker_threads'
import { simulateRange, type RangeTask } from './simulate-range'

// Simulates the range it was given and posts its figures back; a failure is posted as its message.
simulateRange(workerData as RangeTask).then(
  (figures) => parentPort!.postMessage({ figures }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
)
