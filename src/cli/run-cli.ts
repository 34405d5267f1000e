import { spawn } from 'node:child_process'
import { CLI } from '../run/kit-files'
import { couldNotRunLine, runCommand } from './commands'
import { EXIT } from './verify-verdict'

/** What one run of the command line did. */
export type CliRun = { code: number | null; stdout: string; stderr: string; lastLine: string }

/** Runs the command line in a process of its own without blocking this one, which may be serving a target. */
export function runCli(args: string[], env: Record<string, string> = { SX_SEED: '1' }): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
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

/**
 * Runs a command line in this process, as the bin runs it, answering what the bin would print and exit with: for the
 * refusals of flags and files, which need no process of their own to be shown (one test spawns the bin to show that a
 * refusal reaches stderr and the exit code the same way).
 */
export async function runCliHere(args: string[]): Promise<CliRun> {
  let stdout = ''
  try {
    const code = await runCommand(args, (text) => (stdout += `${text}\n`))
    return { code: code ?? null, stdout, stderr: '', lastLine: stdout.trim().split('\n').at(-1) ?? '' }
  } catch (error) {
    const line = couldNotRunLine(error)
    return { code: EXIT.couldNotRun, stdout, stderr: `${line}\n`, lastLine: line }
  }
}
