import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { newSetupToken } from '../reference/server/setup-token'
import { CLI } from '../run/kit-files'

export { CLI }

/**
 * A reference server running in a process of its own, and the environment a kit's run against it needs (its setup
 * token).
 */
export type ReferenceProcess = {
  url: string
  env: Record<string, string>
  /** Everything the server printed after it started listening, on either stream. */
  output(): string
  stop(): Promise<void>
}

/**
 * Starts `sx-conformance serve` on a free port as a separate process and waits until it listens. Its output after that
 * line goes to this process's stderr, so a defect of the server shows in the run that found it, and is kept, so that a
 * run can check what the server logged.
 */
export function startReferenceProcess(extra: string[] = []): Promise<ReferenceProcess> {
  const env = { [SETUP_TOKEN_VARIABLE]: newSetupToken() }
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  let printed = ''
  const keep = (chunk: Buffer) => {
    printed += chunk.toString()
    process.stderr.write(chunk)
  }
  child.stderr.on('data', keep)
  return new Promise((resolveStarted, reject) => {
    const lines = createInterface({ input: child.stdout })
    child.once('exit', (code) => reject(new Error(`the reference server exited with ${code} before it listened`)))
    lines.once('line', (line) => {
      const url = /listening at (https?:\/\/[^\s,]+)/.exec(line)?.[1]
      if (!url) return reject(new Error(`the reference server said "${line}" instead of where it listens`))
      child.removeAllListeners('exit')
      child.stdout.on('data', keep)
      resolveStarted({
        url,
        env,
        output: () => printed,
        stop: () =>
          new Promise((stopped) => {
            if (child.exitCode !== null) return stopped()
            child.once('exit', () => stopped())
            child.kill('SIGTERM')
          }),
      })
    })
  })
}
