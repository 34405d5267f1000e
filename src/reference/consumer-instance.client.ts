import type { z } from 'zod'
import { timeLimit } from './time-limit'
import { bearerCredentials } from '../contract/basic-credentials'
import {
  CONSUMER_APP_SCOPE,
  CurrentUserAnswer,
  InstanceUserAnswer,
  KmfHealthAnswer,
  PropertyAnswer,
  ProviderConnectionAnswer,
  StoreAppAnswer,
  consumerInstancePaths,
} from '../contract/consumer-instance.schema'
import type { KmfStatus } from '../contract/kmf.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { Readings } from '../run/readings'
import { ADMIN_ROLE } from './provider-admin'
import { parseVersion, type Version } from './service-exchange-version'

/**
 * How the reference reaches consumer instances: always over fetch, so the boundary can be mocked or served; and how it
 * asks the Table API (FREE-12: the rows are filtered again here, so every way selects the same).
 */
export type ConsumerInstanceClientOptions = {
  fetch: typeof fetch
  timeoutMs: number
  /** The Table API query for the rows whose field holds a value, in the way the reading asks (FREE-12). */
  tableQuery: Readings['tableQuery']
}

/** What the provider learns by asking a consumer instance. */
export class ConsumerInstanceClient {
  constructor(private readonly options: ConsumerInstanceClientOptions) {}

  /** The release of Service Exchange for Consumers installed on the instance. */
  async serviceExchangeVersion(origin: string): Promise<Outcome<Version>> {
    const app = await this.installedVersion(origin, CONSUMER_APP_SCOPE)
    if (!app.ok) return app
    if (app.value === undefined)
      return refused('consumer-app-missing', `${origin} has no Service Exchange for Consumers application installed`)
    const version = parseVersion(app.value)
    if (!version)
      return refused(
        'version-malformed',
        `${origin} reports Service Exchange version "${app.value}", which is not a release number`,
      )
    return accepted(version)
  }

  /** The version of an application as the instance reports it; undefined when it is not installed. */
  async installedVersion(origin: string, scope: string): Promise<Outcome<string | undefined>> {
    const answer = await this.read(
      origin,
      `${consumerInstancePaths.storeApp}?${this.#where('scope', scope, 'scope,version')}`,
      StoreAppAnswer,
    )
    if (!answer.ok) return answer
    // the reference's one-condition query already selects these rows; under the other ways of asking (FREE-12) this
    // picks them, and npm run prove-fairness runs those
    // Stryker disable next-line ConditionalExpression,MethodExpression: for the reason above
    return accepted(answer.value.result.find((row) => row.scope === scope)?.version)
  }

  /** The roles a user holds on the instance; an empty list when the instance has no such user. */
  async rolesOf(origin: string, userName: string): Promise<Outcome<string[]>> {
    const answer = await this.read(
      origin,
      `${consumerInstancePaths.users}?${this.#where('user_name', userName, 'user_name,roles')}`,
      InstanceUserAnswer,
    )
    if (!answer.ok) return answer
    // the reference's one-condition query already selects these rows; under the other ways of asking (FREE-12) this
    // picks them, and npm run prove-fairness runs those
    // Stryker disable next-line ConditionalExpression,MethodExpression: for the reason above
    const user = answer.value.result.find((row) => row.user_name === userName)
    return accepted(
      user
        ? user.roles
            .split(',')
            .map((role) => role.trim())
            .filter(Boolean)
        : [],
    )
  }

  /** Whether a user of the instance holds the admin role there; false when the instance has no such user. */
  async isAdmin(origin: string, userName: string): Promise<Outcome<boolean>> {
    const roles = await this.rolesOf(origin, userName)
    return roles.ok ? accepted(roles.value.includes(ADMIN_ROLE)) : roles
  }

  /** A system property's value; empty when the property is not set. */
  async property(origin: string, name: string): Promise<Outcome<string>> {
    const answer = await this.read(
      origin,
      `${consumerInstancePaths.properties}?${this.#where('name', name, 'name,value')}`,
      PropertyAnswer,
    )
    if (!answer.ok) return answer
    return accepted(answer.value.result.find((row) => row.name === name)?.value.trim() ?? '')
  }

  /** The instance's own identifier, its instance_id property (S2: the catalog item asks for it). */
  instanceId(origin: string): Promise<Outcome<string>> {
    return this.property(origin, 'instance_id')
  }

  /** How many Provider Connection records of the instance point to this provider. */
  async providerConnectionsTo(origin: string, providerUrl: string): Promise<Outcome<number>> {
    const answer = await this.read(
      origin,
      `${consumerInstancePaths.providerConnections}?${this.#where('url', providerUrl, 'number,url')}`,
      ProviderConnectionAnswer,
    )
    if (!answer.ok) return answer
    // the reference's one-condition query already selects these rows; under the other ways of asking (FREE-12) this
    // picks them, and npm run prove-fairness runs those
    // Stryker disable next-line ConditionalExpression,MethodExpression: for the reason above
    return accepted(answer.value.result.filter((row) => row.url === providerUrl).length)
  }

  /** The user this instance issued the access token to (AUTH-02); a token it never issued is refused as such. */
  async currentUser(origin: string, accessToken: string): Promise<Outcome<string>> {
    const answer = await this.read(
      origin,
      consumerInstancePaths.currentUser,
      CurrentUserAnswer,
      bearerCredentials(accessToken),
    )
    return answer.ok ? accepted(answer.value.result.user_name) : answer
  }

  /** The instance's KMF health status. */
  async kmfStatus(origin: string): Promise<Outcome<KmfStatus>> {
    const answer = await this.read(origin, consumerInstancePaths.kmfHealth, KmfHealthAnswer)
    return answer.ok ? accepted(answer.value.result.status) : answer
  }

  #where(field: string, value: string, fields: string): string {
    return this.options.tableQuery(field, value, fields)
  }

  /** Reads from the instance, as the provider or, with a consumer user's credentials, as that user. */
  private async read<S extends z.ZodType>(
    origin: string,
    pathAndQuery: string,
    schema: S,
    authorization?: string,
  ): Promise<Outcome<z.infer<S>>> {
    const limit = timeLimit(this.options.timeoutMs)
    let response: Response
    try {
      response = await this.options.fetch(`${origin}${pathAndQuery}`, {
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
        signal: limit.signal,
      })
    } catch (error) {
      limit.release()
      if (error instanceof Error && error.name === 'TimeoutError') {
        return refused('instance-timeout', `${origin} did not answer within ${this.options.timeoutMs} ms`)
      }
      return refused('instance-unreachable', `${origin} could not be reached`)
    }
    // The limit holds until the answer is read in full: an instance that sends its headers and then stalls times out
    // too.
    const body: unknown = await response.json().catch(() => undefined)
    limit.release()
    if (response.status === 401 && authorization)
      return refused('consumer-token-invalid', `${origin} did not issue this access token: sign in to that instance`)
    if (!response.ok) return refused('instance-unreachable', `${origin} answered with status ${response.status}`)
    const parsed = schema.safeParse(body)
    if (!parsed.success) return refused('instance-answer-malformed', `${origin} gave an answer of an unexpected shape`)
    return accepted(parsed.data)
  }
}
