import { spawn } from 'node:child_process'
import { CLI } from '../tools/reference-process'

/** What one run of the command line did. */
export type CliRun = { code: number | null; stdout: string; stderr: string; lastLine: string }

/** Runs the command line in a process of its own without blocking this one, which may be serving a target. */
export function runCli(args: string[], env: Record<string, string> = { SX_SEED: '1' }): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => {
    child.on('close', (code) => {
      // The verdict line goes to stdout; a run that could not start says why on stderr.
      const lines = (code === 2 ? stderr : stdout).trim().split('\n')
      resolve({ code, stdout, stderr, lastLine: lines.at(-1) ?? '' })
    })
  })
}
