/**
 * A pool of worker processes, each of which loads the in-process suite once and then runs it again and again with other
 * world parameters (prove-faults, prove-fairness): as many runs at once as the machine has cores.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { Release } from '../requirements/requirement.schema'
import { KIT_ROOT } from '../run/kit-files'
import type { RedScenario, RunExtent, WorldParameterOverrides } from './suite-runs'

/** One run asked of a worker, and what it answers: the scenarios that failed, and how long the run took. */
export type SuiteTask = { id: number; release: Release; parameters: WorldParameterOverrides; extent: RunExtent }
export type SuiteAnswer = { id: number; red: RedScenario[]; seconds: number } | { id: number; error: string }

/** An in-process run of a release with these world parameters, done by whichever worker is free. */
export type PooledRun = (
  release: Release,
  parameters: WorldParameterOverrides,
  extent?: RunExtent,
) => Promise<{ red: RedScenario[]; seconds: number }>

type Waiting = { task: SuiteTask; done(answer: SuiteAnswer): void }

/** Starts the workers (each loads the suite, about a second) and answers the run function and a way to stop them. */
export async function suitePool(
  size = Math.max(1, Math.min(availableParallelism(), 4)),
): Promise<{ run: PooledRun; close(): void }> {
  // One seed for every worker (they inherit it), printed by the coordinator's report.
  process.env.SX_SEED ??= '1'
  const queue: Waiting[] = []
  const idle: ChildProcess[] = []
  const working = new Map<ChildProcess, Waiting>()
  let alive = 0
  let nextId = 0
  let closing = false

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const waiting = queue.shift()!
      working.set(worker, waiting)
      worker.send(waiting.task)
    }
  }

  const start = () =>
    new Promise<ChildProcess>((ready, failed) => {
      const worker = fork(join(KIT_ROOT, 'src', 'run', 'kit-module.cjs'), ['src/tools/suite-worker.ts'], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      })
      worker.once('message', () => {
        alive += 1
        ready(worker)
      })
      worker.on('message', (answer: SuiteAnswer | 'ready') => {
        if (answer === 'ready') return
        const waiting = working.get(worker)
        working.delete(worker)
        idle.push(worker)
        waiting?.done(answer)
        dispatch()
      })
      worker.on('exit', (code) => {
        if (closing) return
        const error = `a worker of the suite pool stopped (exit ${code})`
        const waiting = working.get(worker)
        working.delete(worker)
        if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
        if (waiting) waiting.done({ id: waiting.task.id, error })
        else failed(new Error(error))
        // With no worker left, what is still queued can never run.
        alive -= 1
        if (alive <= 0) for (const queued of queue.splice(0)) queued.done({ id: queued.task.id, error })
      })
    })

  const workers = await Promise.all(Array.from({ length: size }, start))
  idle.push(...workers)

  const run: PooledRun = (release, parameters, extent = {}) => {
    const outcome = new Promise<{ red: RedScenario[]; seconds: number }>((resolve, reject) => {
      queue.push({
        task: { id: nextId++, release, parameters, extent },
        done: (answer) =>
          'error' in answer ? reject(new Error(answer.error)) : resolve({ red: answer.red, seconds: answer.seconds }),
      })
      dispatch()
    })
    // Runs are queued ahead of being awaited: a failure waits for its turn to be reported, not as an unhandled one.
    outcome.catch(() => undefined)
    return outcome
  }

  const close = () => {
    closing = true
    for (const worker of workers) worker.kill()
  }
  return { run, close }
}
