import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { runCli } from './run-cli'
import { runCucumber } from './cucumber-process'
import { PLANTED_HERE, seed, seedOf } from './explore-seeds'
import { temporaryFolder } from '../run/temporary-folder'

/** The scenario an exploration printed, as a feature file of its own. */
function featureOf(printed: string): string {
  const scenario = printed.slice(printed.indexOf('\n\n') + 2)
  assert.match(scenario, /^ {2}@req:/m, `no scenario was printed:\n${printed}`)
  const file = join(temporaryFolder('sx-explored-'), 'explored.feature')
  writeFileSync(file, `Feature: found by exploration\n\n${scenario}\n`)
  return file
}

describe('exploration finds a rule switched off', () => {
  test('a planted fault is found, and the scenario printed for it fails in cucumber-js with the fault and passes without it', async () => {
    const printed: { fault: string; stdout: string; feature: string }[] = []
    for (const [fault, procedure, known] of PLANTED_HERE) {
      const run = await runCli([
        'explore',
        '--procedure',
        procedure,
        '--fault',
        fault,
        '--journeys',
        '1000',
        '--max-steps',
        '15',
        '--seed',
        seedOf(known),
      ])
      assert.equal(
        run.code,
        1,
        `exploration did not find ${fault} (seed ${seedOf(known)}):\n${run.stdout}${run.stderr}`,
      )
      const feature = featureOf(run.stdout)
      const faulty = await runCucumber({ driver: 'in-process', faults: [fault] }, { paths: [feature] })
      assert.equal(
        faulty.code,
        1,
        `the scenario printed for ${fault} passed in cucumber-js with the fault (seed ${seedOf(known)}):\n${run.stdout}\n${faulty.output}`,
      )
      assert.match(
        faulty.output,
        /1 scenario \(1 failed\)/,
        `the scenario printed for ${fault} did not run as one failing scenario:\n${faulty.output}`,
      )
      printed.push({ fault, stdout: run.stdout, feature })
    }
    // Every printed scenario against the sound reference, in one run.
    const sound = await runCucumber({ driver: 'in-process' }, { paths: printed.map(({ feature }) => feature) })
    assert.equal(
      sound.code,
      0,
      `a scenario printed for a fault failed against the sound reference (seed ${seed}):\n${printed.map(({ stdout }) => stdout).join('\n')}\n${sound.output}`,
    )
    assert.match(sound.output, new RegExp(`${printed.length} scenarios \\(${printed.length} passed\\)`), sound.output)
  })
})
