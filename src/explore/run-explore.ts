import fc from 'fast-check'
import type { WorldParametersInput } from '../run/world-parameters'
import { authorizedUsersProcedure } from './authorized-users-procedure'
import { connectionProcedure } from './connection-procedure'
import { ExploreTarget } from './explore-target'
import { legacyProcedure } from './legacy-procedure'
import { portalProcedure } from './portal-procedure'
import { Breach, Journey } from './journey'
import type { AnyProcedure, JourneyModel, JourneyStart, ProcedureName } from './procedure'
import { taskProcedure } from './task-procedure'

/** Every procedure the explorer walks, by name. */
export const PROCEDURE_OF: Record<ProcedureName, AnyProcedure> = {
  connection: connectionProcedure,
  task: taskProcedure,
  legacy: legacyProcedure,
  'authorized-users': authorizedUsersProcedure,
  portal: portalProcedure,
}

/** How a journey starts: the consumer instance on an allowed release, email notifications on or off. */
const JOURNEY_START = fc.record({
  version: fc.constantFrom('2.3.18', '2.4.0'),
  email: fc.constantFrom('on' as const, 'off' as const),
})

export type ExploreOptions = {
  /** The procedures to walk, one after another, until one breaks a rule. */
  procedures: AnyProcedure[]
  /** The world parameters of the target: in-process, or over HTTP with its address, and the release. */
  parameters: WorldParametersInput
  journeys: number
  seed: number
  maxSteps: number
  /** fast-check's path to one shrunk journey, and the replay path of its commands, to replay exactly it. */
  path?: string
  replayPath?: string
  /** Told after each journey: the procedure, and how many of its journeys have been walked. */
  onJourney?: (procedure: ProcedureName, journeys: number) => void
}

/** What an exploration found: nothing, or the first breach shrunk to its shortest journey, written as a scenario. */
export type ExploreReport = {
  procedure: ProcedureName
  /** The target does not offer the procedure (legacy onboarding, say): it was not explored. */
  notOffered?: true
  journeys: number
  steps: number
  seconds: number
  seed: number
  breach?: { invariant: string; detail: string; path: string; replayPath: string; scenario: string }
}

type Commands = Iterable<fc.AsyncCommand<JourneyModel, Journey>>

/** Runs one journey to its end, or to the first breach; a breach is thrown after the journey is ended. */
async function walk(
  target: ExploreTarget,
  options: ProcedureOptions,
  start: JourneyStart,
  commands: Commands,
  index: number,
  onJourney?: (journey: Journey) => void,
): Promise<number> {
  const journey = await Journey.open(target, options.procedure, start, index)
  onJourney?.(journey)
  try {
    await journey.setUp(start)
    await fc.asyncModelRun(() => ({ model: journey.model, real: journey }), commands)
  } catch (error) {
    await journey.end(false).catch(() => undefined)
    throw error
  }
  // Its end checks what no single step shows: calls the mocks could not answer, refusals nobody asserted.
  await journey.end(true).catch((error: unknown) => {
    throw new Breach('step-failed', [], `the journey's end: ${error instanceof Error ? error.message : String(error)}`)
  })
  return journey.acts
}

/** The options of one procedure's journeys. */
type ProcedureOptions = Omit<ExploreOptions, 'procedures'> & { procedure: AnyProcedure }

/**
 * Explores each procedure in turn on the target, opened once, and stops at the first that breaks a rule: the report of
 * each procedure walked.
 */
export async function explore(options: ExploreOptions): Promise<ExploreReport[]> {
  const target = await ExploreTarget.open(options.parameters)
  const reports: ExploreReport[] = []
  try {
    for (const procedure of options.procedures) {
      const report = await exploreProcedure(target, { ...options, procedure })
      reports.push(report)
      if (report.breach) break
    }
    return reports
  } finally {
    await target.close()
  }
}

/**
 * Random journeys of one procedure through the kit's phrases, with fast-check's model-based testing: commands drawn by
 * seed, run where their preconditions hold, and a failing journey shrunk to the shortest that still breaks an
 * invariant. That one is walked once more to write it down as a scenario.
 */
async function exploreProcedure(target: ExploreTarget, options: ProcedureOptions): Promise<ExploreReport> {
  const started = performance.now()
  let journeys = 0
  let taken = 0
  if (!target.offers(options.procedure.tags))
    return {
      procedure: options.procedure.name,
      notOffered: true,
      journeys: 0,
      steps: 0,
      seed: options.seed,
      seconds: 0,
    }
  const property = fc.asyncProperty(
    JOURNEY_START,
    fc.commands(options.procedure.acts, {
      maxCommands: options.maxSteps,
      size: 'max',
      ...(options.replayPath ? { replayPath: options.replayPath } : {}),
    }),
    async (start, commands) => {
      journeys += 1
      taken += await walk(target, options, start, commands, journeys)
      options.onJourney?.(options.procedure.name, journeys)
    },
  )
  const result = await fc.check(property, {
    numRuns: options.journeys,
    seed: options.seed,
    ...(options.path ? { path: options.path } : {}),
  })
  const report = { procedure: options.procedure.name, journeys, steps: taken, seed: options.seed, seconds: 0 }
  if (!result.failed || !result.counterexample) return { ...report, seconds: (performance.now() - started) / 1000 }
  const [start, commands] = result.counterexample
  const path = result.counterexamplePath ?? ''
  // fast-check writes how the commands were shrunk into their description; with the path it replays the journey.
  const replayPath = /replayPath="([^"]*)"/.exec(String(commands))?.[1] ?? ''
  let written: Journey | undefined
  const breach = await walk(target, options, start, [...commands], 0, (journey) => (written = journey)).then(
    () =>
      new Breach(
        'step-failed',
        [],
        `the journey broke a rule once but not when walked again: ${String(result.errorInstance)}`,
      ),
    (error: unknown) => (error instanceof Breach ? error : new Breach('step-failed', [], String(error))),
  )
  const header = [
    `found by sx-conformance explore, procedure ${options.procedure.name}, seed ${options.seed}, path ${path}, replay path ${replayPath}`,
    breach.message,
  ]
  // A journey whose world could not even be opened has no steps to write: its header says why.
  const scenario = written ? written.scenario(breach, header) : header.map((line) => `  # ${line}`).join('\n')
  return {
    ...report,
    seconds: (performance.now() - started) / 1000,
    breach: { invariant: breach.invariant, detail: breach.message, path, replayPath, scenario },
  }
}
