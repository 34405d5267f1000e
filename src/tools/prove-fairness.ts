/**
 * Proves that the suite is fair: runs every scenario of both releases once per other choice of each entry of
 * the silences register (src/contract/silences.ts), the reference switched to that choice. Every run must stay
 * green: a scenario that fails relies on something the documents leave to the target.
 * Usage: npm run prove-fairness
 */
import { silences } from '../contract/silences'
import { runTool } from './run-tool'
import { suiteRuns } from './suite-runs'

async function main(): Promise<number> {
  const run = await suiteRuns()
  let unfair = 0
  console.log(`seed ${process.env.SX_SEED}; each run takes another choice where the documents leave one\n`)
  console.log('| silence | choice | release | scenarios that failed | first of them |\n|---|---|---|---|---|')
  for (const silence of silences) {
    for (const alternative of silence.alternatives) {
      for (const release of ['australia', 'brazil'] as const) {
        const red = await run(release, { ...(alternative.startsWith ? { startsWith: alternative.startsWith } : {}), ...(alternative.choices ? { choices: alternative.choices } : {}) })
        if (red.length > 0) unfair += 1
        const first = red[0] ? `${red[0].name} (${red[0].location})` : ''
        console.log(`| ${silence.id} | ${alternative.name} | ${release} | ${red.length === 0 ? 'none' : `${red.length}: UNFAIR`} | ${first} |`)
      }
    }
  }
  const runs = silences.reduce((sum, silence) => sum + silence.alternatives.length, 0) * 2
  console.log(`\n${runs - unfair} of ${runs} runs stayed green under another choice`)
  return unfair === 0 ? 0 : 1
}

runTool(main)
