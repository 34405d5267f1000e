import { appendFileSync } from 'node:fs'
import { VirtualClock } from '../reference/clock'
import { ProviderInstance } from '../reference/provider-instance'
import { OptionalPart } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import type { WorldParameters } from '../run/world-parameters'
import type { Exchange } from './contract-client'
import type { ExchangeDriver } from './exchange-driver'
import { openHttpDriver, readCapabilities } from './http.driver'
import { inProcessDriver } from './in-process.driver'

/** The environment variable that names the target of the `remote` profile. */
export const TARGET_URL_VARIABLE = 'SX_TARGET_URL'

/** The environment variable that names a file to record every exchange with the target in (one JSON per line). */
export const RECORD_EXCHANGES_VARIABLE = 'SX_RECORD_EXCHANGES'

/** What the composition root needs to know about one scenario's surroundings. */
export type Surroundings = {
  /** The address an in-process provider instance has; a remote target gives its own. */
  providerUrl: string
  mailGatewayUrl: string
  startOfTime: Date
  /** How an in-process reference reaches consumer instances and the mail gateway. */
  fetch: typeof fetch
}

/** The implementation a run verifies: its name for the reports, the parts it does not offer, and a driver per scenario. */
export type RunTarget = {
  name: string
  without: OptionalPart[]
  open(surroundings: Surroundings): Promise<{ driver: ExchangeDriver; providerUrl: string }>
}

/** The one place that decides which adapter of the driver port a run goes through. */
export async function runTarget(parameters: WorldParameters): Promise<RunTarget> {
  switch (parameters.driver) {
    case 'in-process':
      return {
        name: 'reference (in-process)',
        without: parameters.without,
        open: async (surroundings) => ({
          providerUrl: surroundings.providerUrl,
          driver: inProcessDriver(
            new ProviderInstance({
              baseUrl: surroundings.providerUrl,
              mailGatewayUrl: surroundings.mailGatewayUrl,
              fetch: surroundings.fetch,
              clock: new VirtualClock(surroundings.startOfTime),
              release: parameters.release,
              outboundTimeoutMs: parameters.outboundTimeoutMs,
              faults: parameters.faults,
            }),
          ),
        }),
      }
    case 'http': {
      const url = (parameters.targetUrl ?? process.env[TARGET_URL_VARIABLE] ?? '').replace(/\/+$/, '')
      if (!URL.canParse(url)) throw new ConfigurationError(`no target to verify: set ${TARGET_URL_VARIABLE} or the targetUrl world parameter to its address`)
      const record = process.env[RECORD_EXCHANGES_VARIABLE]
      const target = {
        url,
        timeoutMs: parameters.requestTimeoutMs,
        ...(record ? { onExchange: (exchange: Exchange) => appendFileSync(record, `${JSON.stringify(exchange)}\n`) } : {}),
      }
      const capabilities = await readCapabilities(target)
      if (!capabilities.releases.includes(parameters.release)) {
        throw new ConfigurationError(`the target at ${url} implements ${capabilities.releases.join(', ')}, not ${parameters.release}`)
      }
      const name = `${capabilities.implementation} at ${url}`
      return {
        name,
        without: OptionalPart.options.filter((part) => parameters.without.includes(part) || !capabilities.parts.includes(part)),
        open: (surroundings) => openHttpDriver(target, { release: parameters.release, mailGatewayUrl: surroundings.mailGatewayUrl }, name),
      }
    }
  }
}
