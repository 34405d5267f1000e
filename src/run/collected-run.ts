import { spawn, type SpawnOptions } from 'node:child_process'

/** What a process printed, its standard output and error in the order they came, and how it exited. */
export type CollectedRun = { code: number | null; output: string }

/** Runs a command in a process of its own, holding what it prints until it ends. */
export function collectedRun(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<CollectedRun> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((done) => child.on('close', (code) => done({ code, output })))
}

/** One of the runs started side by side: what it is called in the output, and its command line. */
export type SideBySideRun = { name: string; command: string; args: readonly string[] }

/**
 * Starts runs side by side and prints each one's output whole when it ends, under its name, so that two never mix;
 * answers 1 when any failed (and names them), 0 otherwise.
 */
export async function runSideBySide(runs: readonly SideBySideRun[]): Promise<number> {
  const ended = await Promise.all(runs.map(async (run) => ({ ...run, ...(await collectedRun(run.command, run.args)) })))
  for (const run of ended) process.stdout.write(`\n--- ${run.name}\n${run.output}`)
  const failed = ended.filter((run) => run.code !== 0)
  for (const run of failed) console.error(`${run.name} exited ${run.code}`)
  return failed.length === 0 ? 0 : 1
}
