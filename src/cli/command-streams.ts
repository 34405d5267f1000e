import type { Writable } from 'node:stream'

/**
 * Where a command writes: the process's own streams when the bin runs it; a test's when a test runs it in the test's
 * process. The help and everything verify prints go there; the other commands write to the process's.
 */
export type CommandStreams = { stdout: Writable; stderr: Writable }
