/**
 * Proves that the suite is fair: runs the scenarios of both releases once per other choice of each entry of the
 * silences register (src/contract/silences.ts), the reference switched to that choice. Every run must stay green: a
 * scenario that fails relies on something the documents leave to the target. The runs share a pool of worker processes
 * (one per core), each with the suite loaded once. Usage: npm run prove-fairness
 *
 * A first run of each release, under the reference's own readings, notes which choices and starting settings each
 * scenario reads (a setting is read where it is needed before it was set). A scenario that never reads one runs the
 * same whatever it says, so another choice or start runs only the scenarios that read what it changes.
 */
import { silences, type Silence } from '../contract/silences'
import type { Release } from '../requirements/requirement.schema'
import { runTool } from './run-tool'
import { suitePool, type PooledRun } from './suite-pool'

const RELEASES = ['australia', 'brazil'] as const

/** Each release's scenarios (file:line), with the choices each one read under the reference's own readings. */
type ReadingsRead = Record<Release, Record<string, string[]>>

/** Runs every scenario of each release once, noting what each reads; they must pass, as they do in npm test. */
async function firstRuns(run: PooledRun): Promise<ReadingsRead> {
  const runs = await Promise.all(RELEASES.map((release) => run(release, { noteReadings: true })))
  runs.forEach(({ red }, index) => {
    if (red.length > 0) throw new Error(`the suite fails for ${RELEASES[index]} as it is (${red[0]!.name})`)
  })
  return { australia: runs[0]!.readingsRead, brazil: runs[1]!.readingsRead }
}

/** The scenarios an alternative can change: those that read a choice or a starting setting it changes. */
function scenariosFor(alternative: Silence['alternatives'][number], read: Record<string, string[]>): string[] {
  const changed = [...Object.keys(alternative.choices ?? {}), ...Object.keys(alternative.startsWith ?? {})]
  return Object.entries(read)
    .filter(([, fields]) => fields.some((field) => changed.includes(field)))
    .map(([place]) => place)
}

async function main(): Promise<number> {
  const pool = await suitePool()
  try {
    console.log(`seed ${process.env.SX_SEED}; each run takes another choice where the documents leave one\n`)
    const read = await firstRuns(pool.run)
    console.log(
      '| silence | choice | release | scenarios run | that failed | first of them |\n|---|---|---|---|---|---|',
    )
    const runs = silences.flatMap((silence) =>
      silence.alternatives.flatMap((alternative) =>
        RELEASES.map((release) => {
          const parameters = {
            ...(alternative.startsWith ? { startsWith: alternative.startsWith } : {}),
            ...(alternative.choices ? { choices: alternative.choices } : {}),
          }
          const only = scenariosFor(alternative, read[release])
          const count = only.length
          // A choice no scenario reads leaves nothing to run.
          const outcome = count === 0 ? Promise.resolve({ ran: 0, red: [] }) : pool.run(release, parameters, { only })
          return { silence: silence.id, choice: alternative.name, release, count, outcome }
        }),
      ),
    )
    let unfair = 0
    // Every run is queued at once; the rows are printed in order as they come in.
    for (const { silence, choice, release, count, outcome } of runs) {
      const { ran, red } = await outcome
      // A run that ran other scenarios than those named proves nothing about them.
      if (ran !== count)
        throw new Error(`${silence} ${choice} (${release}) ran ${ran} scenarios, not the ${count} named`)
      if (red.length > 0) unfair += 1
      const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
      const failed = red.length === 0 ? 'none' : `${red.length}: UNFAIR`
      console.log(`| ${silence} | ${choice} | ${release} | ${count} | ${failed} | ${first} |`)
    }
    console.log(`\n${runs.length - unfair} of ${runs.length} runs stayed green under another choice`)
    return unfair === 0 ? 0 : 1
  } finally {
    pool.close()
  }
}

runTool(main)
