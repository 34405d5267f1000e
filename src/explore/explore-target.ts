import { Boundary } from '../../mocks/boundary'
import { Scenario } from '../cast/scenario'
import { closeScenario, openScenario, type ScenarioPlace } from '../cast/scenario-life'
import { runTarget, type RunTarget } from '../drivers/compose'
import { runSeed } from '../run/seed'
import { readWorldParameters, type WorldParameters, type WorldParametersInput } from '../run/world-parameters'

/**
 * The target an exploration walks its journeys against, opened once: the implementation (or the reference in this
 * process), the mocked world outside it, and the seed every journey's data is drawn from. Each journey is a scenario
 * of its own, opened and ended as the step definitions' hooks open and end one.
 */
export class ExploreTarget {
  private constructor(
    private readonly settings: WorldParameters,
    private readonly target: RunTarget,
    private readonly boundary: Boundary,
    private readonly seed: number,
  ) {}

  static async open(parameters: WorldParametersInput): Promise<ExploreTarget> {
    const settings = readWorldParameters(parameters)
    return new ExploreTarget(settings, await runTarget(settings), new Boundary(), runSeed())
  }

  /** Whether the target offers the optional parts a procedure belongs to. */
  offers(tags: readonly string[] = []): boolean {
    return !this.target.without.some((part) => tags.includes(`@${part}`))
  }

  /** A journey's scenario, on a fresh provider instance of the target. */
  async scenario(place: ScenarioPlace): Promise<Scenario> {
    const scenario = new Scenario(this.settings, this.boundary)
    try {
      await openScenario(scenario, this.target, this.seed, place)
    } catch (error) {
      await closeScenario(scenario)
      await this.boundary.reset()
      throw error
    }
    return scenario
  }

  /** Ends the target and the mocked world. */
  async close(): Promise<void> {
    await this.target.close?.()
    await this.boundary.close()
  }
}
