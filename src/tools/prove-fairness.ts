/**
 * Proves that the suite is fair: runs every scenario of both releases once per other choice of each entry of the
 * silences register (src/contract/silences.ts), the reference switched to that choice. Every run must stay green: a
 * scenario that fails relies on something the documents leave to the target. The runs share a pool of worker processes
 * (one per core), each with the suite loaded once. Usage: npm run prove-fairness
 */
import { silences } from '../contract/silences'
import { runTool } from './run-tool'
import { suitePool } from './suite-pool'

async function main(): Promise<number> {
  const pool = await suitePool()
  try {
    console.log(`seed ${process.env.SX_SEED}; each run takes another choice where the documents leave one\n`)
    console.log('| silence | choice | release | scenarios that failed | first of them |\n|---|---|---|---|---|')
    const runs = silences.flatMap((silence) =>
      silence.alternatives.flatMap((alternative) =>
        (['australia', 'brazil'] as const).map((release) => {
          const parameters = {
            ...(alternative.startsWith ? { startsWith: alternative.startsWith } : {}),
            ...(alternative.choices ? { choices: alternative.choices } : {}),
          }
          return { silence: silence.id, choice: alternative.name, release, outcome: pool.run(release, parameters) }
        }),
      ),
    )
    let unfair = 0
    // Every run is queued at once; the rows are printed in order as they come in.
    for (const { silence, choice, release, outcome } of runs) {
      const { red } = await outcome
      if (red.length > 0) unfair += 1
      const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
      console.log(
        `| ${silence} | ${choice} | ${release} | ${red.length === 0 ? 'none' : `${red.length}: UNFAIR`} | ${first} |`,
      )
    }
    console.log(`\n${runs.length - unfair} of ${runs.length} runs stayed green under another choice`)
    return unfair === 0 ? 0 : 1
  } finally {
    pool.close()
  }
}

runTool(main)
