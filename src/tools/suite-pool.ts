/**
 * A pool of worker processes, each of which loads the in-process suite once and then runs it again and again with other
 * world parameters (prove-faults, prove-fairness): as many runs at once as the machine has cores.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { Release } from '../requirements/requirement.schema'
import { KIT_ROOT } from '../run/kit-files'
import type { RunExtent, SuiteOutcome, WorldParameterOverrides } from './suite-runs'

/** One run asked of a worker, and what it answers: the scenarios that failed, and how long the run took. */
export type SuiteTask = { id: number; release: Release; parameters: WorldParameterOverrides; extent: RunExtent }
export type SuiteAnswer = ({ id: number; seconds: number } & SuiteOutcome) | { id: number; error: string }

/** What a pooled run found, and how long it took. */
export type PooledOutcome = SuiteOutcome & { seconds: number }

/** An in-process run of a release with these world parameters, done by whichever worker is free. */
export type PooledRun = (
  release: Release,
  parameters: WorldParameterOverrides,
  extent?: RunExtent,
) => Promise<PooledOutcome>

type Waiting = { task: SuiteTask; done(answer: SuiteAnswer): void }

/** Starts the workers (each loads the suite, about a second) and answers the run function and a way to stop them. */
export async function suitePool(
  size = Math.max(1, Math.min(availableParallelism(), 4)),
): Promise<{ run: PooledRun; close(): void }> {
  // One seed for every worker (they inherit it), printed by the coordinator's report.
  process.env.SX_SEED ??= '1'
  const pool = new Pool()
  await pool.start(size)
  return { run: (release, parameters, extent = {}) => pool.run(release, parameters, extent), close: () => pool.close() }
}

/** The workers, the runs waiting for one, and which worker does which run. */
class Pool {
  readonly #queue: Waiting[] = []
  readonly #idle: ChildProcess[] = []
  readonly #working = new Map<ChildProcess, Waiting>()
  #workers: ChildProcess[] = []
  #alive = 0
  #nextId = 0
  #closing = false

  async start(size: number): Promise<void> {
    this.#workers = await Promise.all(Array.from({ length: size }, () => this.#startOne()))
    this.#idle.push(...this.#workers)
  }

  run(release: Release, parameters: WorldParameterOverrides, extent: RunExtent) {
    const outcome = new Promise<PooledOutcome>((resolve, reject) => {
      this.#queue.push({
        task: { id: this.#nextId++, release, parameters, extent },
        done: (answer) => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer)),
      })
      this.#dispatch()
    })
    // Runs are queued ahead of being awaited: a failure waits for its turn to be reported, not as an unhandled one.
    outcome.catch(() => undefined)
    return outcome
  }

  close(): void {
    this.#closing = true
    for (const worker of this.#workers) worker.kill()
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!
      const waiting = this.#queue.shift()!
      this.#working.set(worker, waiting)
      worker.send(waiting.task)
    }
  }

  #startOne(): Promise<ChildProcess> {
    return new Promise<ChildProcess>((ready, failed) => {
      const worker = fork(join(KIT_ROOT, 'src', 'run', 'kit-module.cjs'), ['src/tools/suite-worker.ts'], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      })
      worker.once('message', () => {
        this.#alive += 1
        ready(worker)
      })
      worker.on('message', (answer: SuiteAnswer | 'ready') => {
        if (answer === 'ready') return
        const waiting = this.#working.get(worker)
        this.#working.delete(worker)
        this.#idle.push(worker)
        waiting?.done(answer)
        this.#dispatch()
      })
      worker.on('exit', (code) => this.#stopped(worker, code, failed))
    })
  }

  /** A worker that stopped: its run fails, and with no worker left, so does every run still queued. */
  #stopped(worker: ChildProcess, code: number | null, failed: (error: Error) => void): void {
    if (this.#closing) return
    const error = `a worker of the suite pool stopped (exit ${code})`
    const waiting = this.#working.get(worker)
    this.#working.delete(worker)
    if (this.#idle.includes(worker)) this.#idle.splice(this.#idle.indexOf(worker), 1)
    if (waiting) waiting.done({ id: waiting.task.id, error })
    else failed(new Error(error))
    this.#alive -= 1
    if (this.#alive <= 0) for (const queued of this.#queue.splice(0)) queued.done({ id: queued.task.id, error })
  }
}
