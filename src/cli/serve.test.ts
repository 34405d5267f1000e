import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { test } from 'node:test'
import { newSetupToken } from '../reference/server/setup-token'
import { CLI } from '../tools/reference-process'
import { runCli } from './run-cli'
import { temporaryFolder } from '../run/temporary-folder'

/** A port free at this moment. */
function freePort(): Promise<number> {
  const probe = createServer()
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    }),
  )
}

const answers = async (url: string) =>
  fetch(`${url}/capabilities`).then(
    (answer) => answer.ok,
    () => false,
  )

test(
  'serve started through npm stops when npm stops, rather than holding its port for ever',
  { timeout: 60_000 },
  async () => {
    const port = await freePort()
    // As npx starts the bin: npm, a shell, the server; here the shell stands for both, with npm's mark on the
    // environment.
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${CLI}" serve --port ${port}; true`], {
      stdio: 'ignore',
      env: { ...process.env, npm_command: 'exec' },
    })
    const url = `http://127.0.0.1:${port}`
    for (let tries = 0; tries < 300 && !(await answers(url)); tries += 1)
      await new Promise((pause) => setTimeout(pause, 100))
    assert.equal(await answers(url), true, 'the server came up')
    shell.kill('SIGKILL')
    let gone = false
    for (let tries = 0; tries < 150 && !gone; tries += 1) {
      await new Promise((pause) => setTimeout(pause, 100))
      gone = !(await answers(url))
    }
    assert.ok(gone, 'the server still answers after npm stopped')
  },
)

test('verify --wait waits for a target started after it, as the README starts one', { timeout: 180_000 }, async () => {
  const port = await freePort()
  const env = { SX_SEED: '1', SX_SETUP_TOKEN: newSetupToken() }
  const verifying = runCli(
    [
      'verify',
      '--wait',
      '60',
      '--target',
      `http://127.0.0.1:${port}`,
      '--tags',
      '@req:PC-04',
      '--report-dir',
      temporaryFolder('sx-wait-'),
    ],
    env,
  )
  await new Promise((pause) => setTimeout(pause, 1_500))
  const server = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  })
  try {
    const run = await verifying
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(run.lastLine, /^CONFORMANT: /)
  } finally {
    server.kill('SIGTERM')
  }
  const without = await runCli(['verify', '--target', `http://127.0.0.1:${port}`], env)
  assert.equal(without.code, 2, 'without --wait, a target that is not up could not run')
  assert.match(without.lastLine, /the target at .* does not answer as the contract says: .*refused the connection/)
})
