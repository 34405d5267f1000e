import { VirtualClock } from '../reference/clock'
import { ProviderInstance } from '../reference/provider-instance'
import type { WorldParameters } from '../run/world-parameters'
import type { ExchangeDriver } from './exchange-driver'
import { inProcessDriver } from './in-process.driver'

/** What the composition root needs to know about the scenario's surroundings. */
export type Surroundings = {
  providerUrl: string
  mailGatewayUrl: string
  startOfTime: Date
  /** How an in-process reference reaches consumer instances and the mail gateway. */
  fetch: typeof fetch
}

/** The one place that decides which adapter of the driver port a run goes through. */
export function composeDriver(parameters: WorldParameters, surroundings: Surroundings): ExchangeDriver {
  switch (parameters.driver) {
    case 'in-process':
      return inProcessDriver(
        new ProviderInstance({
          baseUrl: surroundings.providerUrl,
          mailGatewayUrl: surroundings.mailGatewayUrl,
          fetch: surroundings.fetch,
          clock: new VirtualClock(surroundings.startOfTime),
          release: parameters.release,
          outboundTimeoutMs: parameters.outboundTimeoutMs,
          faults: parameters.faults,
        }),
      )
  }
}
