/**
 * Proves that the suite can fail: runs every scenario once per rule of the reference switched off, and
 * reports which scenarios turned red. A fault that leaves the suite green means a rule nobody checks.
 * Usage: npm run prove-faults [-- FAULT ...]
 */
import { PassThrough } from 'node:stream'
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api'
import type { Envelope } from '@cucumber/messages'
import { FAULT_VARIANTS } from '../reference/faults'
import { requirements } from '../requirements/catalog'

const quiet = { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() }

async function main(): Promise<number> {
  const asked = process.argv.slice(2)
  const faults = asked.length > 0 ? asked : [...requirements.map((requirement) => requirement.id), ...Object.keys(FAULT_VARIANTS)]
  process.env.SX_SEED ??= '1'
  const { runConfiguration } = await loadConfiguration({}, quiet)
  const support = await loadSupport(runConfiguration, quiet)
  const formats = { ...runConfiguration.formats, stdout: 'summary', files: {} }

  let survivors = 0
  console.log(`seed ${process.env.SX_SEED}; each fault switches one rule off in the reference\n`)
  console.log('| fault | scenarios turned red | first of them |\n|---|---|---|')
  for (const fault of faults) {
    const red = new Set<string>()
    const names = new Map<string, string>()
    const caseToPickle = new Map<string, string>()
    const startedToCase = new Map<string, string>()
    const onMessage = (envelope: Envelope) => {
      if (envelope.pickle) names.set(envelope.pickle.id, `${envelope.pickle.name} (${envelope.pickle.uri}:${envelope.pickle.location?.line})`)
      if (envelope.testCase) caseToPickle.set(envelope.testCase.id, envelope.testCase.pickleId)
      if (envelope.testCaseStarted) startedToCase.set(envelope.testCaseStarted.id, envelope.testCaseStarted.testCaseId)
      const finished = envelope.testStepFinished
      if (finished && finished.testStepResult.status !== 'PASSED') {
        red.add(caseToPickle.get(startedToCase.get(finished.testCaseStartedId) ?? '') ?? '')
      }
    }
    const runtime = { ...runConfiguration.runtime, worldParameters: { ...runConfiguration.runtime.worldParameters, faults: [fault] } }
    await runCucumber({ ...runConfiguration, support, runtime, formats }, quiet, onMessage)
    const first = [...red].map((id) => names.get(id)).find(Boolean) ?? ''
    if (red.size === 0) survivors += 1
    console.log(`| ${fault} | ${red.size === 0 ? 'NONE: the suite does not notice' : red.size} | ${first} |`)
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
