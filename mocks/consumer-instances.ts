/** How a mocked consumer instance behaves on the network. */
export type Availability = 'answers' | 'unreachable' | 'silent'

/** What a consumer instance is, as far as the provider can find out by asking it. */
export type ConsumerInstanceModel = {
  /** The installed Service Exchange for Consumers release, exactly as the instance reports it; undefined when not installed. */
  serviceExchangeVersion: string | undefined
  /** Users of the instance by user name, with their roles. */
  users: Map<string, string[]>
  availability: Availability
}

/**
 * The consumer instances a scenario has, by origin. Steps change them in domain words; the handlers
 * answer the provider from them. An origin that is not here is an unexpected call.
 */
export class ConsumerInstances {
  readonly #byOrigin = new Map<string, ConsumerInstanceModel>()

  /** Adds an instance that answers and runs the given release. */
  add(origin: string, serviceExchangeVersion: string): ConsumerInstanceControl {
    this.#byOrigin.set(new URL(origin).origin, { serviceExchangeVersion, users: new Map(), availability: 'answers' })
    return this.control(origin)
  }

  /** The instance at this origin, if a scenario added it. */
  at(origin: string): ConsumerInstanceModel | undefined {
    return this.#byOrigin.get(new URL(origin).origin)
  }

  /** Domain words for changing an instance the scenario added. */
  control(origin: string): ConsumerInstanceControl {
    const model = this.at(origin)
    if (!model) throw new Error(`no consumer instance was set up at ${origin}`)
    return new ConsumerInstanceControl(model)
  }

  /** Forgets every instance: each scenario starts from none. */
  clear(): void {
    this.#byOrigin.clear()
  }
}

/** Changes one mocked consumer instance. */
export class ConsumerInstanceControl {
  constructor(private readonly model: ConsumerInstanceModel) {}
  runsVersion(version: string): void {
    this.model.serviceExchangeVersion = version
  }
  hasNoConsumerApp(): void {
    this.model.serviceExchangeVersion = undefined
  }
  hasUser(userName: string, roles: string[]): void {
    this.model.users.set(userName, roles)
  }
  forgetsUser(userName: string): void {
    this.model.users.delete(userName)
  }
  becomes(availability: Availability): void {
    this.model.availability = availability
  }
}
