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
