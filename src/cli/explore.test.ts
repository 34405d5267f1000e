import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { runCli, runCliHere } from './run-cli'
import { runCucumber } from './cucumber-process'

/** npm test's bounded exploration: enough journeys to reach every act, few enough to take seconds. */
const BOUNDED = ['--journeys', '150', '--max-steps', '15']

/** The seed of this run, printed by every failure so that it can be repeated. */
const seed = String(Number(process.env.SX_SEED ?? Math.floor(Math.random() * 2 ** 31)) % 2 ** 31)

/**
 * npm test plants each fault with a seed known to find it within a few dozen journeys, so that what it proves costs
 * seconds; npm run gate:full plants them on this run's seed, where finding one may take up to 1,000 journeys.
 */
const FULL = process.env.SX_GATE === 'full'

/**
 * Rules whose breach a journey of their procedure shows in a few acts, each switched off in turn, with a seed that
 * found it quickly (the journeys it took after each; other seeds took up to 468, see README).
 */
const PLANTED = [
  ['PC-31', 'connection', 2], // 17
  ['PC-30', 'connection', 7], // 22
  ['CT-04', 'connection', 7], // 9
  ['PC-04', 'connection', 2], // 3
  ['TASK-09', 'task', 5], // 13
  ['TASK-07', 'task', 2], // 3
  ['TASK-11', 'task', 4], // 16
  ['TASK-12', 'task', 5], // 40
  ['TASK-13', 'task', 4], // 25
  ['LEG-11', 'legacy', 7], // 18
  ['LEG-12', 'legacy', 8], // 6
  ['LEG-13', 'legacy', 5], // 11
] as const

/** The seed a planted fault is explored with. */
const seedOf = (known: number) => (FULL ? seed : String(known))

/** The scenario an exploration printed, as a feature file of its own. */
function featureOf(printed: string): string {
  const scenario = printed.slice(printed.indexOf('\n\n') + 2)
  assert.match(scenario, /^ {2}@req:/m, `no scenario was printed:\n${printed}`)
  const file = join(mkdtempSync(join(tmpdir(), 'sx-explored-')), 'explored.feature')
  writeFileSync(file, `Feature: found by exploration\n\n${scenario}\n`)
  return file
}

describe('exploration: random journeys against the documents\' safety rules', () => {
  for (const release of ['australia', 'brazil']) {
    test(`the reference breaks no rule along ${BOUNDED[1]} journeys, ${release}`, async () => {
      const run = await runCli(['explore', ...BOUNDED, '--seed', seed, '--release', release])
      assert.equal(run.code, 0, run.stdout + run.stderr)
      assert.match(run.stdout, /no journey broke a rule/, run.stdout)
    })
  }

  test('a planted fault is found, and the scenario printed for it fails in cucumber-js with the fault and passes without it', async () => {
    const printed: { fault: string; stdout: string; feature: string }[] = []
    for (const [fault, procedure, known] of PLANTED) {
      const run = await runCli(['explore', '--procedure', procedure, '--fault', fault, '--journeys', '1000', '--max-steps', '15', '--seed', seedOf(known)])
      assert.equal(run.code, 1, `exploration did not find ${fault} (seed ${seedOf(known)}):\n${run.stdout}${run.stderr}`)
      const feature = featureOf(run.stdout)
      const faulty = await runCucumber({ driver: 'in-process', faults: [fault] }, { paths: [feature] })
      assert.equal(faulty.code, 1, `the scenario printed for ${fault} passed in cucumber-js with the fault (seed ${seedOf(known)}):\n${run.stdout}\n${faulty.output}`)
      assert.match(faulty.output, /1 scenario \(1 failed\)/, `the scenario printed for ${fault} did not run as one failing scenario:\n${faulty.output}`)
      printed.push({ fault, stdout: run.stdout, feature })
    }
    // Every printed scenario against the sound reference, in one run.
    const sound = await runCucumber({ driver: 'in-process' }, { paths: printed.map(({ feature }) => feature) })
    assert.equal(sound.code, 0, `a scenario printed for a fault failed against the sound reference (seed ${seed}):\n${printed.map(({ stdout }) => stdout).join('\n')}\n${sound.output}`)
    assert.match(sound.output, new RegExp(`${printed.length} scenarios \\(${printed.length} passed\\)`), sound.output)
  })

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
    for (const args of [['--journeys', '0'], ['--release', 'zurich'], ['--procedure', 'portal'], ['--seed', '1', '--path', '1:2'], ['--target', 'ftp://x'], ['--fault', 'NO-SUCH'], ['--path', '1:2'], ['--target', 'http://127.0.0.1:9', '--fault', 'PC-31']]) {
      const run = await runCliHere(['explore', ...args])
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`)
      assert.doesNotMatch(run.stderr, /\n\s+at /, `${args.join(' ')} printed a stack trace:\n${run.stderr}`)
    }
  })
})
