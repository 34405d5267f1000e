/**
 * Proves that the suite can fail: runs every scenario once per rule of the reference switched off, and
 * reports which scenarios turned red. A fault that leaves the suite green means a rule nobody checks.
 * Usage: npm run prove-faults [-- FAULT ...]
 */
import { PassThrough } from 'node:stream'
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api'
import { FAULT_VARIANTS, readFaults } from '../reference/faults'
import { requirements } from '../requirements/catalog'
import { RunCollector } from '../report/conformance-report'

const quiet = { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() }

async function main(): Promise<number> {
  const asked = process.argv.slice(2)
  const faults = asked.length > 0 ? [...readFaults(asked)] : [...requirements.map((requirement) => requirement.id), ...Object.keys(FAULT_VARIANTS)]
  process.env.SX_SEED ??= '1'
  const { runConfiguration } = await loadConfiguration({}, quiet)
  const support = await loadSupport(runConfiguration, quiet)
  const formats = { ...runConfiguration.formats, stdout: 'summary', files: {} }

  let survivors = 0
  console.log(`seed ${process.env.SX_SEED}; each fault switches one rule off in the reference\n`)
  console.log('| fault | scenarios turned red | first of them |\n|---|---|---|')
  for (const fault of faults) {
    const collector = new RunCollector()
    const runtime = { ...runConfiguration.runtime, worldParameters: { ...runConfiguration.runtime.worldParameters, faults: [fault] } }
    await runCucumber({ ...runConfiguration, support, runtime, formats }, quiet, (envelope) => collector.take(envelope))
    const red = collector.scenarios().filter((scenario) => scenario.status !== 'passed')
    if (red.length === 0) survivors += 1
    const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
    console.log(`| ${fault} | ${red.length === 0 ? 'NONE: the suite does not notice' : red.length} | ${first} |`)
  }
  console.log(`\n${faults.length - survivors} of ${faults.length} faults turned the suite red`)
  return survivors === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  },
)
