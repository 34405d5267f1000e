import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { SimulationFigures } from '../simulate/figures'
import { runCli, runCliHere } from './run-cli'
import { temporaryFolder } from '../run/temporary-folder'

const CONSUMERS = '600'

/** A simulation's figures as its report folder holds them. */
const figuresIn = (dir: string) =>
  SimulationFigures.parse(JSON.parse(readFileSync(join(dir, 'simulation.json'), 'utf8')))

/** What two runs of the same consumers must agree on: everything but the time they took and how they were split. */
const outcome = (figures: SimulationFigures) => ({
  funnel: figures.funnel,
  stops: [...figures.stops].sort((a, b) => `${a.before}${a.reason}`.localeCompare(`${b.before}${b.reason}`)),
  onboardMinutes: figures.onboardMinutes,
})

describe('simulate: seeded consumers through the reference', () => {
  test('a run writes its funnel, stops and time to onboard, which add up, and shards merge into the same run', async () => {
    const whole = temporaryFolder('sx-sim-')
    const run = await runCli([
      'simulate',
      '--consumers',
      CONSUMERS,
      '--seed',
      '9',
      '--workers',
      '2',
      '--report-dir',
      whole,
    ])
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.match(
      run.stderr,
      new RegExp(
        `^progress: ${Number(CONSUMERS).toLocaleString('en')} of ${Number(CONSUMERS).toLocaleString('en')} consumers simulated, [\\d,]+ a second \\(\\d+ s\\)$`,
        'm',
      ),
      'the last progress line',
    )
    const figures = figuresIn(whole)
    assert.equal(figures.consumers, Number(CONSUMERS))
    const stopped = figures.stops.reduce((sum, stop) => sum + stop.consumers, 0)
    assert.equal(
      figures.funnel.onboarded + stopped,
      figures.consumers,
      'every consumer either onboards or stops somewhere',
    )
    const { created, opened, validated, onboarded } = figures.funnel
    assert.ok(
      created >= opened && opened >= validated && validated >= onboarded,
      `the funnel widens: created ${created}, opened ${opened}, validated ${validated}, onboarded ${onboarded}`,
    )
    assert.equal(
      Object.values(figures.onboardMinutes).reduce((sum, count) => sum + count, 0),
      figures.funnel.onboarded,
    )
    assert.ok(figures.funnel.onboarded > 0 && stopped > 0, 'the default mix onboards some consumers and stops others')
    assert.match(readFileSync(join(whole, 'simulation.html'), 'utf8'), /<svg[^>]*>.*<rect/s)
    assert.match(readFileSync(join(whole, 'simulation.md'), 'utf8'), /## Funnel/)

    const shards = await Promise.all(
      ['1/3', '2/3', '3/3'].map(async (shard) => {
        const dir = temporaryFolder('sx-sim-shard-')
        const part = await runCli([
          'simulate',
          '--consumers',
          CONSUMERS,
          '--seed',
          '9',
          '--workers',
          '1',
          '--shard',
          shard,
          '--report-dir',
          dir,
        ])
        assert.equal(part.code, 0, part.stderr)
        return dir
      }),
    )
    const merged = temporaryFolder('sx-sim-merged-')
    const merge = await runCli(['merge', ...shards, '--report-dir', merged])
    assert.equal(merge.code, 0, merge.stdout + merge.stderr)
    assert.deepEqual(outcome(figuresIn(merged)), outcome(figures))
    const twice = await runCli(['merge', shards[0]!, shards[0]!, '--report-dir', merged])
    assert.equal(twice.code, 2, 'a shard given twice is refused')
  })

  test('bad flags and a bad mix are refused in one line', async () => {
    const mix = join(temporaryFolder('sx-mix-'), 'mix.json')
    writeFileSync(mix, JSON.stringify({ pace: { soon: 1 } }))
    // A folder that cannot be written is refused before the simulation, not after it.
    const unwritable = join(mix, 'reports')
    for (const args of [
      ['--report-dir', unwritable],
      ['--consumers', '0'],
      ['--shard', '3/2'],
      ['--release', 'x'],
      ['--mix', mix],
      ['--mix', '/no/such/file'],
      ['--workers', '0'],
    ]) {
      const run = await runCliHere(['simulate', ...args])
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`)
      assert.doesNotMatch(run.stderr, /\n\s+at /, `${args.join(' ')} printed a stack trace`)
    }
  })
})
