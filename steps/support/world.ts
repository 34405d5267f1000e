import { setWorldConstructor, type IWorldOptions } from '@cucumber/cucumber'
import { Boundary } from '../../mocks/boundary'
import { newEnglishFaker } from '../../src/cast/english-faker'
import { Scenario } from '../../src/cast/scenario'
import { readWorldParameters, type WorldParameters } from '../../src/run/world-parameters'

/** The mocked world outside the provider: one per worker thread, emptied after every scenario. */
export const boundary = new Boundary()

/**
 * What draws every scenario's parties, one per worker thread like the boundary. Each scenario seeds it before its first
 * draw (scenario-life.ts), which makes its draws those of a new one; making a new one cost a tenth of a millisecond.
 */
const faker = newEnglishFaker()

/** A scenario's memory as cucumber-js holds it: the kit's Scenario, with what cucumber-js gives every world. */
export class ExchangeWorld extends Scenario {
  readonly attach: IWorldOptions['attach']
  readonly log: IWorldOptions['log']
  readonly link: IWorldOptions['link']
  readonly parameters: WorldParameters

  constructor(options: IWorldOptions<WorldParameters>) {
    super(readWorldParameters(options.parameters), boundary, faker)
    this.attach = options.attach
    this.log = options.log
    this.link = options.link
    this.parameters = options.parameters
  }
}

setWorldConstructor(ExchangeWorld)
