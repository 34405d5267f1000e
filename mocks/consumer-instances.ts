import { createHash, randomBytes } from 'node:crypto'
import type { KmfStatus } from '../src/contract/kmf.schema'

/**
 * How an instance answers: as it should, not at all, never, with a web page where data belongs (asleep, say), or only
 * about its users and its release, what the pre-onboarding checks read out of reach.
 */
export type Availability = 'answers' | 'unreachable' | 'silent' | 'web-page' | 'checks out of reach'

/** The pre-onboarding checks a problem of the consumer instance fails, which its admin fixes there. */
export type ConsumerSideCheck =
  'consumer-kmf-unhealthy' | 'servlet-uri-empty' | 'app-versions-differ' | 'stale-connection-records'

/** What a consumer instance is, as far as the provider can find out by asking it. */
export type ConsumerInstanceModel = {
  /** The instance's own address. */
  origin: string
  /** Installed applications by scope, with the version exactly as the instance reports it. */
  apps: Map<string, string>
  /** Users of the instance by user name, with their roles. */
  users: Map<string, string[]>
  /** System properties by name. */
  properties: Map<string, string>
  /** The provider URLs that Provider Connection records of this instance point to, one entry per record. */
  providerConnections: string[]
  kmf: KmfStatus
  availability: Availability
  /** The access tokens the instance issued to users who signed in, and to whom. */
  sessions: Map<string, string>
}

/** An instance's instance_id: 32 hex digits that follow from its address, so a run can be reproduced. */
export const instanceIdOf = (origin: string): string =>
  createHash('sha256').update(new URL(origin).origin).digest('hex').slice(0, 32)

/** The scopes a mocked instance reports: Service Exchange for Consumers, and for Providers when both are installed. */
const CONSUMER_APP = 'sn_sb_con'
const PROVIDER_APP = 'sn_sb_pro'

/**
 * The consumer instances a scenario has, by origin. Steps change them in domain words; the handlers answer the provider
 * from them. An origin that is not here is an unexpected call.
 */
export class ConsumerInstances {
  readonly #byOrigin = new Map<string, ConsumerInstanceModel>()

  /** Adds a healthy instance that answers, knows its own address and runs the given release. */
  add(origin: string, serviceExchangeVersion: string): ConsumerInstanceControl {
    const at = new URL(origin).origin
    this.#byOrigin.set(at, {
      origin: at,
      apps: new Map([[CONSUMER_APP, serviceExchangeVersion]]),
      users: new Map(),
      properties: new Map([
        ['glide.servlet.uri', `${at}/`],
        ['instance_id', instanceIdOf(at)],
      ]),
      providerConnections: [],
      kmf: 'Operational',
      availability: 'answers',
      sessions: new Map(),
    })
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

  /**
   * A user signs in: to the instance at this origin when they are a user of it, or else to the first instance that has
   * them. Undefined for someone no instance knows.
   */
  signIn(userName: string, preferredOrigin: string): string | undefined {
    const preferred = this.at(preferredOrigin)
    const origin = preferred?.users.has(userName)
      ? preferredOrigin
      : [...this.#byOrigin].find(([, model]) => model.users.has(userName))?.[0]
    return origin === undefined ? undefined : this.control(origin).signIn(userName)
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
    this.model.apps.set(CONSUMER_APP, version)
  }
  hasNoConsumerApp(): void {
    this.model.apps.delete(CONSUMER_APP)
  }
  /** Service Exchange for Providers installed beside the consumer app, at a version of its own. */
  alsoRunsProviderAppAtOtherVersion(): void {
    this.model.apps.set(PROVIDER_APP, `${this.model.apps.get(CONSUMER_APP) ?? '2.3.18'}.1`)
  }
  /** Service Exchange for Providers installed beside the consumer app, at the same version. */
  alsoRunsProviderAppAtSameVersion(): void {
    const version = this.model.apps.get(CONSUMER_APP)
    if (version === undefined) this.model.apps.delete(PROVIDER_APP)
    else this.model.apps.set(PROVIDER_APP, version)
  }
  hasUser(userName: string, roles: string[]): void {
    this.model.users.set(userName, roles)
  }
  /** A user of the instance signs in to it and gets an access token of their own, as OAuth issues one. */
  signIn(userName: string): string {
    if (!this.model.users.has(userName))
      throw new Error(`${userName} is no user of this consumer instance, and cannot sign in to it`)
    const token = randomBytes(24).toString('base64url')
    this.model.sessions.set(token, userName)
    return token
  }
  forgetsUser(userName: string): void {
    this.model.users.delete(userName)
  }
  setsProperty(name: string, value: string): void {
    this.model.properties.set(name, value)
  }
  reportsKmf(status: KmfStatus): void {
    this.model.kmf = status
  }
  /** Provider Connection records left behind by an earlier attempt or a clone. */
  holdsProviderConnections(providerUrl: string, count: number): void {
    for (let index = 0; index < count; index++) this.model.providerConnections.push(providerUrl)
  }
  removesProviderConnections(): void {
    this.model.providerConnections.length = 0
  }
  /** What a consumer admin does about a failing pre-onboarding check of this instance's own, as its resolution says. */
  fixes(check: ConsumerSideCheck): void {
    const fix: Record<ConsumerSideCheck, () => void> = {
      'consumer-kmf-unhealthy': () => this.reportsKmf('Operational'),
      'servlet-uri-empty': () => this.setsProperty('glide.servlet.uri', `${this.model.origin}/`),
      'app-versions-differ': () => this.alsoRunsProviderAppAtSameVersion(),
      'stale-connection-records': () => this.removesProviderConnections(),
    }
    fix[check]()
  }
  /**
   * The consumer application's own Provider Connection record, written when a registration with this provider
   * completes.
   */
  connectsTo(providerUrl: string): void {
    if (!this.model.providerConnections.includes(providerUrl)) this.model.providerConnections.push(providerUrl)
  }
  /** Off-Board Provider in this instance (OFF-P): its Provider Connection records for that provider are deleted. */
  offboardsProvider(providerUrl: string): void {
    this.model.providerConnections = this.model.providerConnections.filter((url) => url !== providerUrl)
  }
  becomes(availability: Availability): void {
    this.model.availability = availability
  }
}
