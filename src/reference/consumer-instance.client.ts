import type { z } from 'zod'
import {
  CONSUMER_APP_SCOPE,
  InstanceUserAnswer,
  StoreAppAnswer,
  consumerInstancePaths,
} from '../contract/consumer-instance.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import { parseVersion, type Version } from './service-exchange-version'

/** How the reference reaches consumer instances: always over fetch, so the boundary can be mocked or served. */
export type ConsumerInstanceClientOptions = { fetch: typeof fetch; timeoutMs: number }

/** What the provider learns by asking a consumer instance. */
export class ConsumerInstanceClient {
  constructor(private readonly options: ConsumerInstanceClientOptions) {}

  /** The release of Service Exchange for Consumers installed on the instance. */
  async serviceExchangeVersion(origin: string): Promise<Outcome<Version>> {
    const query = new URLSearchParams({ sysparm_query: `scope=${CONSUMER_APP_SCOPE}`, sysparm_fields: 'scope,version' })
    const answer = await this.read(origin, `${consumerInstancePaths.storeApp}?${query}`, StoreAppAnswer)
    if (!answer.ok) return answer
    const app = answer.value.result.find((row) => row.scope === CONSUMER_APP_SCOPE)
    if (!app) return refused('consumer-app-missing', `${origin} has no Service Exchange for Consumers application installed`)
    const version = parseVersion(app.version)
    if (!version) return refused('version-malformed', `${origin} reports Service Exchange version "${app.version}", which is not a release number`)
    return accepted(version)
  }

  /** The roles a user holds on the instance; an empty list when the instance has no such user. */
  async rolesOf(origin: string, userName: string): Promise<Outcome<string[]>> {
    const query = new URLSearchParams({ sysparm_query: `user_name=${userName}`, sysparm_fields: 'user_name,roles' })
    const answer = await this.read(origin, `${consumerInstancePaths.users}?${query}`, InstanceUserAnswer)
    if (!answer.ok) return answer
    const user = answer.value.result.find((row) => row.user_name === userName)
    return accepted(user ? user.roles.split(',').map((role) => role.trim()).filter(Boolean) : [])
  }

  private async read<S extends z.ZodType>(origin: string, pathAndQuery: string, schema: S): Promise<Outcome<z.infer<S>>> {
    let response: Response
    try {
      response = await this.options.fetch(`${origin}${pathAndQuery}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        return refused('instance-timeout', `${origin} did not answer within ${this.options.timeoutMs} ms`)
      }
      return refused('instance-unreachable', `${origin} could not be reached`)
    }
    if (!response.ok) return refused('instance-unreachable', `${origin} answered with status ${response.status}`)
    const body: unknown = await response.json().catch(() => undefined)
    const parsed = schema.safeParse(body)
    if (!parsed.success) return refused('instance-answer-malformed', `${origin} gave an answer of an unexpected shape`)
    return accepted(parsed.data)
  }
}
