/**
 * A worker of the suite pool (suite-pool.ts): loads the in-process suite once, then runs it for each task its
 * coordinator sends, and answers the scenarios that failed.
 */
import type { SuiteAnswer, SuiteTask } from './suite-pool'
import { suiteRuns } from './suite-runs'

async function serve(): Promise<void> {
  const run = await suiteRuns()
  const answer = (message: SuiteAnswer) => process.send!(message)
  process.on('message', (task: SuiteTask) => {
    const started = performance.now()
    run(task.release, task.parameters, task.extent).then(
      (outcome) => answer({ id: task.id, ...outcome, seconds: (performance.now() - started) / 1000 }),
      (error: unknown) => answer({ id: task.id, error: error instanceof Error ? error.message : String(error) }),
    )
  })
  // The coordinator gone, nothing is left to do.
  process.on('disconnect', () => process.exit(0))
  process.send!('ready')
}

serve().catch((error: unknown) => {
  console.error(`the suite could not be loaded: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
})
