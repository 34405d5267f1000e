/**
 * Proves that the suite can fail: runs every scenario once per rule of the reference switched off, and
 * reports which scenarios turned red. A fault that leaves the suite green means a rule nobody checks.
 * A fault is tried against each release its requirement applies to, until one turns red.
 * Attested requirements are left out: no scenario verifies them, so no fault of theirs can show.
 * Usage: npm run prove-faults [-- FAULT ...]
 */
import { FAULT_VARIANTS, readFaults } from '../reference/faults'
import { requirementById, requirements } from '../requirements/catalog'
import type { Release } from '../requirements/requirement.schema'
import { runTool } from './run-tool'
import { suiteRuns, type RedScenario } from './suite-runs'

/** The releases a fault can show in: those of its requirement (ID:variant names the requirement first). */
const releasesOf = (fault: string): Release[] => requirementById(fault.split(':')[0]!)?.releases ?? ['australia']

async function main(): Promise<number> {
  const asked = process.argv.slice(2)
  const faults = asked.length > 0 ? [...readFaults(asked)] : [...requirements.filter((requirement) => !requirement.attested).map((requirement) => requirement.id), ...Object.keys(FAULT_VARIANTS)]
  const run = await suiteRuns()
  /** The scenarios that failed with these faults against this release. */
  const failures = (release: Release, faults: string[]) => run(release, { faults })

  // A suite that is red without faults would make every fault look noticed.
  for (const release of ['australia', 'brazil'] as const) {
    const red = await failures(release, [])
    if (red.length > 0) throw new Error(`the suite fails for ${release} with no fault at all (${red[0]!.name}); make it green first`)
  }

  let survivors = 0
  let slowest = { fault: '', seconds: 0 }
  console.log(`seed ${process.env.SX_SEED}; each fault switches one rule off in the reference\n`)
  console.log('| fault | release | scenarios turned red | first of them | seconds |\n|---|---|---|---|---|')
  for (const fault of faults) {
    const started = performance.now()
    let red: RedScenario[] = []
    let tried: Release = 'australia'
    for (const release of releasesOf(fault)) {
      tried = release
      red = await failures(release, [fault])
      if (red.length > 0) break
    }
    if (red.length === 0) survivors += 1
    const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
    const seconds = (performance.now() - started) / 1000
    if (seconds > slowest.seconds) slowest = { fault, seconds }
    console.log(`| ${fault} | ${red.length === 0 ? releasesOf(fault).join(', ') : tried} | ${red.length === 0 ? 'NONE: the suite does not notice' : red.length} | ${first} | ${seconds.toFixed(2)} |`)
  }
  console.log(`\n${faults.length - survivors} of ${faults.length} faults turned the suite red`)
  console.log(`slowest fault: ${slowest.fault}, ${slowest.seconds.toFixed(2)} s (goal 60 s or less: ${slowest.seconds <= 60 ? 'met' : 'NOT met'})`)
  return survivors === 0 ? 0 : 1
}

runTool(main)
