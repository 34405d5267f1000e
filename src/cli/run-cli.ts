import { spawn } from 'node:child_process'
import { Writable } from 'node:stream'
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

/** Streams that keep what is written to them, as text. */
function keptStreams() {
  const kept = { stdout: '', stderr: '' }
  const keeping = (name: keyof typeof kept) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        kept[name] += chunk.toString()
        done()
      },
    })
  return { streams: { stdout: keeping('stdout'), stderr: keeping('stderr') }, kept }
}

/**
 * Runs a command line in this process, as the bin runs it, with these environment variables set while it runs,
 * answering what the bin would print and exit with. For what needs no process of its own to be shown: the refusals of
 * flags and files, and verify's verdicts, reports and waivers (a few tests spawn the bin to show that the verdict's
 * line and the exit code reach a shell, and that a run that could not start says why on stderr).
 */
export async function runCliHere(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const { streams, kept } = keptStreams()
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  try {
    const code = await runCommand(args, streams)
    return { code: code ?? null, ...kept, lastLine: kept.stdout.trim().split('\n').at(-1) ?? '' }
  } catch (error) {
    const line = couldNotRunLine(error)
    kept.stderr += `${line}\n`
    return { code: EXIT.couldNotRun, ...kept, lastLine: line }
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}
