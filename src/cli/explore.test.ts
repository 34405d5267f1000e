import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { runCli, runCliHere } from './run-cli'
import { seed, seedOf } from './explore-seeds'

/** npm test's bounded exploration: enough journeys to reach every act, few enough to take seconds. */
const BOUNDED = ['--journeys', '150', '--max-steps', '15']

describe("exploration: random journeys against the documents' safety rules", () => {
  for (const release of ['australia', 'brazil']) {
    test(`the reference breaks no rule along ${BOUNDED[1]} journeys, ${release}`, async () => {
      const run = await runCli(['explore', ...BOUNDED, '--seed', seed, '--release', release])
      assert.equal(run.code, 0, run.stdout + run.stderr)
      assert.match(run.stdout, /no journey broke a rule/, run.stdout)
    })
  }

  test('a journey is repeated exactly by the seed and paths printed with it', async () => {
    const found = await runCli(['explore', '--fault', 'PC-31', '--journeys', '1000', '--seed', seedOf(2)])
    const repeat = /repeat it: sx-conformance explore (.*)$/m.exec(found.stdout)?.[1]
    assert.ok(repeat, found.stdout)
    const args = repeat.match(/'[^']*'|\S+/g)!.map((arg) => arg.replace(/^'|'$/g, ''))
    const again = await runCli(['explore', ...args])
    assert.equal(again.code, 1, again.stdout)
    assert.equal(again.stdout.slice(again.stdout.indexOf('\n\n')), found.stdout.slice(found.stdout.indexOf('\n\n')))
  })

  test('bad flags are refused in one line, before anything runs', async () => {
    for (const args of [
      ['--journeys', '0'],
      ['--release', 'zurich'],
      ['--procedure', 'nowhere'],
      ['--seed', '1', '--path', '1:2'],
      ['--target', 'ftp://x'],
      ['--fault', 'NO-SUCH'],
      ['--path', '1:2'],
      ['--target', 'http://127.0.0.1:9', '--fault', 'PC-31'],
    ]) {
      const run = await runCliHere(['explore', ...args])
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`)
      assert.doesNotMatch(run.stderr, /\n\s+at /, `${args.join(' ')} printed a stack trace:\n${run.stderr}`)
    }
  })
})
