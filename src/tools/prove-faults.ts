/**
 * Proves that the suite can fail: runs every scenario once per rule of the reference switched off, and reports which
 * scenarios turned red. A fault that leaves the suite green means a rule nobody checks. A fault is tried against each
 * release its requirement applies to, until one turns red. Attested requirements are left out: no scenario verifies
 * them, so no fault of theirs can show. The runs share a pool of worker processes (one per core), each with the suite
 * loaded once. A run stops at the first scenario that turns red, the feature files that verify the fault's requirement
 * running first; with
 * --count every scenario runs, and the table says how many turned red.
 * Usage: npm run prove-faults [-- [--count] FAULT ...]
 */
import { FAULT_VARIANTS, readFaults } from '../run/faults'
import { requirementById, requirements } from '../requirements/catalog'
import type { Release } from '../requirements/requirement.schema'
import { runTool } from './run-tool'
import type { RedScenario } from './suite-runs'
import { suitePool, type PooledRun } from './suite-pool'

/** The releases a fault can show in: those of its requirement (ID:variant names the requirement first). */
const releasesOf = (fault: string): Release[] => requirementById(fault.split(':')[0]!)?.releases ?? ['australia']

/**
 * What one fault did: the release it was last tried in, the scenarios it turned red there, and the seconds its runs
 * took.
 */
type FaultResult = { fault: string; tried: Release; red: RedScenario[]; seconds: number }

/** Tries a fault in each of its releases in turn, until one turns red. */
async function tryFault(run: PooledRun, fault: string, count: boolean): Promise<FaultResult> {
  const result: FaultResult = { fault, tried: 'australia', red: [], seconds: 0 }
  const extent = count ? {} : { untilFirstRed: { requirement: fault.split(':')[0]! } }
  for (const release of releasesOf(fault)) {
    const { red, seconds } = await run(release, { faults: [fault] }, extent)
    Object.assign(result, { tried: release, red, seconds: result.seconds + seconds })
    if (red.length > 0) break
  }
  return result
}

const row = ({ fault, tried, red, seconds }: FaultResult, count: boolean): string => {
  const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
  const noticed = red.length === 0 ? 'NONE: the suite does not notice' : count ? red.length : 'yes'
  return `| ${fault} | ${red.length === 0 ? releasesOf(fault).join(', ') : tried} | ${noticed} | ${first} | ${seconds.toFixed(2)} |`
}

async function main(): Promise<number> {
  const count = process.argv.includes('--count')
  const asked = process.argv.slice(2).filter((arg) => arg !== '--count')
  const faults =
    asked.length > 0
      ? [...readFaults(asked)]
      : [
          ...requirements.filter((requirement) => !requirement.attested).map((requirement) => requirement.id),
          ...Object.keys(FAULT_VARIANTS),
        ]
  const pool = await suitePool()
  try {
    // A suite that is red without faults would make every fault look noticed.
    for (const release of ['australia', 'brazil'] as const) {
      const { red } = await pool.run(release, {})
      if (red.length > 0)
        throw new Error(`the suite fails for ${release} with no fault at all (${red[0]!.name}); make it green first`)
    }

    console.log(`seed ${process.env.SX_SEED}; each fault switches one rule off in the reference\n`)
    console.log(
      `| fault | release | ${count ? 'scenarios turned red' : 'turned the suite red'} | ${count ? 'first of them' : 'the scenario that did'} | seconds |\n|---|---|---|---|---|`,
    )
    // Every fault is queued at once; the rows are printed in order as they come in.
    const results = faults.map((fault) => tryFault(pool.run, fault, count))
    let survivors = 0
    let slowest = { fault: '', seconds: 0 }
    for (const pending of results) {
      const result = await pending
      if (result.red.length === 0) survivors += 1
      if (result.seconds > slowest.seconds) slowest = result
      console.log(row(result, count))
    }
    console.log(`\n${faults.length - survivors} of ${faults.length} faults turned the suite red`)
    console.log(
      `slowest fault: ${slowest.fault}, ${slowest.seconds.toFixed(2)} s (goal 60 s or less: ${slowest.seconds <= 60 ? 'met' : 'NOT met'})`,
    )
    return survivors === 0 ? 0 : 1
  } finally {
    pool.close()
  }
}

runTool(main)
