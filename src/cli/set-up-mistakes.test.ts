import assert from 'node:assert/strict'
import { test } from 'node:test'
import { runCucumber } from './cucumber-process'

/** A cucumber-js run with one environment variable set (or unset) for it alone. */
function runWith(variable: string, value: string | undefined, ...args: Parameters<typeof runCucumber>) {
  const before = process.env[variable]
  if (value === undefined) delete process.env[variable]
  else process.env[variable] = value
  // The child takes a copy of the environment as it starts: this one's is put back at once.
  const run = runCucumber(...args)
  if (before === undefined) delete process.env[variable]
  else process.env[variable] = before
  return run
}

const TAGS = '@req:PC-01 or @req:PC-04'

test('a run over HTTP without a target says so once, as a run that could not run, and skips the rest', async () => {
  const run = await runWith('SX_TARGET_URL', undefined, { driver: 'http' }, { tags: TAGS })
  assert.notEqual(run.code, 0)
  assert.equal(run.output.match(/no target to verify: set SX_TARGET_URL/g)?.length, 1, run.output)
  assert.match(run.output, /\d+ scenarios \(\d+ skipped, 1 failed\)/)
  assert.ok(run.output.split('\n').length < 40, `${run.output.split('\n').length} lines:\n${run.output}`)
})

test(
  'a run in the browser without one says so once and ends: nothing it started keeps it alive',
  { timeout: 60_000 },
  async () => {
    const run = await runWith('SX_CHROMIUM', '/no/such/chromium', { driver: 'browser' }, { tags: TAGS })
    assert.notEqual(run.code, 0)
    assert.equal(
      run.output.match(/SX_CHROMIUM names \/no\/such\/chromium, which does not exist/g)?.length,
      1,
      run.output,
    )
  },
)

test('world parameters that do not read stop the run before any scenario, said once', async () => {
  const run = await runCucumber({ driver: 'htp' } as unknown as Parameters<typeof runCucumber>[0], { tags: TAGS })
  assert.notEqual(run.code, 0)
  assert.equal(run.output.match(/bad world parameters: driver: /g)?.length, 1, run.output)
  assert.ok(run.output.split('\n').length < 40, `${run.output.split('\n').length} lines:\n${run.output}`)
})
