import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { operations, refusalStatus, type Operation, type OperationName, type VerbName } from '../../contract/operations'
import { accepted, type Outcome, type Refusal } from '../../contract/refusal.schema'
import { listen, type Listening } from '../../run/http-listener'
import { redactSecrets } from '../../run/redact'
import { serveScreen } from '../ui/screen-server'
import { authenticate } from './authenticate'
import { readJsonBody } from './read-body'
import { ReferenceTarget, type InstanceLimits, type ReferenceTargetOptions } from './reference-target'
import { decodeSegment } from '../../run/decode-segment'
import { readRequestPath } from './request-path'
import { checkSetupToken } from './setup-token'

/** How long a client may take to send a request, and how long an idle kept-alive connection stays open. */
export type ServerTimeouts = { headersMs: number; requestMs: number; keepAliveMs: number }

/** Headers within 10 s, the whole request within 30 s, an idle connection closed after 5 s. */
export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 }

/** What a reference server is started with. */
export type ReferenceServerOptions = ReferenceTargetOptions & {
  port: number
  host?: string
  /** The origin every URL the reference issues is built on; the listening address when not given. */
  publicUrl?: string
  /** What setup operations must carry as a Bearer credential. */
  setupToken: string
  limits?: Partial<InstanceLimits>
  timeouts?: Partial<ServerTimeouts>
  /** Where a defect of the reference is reported, one redacted line each; stderr when not given. */
  log?: (line: string) => void
  /** The machine's clock, which idle expiry reads (a test moves it). */
  now?: () => number
}

type Route = { name: OperationName; operation: Operation; pattern: RegExp }

/** Each operation's path as a pattern; a provider instance's operations sit under its identifier. */
const routes: Route[] = Object.entries(operations).map(([name, operation]: [string, Operation]) => {
  const path = operation.path.replace('{number}', '(?<number>[^/]+)')
  const prefix = operation.root ? '' : '/provider-instances/(?<instance>[^/]+)'
  return { name: name as OperationName, operation, pattern: new RegExp(`^${prefix}${path}$`) }
})

/** Serves the reference implementation over the HTTP contract, and its screens. */
export async function startReferenceServer(
  options: ReferenceServerOptions,
): Promise<Listening & { publicUrl: string }> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const log = options.log ?? ((line: string) => console.error(line))
  let publicUrl = options.publicUrl
  const target = new ReferenceTarget({ ...options, publicUrl: () => publicUrl ?? '' })
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // How often the timeouts above are checked: Node's default (30 s) would let a stalled body live that long.
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
    (request, response) => {
      serve(target, options.setupToken, publicUrl ?? '', request, response).catch((error: unknown) => {
        // Only a defect of the reference gets here: say so without the request's address (it may hold a token), keep
        // serving.
        log(
          redactSecrets(
            `internal error on ${request.method} request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          ),
        )
        if (!response.headersSent)
          refuse(response, { code: 'internal-error', reason: 'the reference failed; its log says where' })
      })
    },
  )
  const listening = await listen(server, options.port, options.host ?? '127.0.0.1')
  publicUrl ??= listening.url
  return { ...listening, publicUrl }
}

async function serve(
  target: ReferenceTarget,
  setupToken: string,
  publicUrl: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = readRequestPath(request.url)
  if (!path.ok) return refuse(response, path.refusal)
  const { pathname, query } = path.value
  if (
    await serveScreen(target, request, response, new URL(`${pathname}${query.size > 0 ? `?${query}` : ''}`, publicUrl))
  )
    return
  const route = routes.find(
    ({ operation, pattern }) =>
      operation.method === request.method &&
      pattern.test(pathname) &&
      (!operation.part || target.offers(operation.part)),
  )
  if (!route)
    return refuse(response, {
      code: 'operation-not-found',
      reason: `the contract has no operation ${request.method} ${pathname.slice(0, 200)}`,
    })
  const { operation } = route
  // Setup is refused without the token before its body is read: a stranger learns nothing of what it takes.
  if (operation.acting === 'setup') {
    const token = checkSetupToken(setupToken, request.headers.authorization)
    if (!token.ok) return refuse(response, token.refusal)
  }
  const parts = await readRequest(route, pathname, query, request)
  if (!parts.ok) return refuse(response, parts.refusal)

  if (route.name === 'capabilities') return send(response, 200, target.capabilities())
  if (route.name === 'openProviderInstance') return answer(response, operation, target.open(parts.value.body))
  if (route.name === 'closeProviderInstance') return answer(response, operation, target.close(parts.value.instance))

  const instance = target.instance(parts.value.instance)
  if (!instance.ok) return refuse(response, instance.refusal)
  const actor = authenticate(instance.value, operation.acting, request.headers.authorization)
  if (!actor.ok) return refuse(response, actor.refusal, operation.acting)
  const outcome = await instance.value.operations[route.name as VerbName]({ actor: actor.value, ...parts.value })
  answer(response, operation, outcome ?? accepted(undefined))
}

/**
 * A request's parts: the parts of its path, its query and its body as JSON (anything else is refused). The instance's
 * operations read the body and the query through the contract's table (src/reference/call.ts).
 */
async function readRequest(route: Route, pathname: string, query: URLSearchParams, request: IncomingMessage) {
  const { instance = '', number = '' } = route.pattern.exec(pathname)?.groups ?? {}
  const json = await readJsonBody(request)
  if (!json.ok) return json
  // The path was checked to decode whole before routing, so each part decodes too.
  return accepted({
    instance: decodeSegment(instance) ?? '',
    number: decodeSegment(number) ?? '',
    body: json.value,
    query: Object.fromEntries(query),
  })
}

function answer(response: ServerResponse, operation: Operation, outcome: Outcome<unknown>): void {
  if (!outcome.ok) return refuse(response, outcome.refusal, operation.acting)
  if (operation.status === 204) return send(response, 204)
  send(response, operation.status, outcome.value)
}

/** A refusal; one as not authenticated challenges for the credentials the operation takes. */
function refuse(response: ServerResponse, refusal: Refusal, acting?: Operation['acting']): void {
  const status = refusalStatus(refusal.code)
  if (refusal.code === 'not-authenticated' || refusal.code === 'consumer-token-invalid') {
    response.setHeader(
      'www-authenticate',
      acting === 'consumer user' ? 'Bearer realm="consumer instance"' : 'Basic realm="provider instance"',
    )
  }
  if (refusal.code === 'setup-token-invalid') response.setHeader('www-authenticate', 'Bearer realm="setup"')
  send(response, status, refusal)
}

function send(response: ServerResponse, status: number, value?: unknown): void {
  if (value === undefined) {
    response.writeHead(status).end()
    return
  }
  const text = JSON.stringify(value)
  response
    .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
    .end(text)
}
