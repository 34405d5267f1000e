import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { readFaults } from '../run/faults'
import { OptionalPart } from '../requirements/requirement.schema'
import { DEFAULT_INSTANCE_LIMITS } from '../reference/server/reference-target'
import { startReferenceServer } from '../reference/server/reference-server'
import { MIN_SETUP_TOKEN_LENGTH, newSetupToken } from '../reference/server/setup-token'
import { ConfigurationError } from '../run/configuration-error'
import { readFlags, wholeNumber } from './flags'
import { partsFor } from '../run/faulty-parts'

export const SERVE_HELP = `sx-conformance serve: run the reference implementation as an HTTP target

  --port N                  the port to listen on (default 4010; 0 picks a free one)
  --host ADDRESS            the address to listen on (default 127.0.0.1)
  --public-url ORIGIN       the address registration URLs, email links and screens are built on, e.g.
                            https://sx.example.com (default the listening address); the Host header never is
  --setup-token TOKEN       what setup operations must carry as "Authorization: Bearer TOKEN" (default
                            ${SETUP_TOKEN_VARIABLE}, else a new one, printed at start); at least ${MIN_SETUP_TOKEN_LENGTH} characters
  --max-instances N         provider instances held at once (default ${DEFAULT_INSTANCE_LIMITS.maxInstances}); more are refused with server-full
  --max-stored-mb N         what the records of all instances may hold together (default ${DEFAULT_INSTANCE_LIMITS.maxStoredMb}); more are refused with server-full
  --idle-minutes N          an instance nobody called for this long is closed (default ${DEFAULT_INSTANCE_LIMITS.idleMinutes})
  --outbound-timeout-ms N   how long the reference waits for a consumer instance or the mail gateway (default 1000)
  --fault ID                switch a rule off, to see a gate fail (repeatable; see npm run prove-faults)
  --without PART            leave an optional part out (${OptionalPart.options.join(' or ')}; repeatable)
  --help                    this text

Prints "listening at URL" once it accepts requests, then the setup token if it made one; stops on Ctrl-C or SIGTERM,
and, started through npx or npm, when npm stops.`

/** Runs the reference server until the process is told to stop. */
export async function serve(args: string[]): Promise<void> {
  const flags = readFlags(args, {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string' },
    'setup-token': { type: 'string' },
    'max-instances': { type: 'string', default: String(DEFAULT_INSTANCE_LIMITS.maxInstances) },
    'max-stored-mb': { type: 'string', default: String(DEFAULT_INSTANCE_LIMITS.maxStoredMb) },
    'idle-minutes': { type: 'string', default: String(DEFAULT_INSTANCE_LIMITS.idleMinutes) },
    'outbound-timeout-ms': { type: 'string', default: '1000' },
    fault: { type: 'string', multiple: true, default: [] },
    without: { type: 'string', multiple: true, default: [] },
  })
  const without = flags.without.map((part) => {
    const parsed = OptionalPart.safeParse(part)
    if (!parsed.success)
      throw new ConfigurationError(`--without takes ${OptionalPart.options.join(' or ')}, not "${part}"`)
    return parsed.data
  })
  const given = flags['setup-token'] ?? process.env[SETUP_TOKEN_VARIABLE]
  if (given !== undefined && given.trim().length < MIN_SETUP_TOKEN_LENGTH) {
    throw new ConfigurationError(
      `--setup-token (or ${SETUP_TOKEN_VARIABLE}) needs at least ${MIN_SETUP_TOKEN_LENGTH} characters`,
    )
  }
  const setupToken = given?.trim() ?? newSetupToken()
  const faults = readFaults(flags.fault)
  const server = await startReferenceServer({
    port: wholeNumber(flags.port, '--port', 0, 65_535),
    host: flags.host,
    ...(flags['public-url'] === undefined ? {} : { publicUrl: publicOrigin(flags['public-url']) }),
    setupToken,
    limits: {
      maxInstances: wholeNumber(flags['max-instances'], '--max-instances', 1, 100_000),
      maxStoredMb: wholeNumber(flags['max-stored-mb'], '--max-stored-mb', 1, 100_000),
      idleMinutes: wholeNumber(flags['idle-minutes'], '--idle-minutes', 1, 10_080),
    },
    outboundTimeoutMs: wholeNumber(flags['outbound-timeout-ms'], '--outbound-timeout-ms', 10, 600_000),
    faults,
    parts: partsFor(faults),
    without,
  }).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(`cannot listen on ${flags.host}:${flags.port}: ${error.code ?? error.message}`)
  })
  const switchedOff = flags.fault.length > 0 ? `, with ${flags.fault.join(', ')} switched off` : ''
  const parts = without.length > 0 ? `, without ${without.join(', ')}` : ''
  const publicAddress = server.publicUrl === server.url ? '' : `, public address ${server.publicUrl}`
  console.log(`sx-conformance reference listening at ${server.url}${publicAddress}${switchedOff}${parts}`)
  if (given === undefined) console.log(`setup token: ${setupToken}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  if (process.env.npm_command !== undefined) stopWithParent(stop)
}

/**
 * Stops the server when the process that started it is gone. npx and npm run start the kit through a shell, and when
 * npm is stopped the shell goes with it while the server would live on, holding its port: the next `serve` could not
 * listen, or a script would talk to the old server. A server started otherwise is left to its owner.
 */
function stopWithParent(stop: () => void): void {
  const parent = process.ppid
  const watch = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(watch)
    stop()
  }, 500)
  watch.unref()
}

/** The public address: an http(s) origin, without a path, a query or credentials. */
function publicOrigin(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== text.replace(/\/$/, '')) {
    throw new ConfigurationError(
      `--public-url takes an http(s) origin such as https://sx.example.com, without a path, not "${text}"`,
    )
  }
  return url.origin
}
