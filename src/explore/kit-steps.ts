import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api'
import type { Scenario } from '../cast/scenario'
import type { WorldParametersInput } from '../run/world-parameters'
import { KIT_ROOT, STEP_FILES } from '../run/kit-files'

/** A hook as cucumber-js holds it: its code, and whether it applies to a scenario of these tags. */
type Hook = { code: (...args: unknown[]) => unknown; appliesToTestCase(pickle: unknown): boolean }

/**
 * The kit's own step definitions, hooks and world, as cucumber-js loads them for a run. Its public type leaves them
 * opaque; these are the members of its support code library that the explorer uses.
 */
type SupportCode = {
  stepDefinitions: {
    code: (...args: unknown[]) => unknown
    matchesStepName(text: string): boolean
    expression: { match(text: string): { getValue(world: unknown): unknown }[] | null }
  }[]
  World: new (options: object) => unknown
  beforeTestCaseHookDefinitions: Hook[]
  afterTestCaseHookDefinitions: Hook[]
  afterTestStepHookDefinitions: Hook[]
  afterTestRunHookDefinitions: Hook[]
}

/** A scenario's name and tags, as the hooks read them; every exploration journey verifies the requirements it names. */
type JourneyPickle = { name: string; uri: string; location: { line: number; column: number }; tags: { name: string }[] }

/**
 * The kit's step language, run outside cucumber-js: a journey of the explorer is a scenario whose steps are chosen as
 * it goes, so it runs the very step definitions and hooks a feature file runs. What it printed therefore means, in
 * cucumber-js, exactly what it did.
 */
export class KitSteps {
  private constructor(private readonly support: SupportCode) {}

  /** Loads the step definitions once for a whole exploration (about half a second). */
  static async load(): Promise<KitSteps> {
    const { runConfiguration } = await loadConfiguration(
      { file: false, provided: { paths: [], ...STEP_FILES } },
      { cwd: KIT_ROOT },
    )
    return new KitSteps((await loadSupport(runConfiguration, { cwd: KIT_ROOT })) as unknown as SupportCode)
  }

  /**
   * A journey's world, its Before hooks run as for a scenario of these tags; `skipped` when a hook skips it, as for a
   * part the target does not offer.
   */
  async begin(
    parameters: WorldParametersInput,
    pickle: JourneyPickle,
  ): Promise<{ world: Scenario; skipped: boolean }> {
    const world = new this.support.World({
      parameters,
      attach: () => undefined,
      log: () => undefined,
      link: () => undefined,
    }) as Scenario
    for (const hook of this.support.beforeTestCaseHookDefinitions) {
      if (!hook.appliesToTestCase(pickle)) continue
      if ((await hook.code.apply(world, [{ pickle }])) === 'skipped') return { world, skipped: true }
    }
    return { world, skipped: false }
  }

  /** One step, by its text; the AfterStep hooks run after it, as in a scenario. */
  async run(world: Scenario, text: string): Promise<void> {
    const [definition, ...more] = this.support.stepDefinitions.filter((candidate) => candidate.matchesStepName(text))
    if (!definition || more.length > 0)
      throw new Error(`the kit has ${definition ? 'several steps' : 'no step'} for "${text}"`)
    const args = (definition.expression.match(text) ?? []).map((argument) => argument.getValue(world))
    await definition.code.apply(world, args)
    for (const hook of this.support.afterTestStepHookDefinitions) await hook.code.apply(world, [{}])
  }

  /** The After hooks, last defined first, as cucumber-js runs them; the first failure is thrown after all have run. */
  async end(world: Scenario, pickle: JourneyPickle, passed: boolean): Promise<void> {
    let failure: unknown
    for (const hook of [...this.support.afterTestCaseHookDefinitions].reverse()) {
      if (!hook.appliesToTestCase(pickle)) continue
      await Promise.resolve(
        hook.code.apply(world, [{ pickle, result: { status: passed ? 'PASSED' : 'FAILED' } }]),
      ).catch((error: unknown) => (failure ??= error))
    }
    if (failure) throw failure
  }

  /** The AfterAll hooks: the targets and the boundary the journeys opened are closed. */
  async close(): Promise<void> {
    for (const hook of this.support.afterTestRunHookDefinitions) await hook.code.apply(null, [])
  }
}
