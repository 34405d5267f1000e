import { readFaults } from '../reference/faults'
import { OptionalPart } from '../requirements/requirement.schema'
import { startReferenceServer } from '../reference/server/reference-server'
import { ConfigurationError } from '../run/configuration-error'
import { readFlags, wholeNumber } from './flags'

export const SERVE_HELP = `sx-conformance serve: run the reference implementation as an HTTP target

  --port N                  the port to listen on (default 4010; 0 picks a free one)
  --host ADDRESS            the address to listen on (default 127.0.0.1)
  --outbound-timeout-ms N   how long the reference waits for a consumer instance or the mail gateway (default 1000)
  --fault ID                switch a rule off, to see a gate fail (repeatable; see npm run prove-faults)
  --without PART            leave an optional part out (${OptionalPart.options.join(' or ')}; repeatable)
  --help                    this text

Prints "listening at URL" once it accepts requests; stops on Ctrl-C or SIGTERM.`

/** Runs the reference server until the process is told to stop. */
export async function serve(args: string[]): Promise<void> {
  const flags = readFlags(args, {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'outbound-timeout-ms': { type: 'string', default: '1000' },
    fault: { type: 'string', multiple: true, default: [] },
    without: { type: 'string', multiple: true, default: [] },
  })
  const without = flags.without.map((part) => {
    const parsed = OptionalPart.safeParse(part)
    if (!parsed.success) throw new ConfigurationError(`--without takes ${OptionalPart.options.join(' or ')}, not "${part}"`)
    return parsed.data
  })
  const server = await startReferenceServer({
    port: wholeNumber(flags.port, '--port', 0, 65_535),
    host: flags.host,
    outboundTimeoutMs: wholeNumber(flags['outbound-timeout-ms'], '--outbound-timeout-ms', 10, 600_000),
    faults: readFaults(flags.fault),
    without,
  }).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(`cannot listen on ${flags.host}:${flags.port}: ${error.code ?? error.message}`)
  })
  const faults = flags.fault.length > 0 ? `, with ${flags.fault.join(', ')} switched off` : ''
  const parts = without.length > 0 ? `, without ${without.join(', ')}` : ''
  console.log(`sx-conformance reference listening at ${server.url}${faults}${parts}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
