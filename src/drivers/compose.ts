import { openSync, writeSync } from 'node:fs'
import { VirtualClock } from '../reference/clock'
import { ProviderInstance } from '../reference/provider-instance'
import { REFERENCE_ATTESTS } from '../reference/registration-token'
import { withFaultsNamed } from '../run/faults'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { OptionalPart } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import type { WorldParameters } from '../run/world-parameters'
import type { Exchange } from './contract-client'
import type { ExchangeDriver } from './exchange-driver'
import type { VerbsWithScreens } from './browser.driver'
import { openHttpDriver, readCapabilities, type HttpTarget } from './http.driver'
import { inProcessDriver } from './in-process.driver'
import { partsFor } from '../run/faulty-parts'
import { noting, readingsOf } from '../run/readings'

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

/**
 * One scenario's driver, the provider instance's address, and, in a browser, a picture of the screen and the end of the
 * scenario.
 */
export type ScenarioSession = {
  driver: ExchangeDriver
  providerUrl: string
  /** Over HTTP: every exchange of the scenario with the target, in order, for its reports. */
  exchanges?: readonly Exchange[]
  screenshot?(): Promise<Buffer> | undefined
  /**
   * In a browser: while on, verbs go over the HTTP contract, as a scenario's Givens do; the screens carry what the
   * scenario acts and reads.
   */
  arrange?(on: boolean): void
  /** In a browser: the verbs with screen steps the scenario carried out through them, and those it arranged. */
  verbsWithScreens?: VerbsWithScreens
  /**
   * In-process, when asked: where the documents are silent, the choices and the starting settings the reference read in
   * the scenario.
   */
  readingsRead?: ReadonlySet<string>
  close?(): Promise<void>
}

/**
 * The implementation a run verifies: its name for the reports, the parts it does not offer, and a driver per scenario.
 */
export type RunTarget = {
  name: string
  without: OptionalPart[]
  /** The requirements the implementation attests that no scenario can verify. */
  attests: string[]
  open(surroundings: Surroundings): Promise<ScenarioSession>
  /** Ends what the run started for the target: a browser, a reference it served itself. */
  close?(): Promise<void>
}

/** How long a reference the browser driver serves itself waits for a consumer instance: as `serve` does by default. */
const SERVED_OUTBOUND_TIMEOUT_MS = 1000

/** The one place that decides which adapter of the driver port a run goes through. */
export async function runTarget(parameters: WorldParameters): Promise<RunTarget> {
  switch (parameters.driver) {
    case 'in-process':
      return inProcessTarget(parameters)
    case 'http':
      return httpTarget(parameters)
    case 'browser':
      return browserTarget(parameters)
  }
}

/** The reference, called in the test process. */
function inProcessTarget(parameters: WorldParameters): RunTarget {
  return {
    name: withFaultsNamed('reference (in-process)', parameters.faults),
    without: parameters.without,
    attests: REFERENCE_ATTESTS,
    open: async (surroundings) => {
      // A fairness run's first pass notes which choices and starting settings each scenario reads (prove-fairness.ts).
      const read = parameters.noteReadings ? new Set<string>() : undefined
      const startsWith = read ? noting(parameters.startsWith ?? {}, read) : parameters.startsWith
      return {
        providerUrl: surroundings.providerUrl,
        ...(read ? { readingsRead: read } : {}),
        driver: inProcessDriver(
          new ProviderInstance({
            baseUrl: surroundings.providerUrl,
            mailGatewayUrl: surroundings.mailGatewayUrl,
            fetch: surroundings.fetch,
            clock: new VirtualClock(surroundings.startOfTime),
            release: parameters.release,
            outboundTimeoutMs: parameters.outboundTimeoutMs,
            faults: parameters.faults,
            parts: partsFor(parameters.faults),
            ...(startsWith ? { startsWith } : {}),
            readings: readingsOf(parameters.choices, read),
          }),
        ),
      }
    },
  }
}

/** A target over the HTTP contract. */
async function httpTarget(parameters: WorldParameters): Promise<RunTarget> {
  const { target, name, without, attests } = await remoteTarget(
    parameters,
    parameters.targetUrl ?? process.env[TARGET_URL_VARIABLE],
  )
  return {
    name,
    without,
    attests,
    open: (surroundings) =>
      openHttpDriver(target, { release: parameters.release, mailGatewayUrl: surroundings.mailGatewayUrl }, name),
  }
}

/** A target through its screens in Chromium: the one named, or the reference served for the run. */
async function browserTarget(parameters: WorldParameters): Promise<RunTarget> {
  // Playwright loads only for a run that drives a browser: it costs every other run a quarter of a second.
  const { openBrowserDriver, launchChromium, PagePool, startReferenceServer, newSetupToken } =
    require('./browser-run') as typeof import('./browser-run')
  const given = parameters.targetUrl ?? process.env[TARGET_URL_VARIABLE]
  const setupToken = given ? undefined : newSetupToken()
  // The browser first, and whatever started is stopped if the rest fails: nothing left keeps the process alive. The
  // reference's screens are forms, run faster by a browser that draws no frames (chromium.ts); a target's are drawn.
  const use = setupToken ? 'forms' : 'screens'
  const browser = await launchChromium(use)
  let served: Awaited<ReturnType<typeof startReferenceServer>> | undefined
  try {
    served = setupToken
      ? await startReferenceServer({
          port: 0,
          setupToken,
          faults: parameters.faults,
          parts: partsFor(parameters.faults),
          outboundTimeoutMs: SERVED_OUTBOUND_TIMEOUT_MS,
        })
      : undefined
    const { target, name, without, attests } = await remoteTarget(
      setupToken ? { ...parameters, setupToken } : parameters,
      given ?? served!.url,
    )
    const pages = await PagePool.open(browser, use, target.timeoutMs)
    const started = served
    return {
      name: `${name}, through its screens in Chromium ${browser.version()}`,
      without,
      attests,
      open: (surroundings) =>
        openBrowserDriver(
          pages,
          target,
          { release: parameters.release, mailGatewayUrl: surroundings.mailGatewayUrl },
          name,
        ),
      close: async () => {
        await pages.close()
        await browser.close()
        await started?.close()
      },
    }
  } catch (error) {
    await served?.close()
    await browser.close()
    throw error
  }
}

/**
 * Writes each exchange as a line of the file, as it happens: opened once, since a run makes a few thousand (opening
 * the file for each cost a run over HTTP a tenth of a second); a line is in the file as soon as its exchange is over.
 */
function recordedTo(file: string): (exchange: Exchange) => void {
  const descriptor = openSync(file, 'a')
  return (exchange) => void writeSync(descriptor, `${JSON.stringify(exchange)}\n`)
}

/**
 * A target over HTTP: where it is, what it offers, and its name for the reports; a target that cannot serve the run is
 * a configuration error.
 */
async function remoteTarget(
  parameters: WorldParameters,
  address: string | undefined,
): Promise<{ target: HttpTarget; name: string; without: OptionalPart[]; attests: string[] }> {
  const url = (address ?? '').replace(/\/+$/, '')
  if (!URL.canParse(url))
    throw new ConfigurationError(
      `no target to verify: set ${TARGET_URL_VARIABLE} or the targetUrl world parameter to its address`,
    )
  const record = process.env[RECORD_EXCHANGES_VARIABLE]
  const setupToken = parameters.setupToken ?? process.env[SETUP_TOKEN_VARIABLE]
  const target: HttpTarget = {
    url,
    timeoutMs: parameters.requestTimeoutMs,
    ...(setupToken ? { setupToken } : {}),
    ...(record ? { onExchange: recordedTo(record) } : {}),
  }
  const capabilities = await readCapabilities(target)
  if (!capabilities.releases.includes(parameters.release)) {
    throw new ConfigurationError(
      `the target at ${url} implements ${capabilities.releases.join(', ')}, not ${parameters.release}`,
    )
  }
  return {
    target,
    name: `${capabilities.implementation} at ${url}`,
    without: OptionalPart.options.filter(
      (part) => parameters.without.includes(part) || !capabilities.parts.includes(part),
    ),
    attests: capabilities.attests,
  }
}
