import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { operations, refusalStatus, type Operation, type OperationName } from '../../contract/operations'
import { refused, type Outcome, type Refusal } from '../../contract/refusal.schema'
import { listen, type Listening } from '../../run/http-listener'
import { serveScreen } from '../ui/screen-server'
import { authenticate } from './authenticate'
import { readBody } from './read-body'
import { operationHandlers } from './operation-handlers'
import { ReferenceTarget, type ReferenceTargetOptions } from './reference-target'

type Route = { name: OperationName; operation: Operation; pattern: RegExp }

/** Each operation's path as a pattern; a provider instance's operations sit under its identifier. */
const routes: Route[] = Object.entries(operations).map(([name, operation]: [string, Operation]) => {
  const path = operation.path.replace('{number}', '(?<number>[^/]+)')
  const prefix = operation.root ? '' : '/provider-instances/(?<instance>[^/]+)'
  return { name: name as OperationName, operation, pattern: new RegExp(`^${prefix}${path}$`) }
})

/** Serves the reference implementation over the HTTP contract. */
export function startReferenceServer(options: ReferenceTargetOptions & { port: number; host?: string }): Promise<Listening> {
  const target = new ReferenceTarget(options)
  const server = createServer((request, response) => {
    serve(target, request, response).catch((error: unknown) => {
      // Only a defect of the reference gets here: say so, and keep serving.
      console.error(`internal error on ${request.method} ${request.url}:`, error)
      if (!response.headersSent) send(response, 500, { code: 'internal-error', reason: 'the reference failed; see its log' })
    })
  })
  return listen(server, options.port, options.host ?? '127.0.0.1')
}

async function serve(target: ReferenceTarget, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`)
  if (await serveScreen(target, request, response, url)) return
  const route = routes.find(({ operation, pattern }) => operation.method === request.method && pattern.test(url.pathname) && (!operation.part || target.offers(operation.part)))
  if (!route) return refuse(response, { code: 'operation-not-found', reason: `the contract has no operation ${request.method} ${url.pathname}` })
  const { instance: instanceId = '', number = '' } = route.pattern.exec(url.pathname)?.groups ?? {}
  const body = await readJson(request)
  if (!body.ok) return refuse(response, body.refusal)

  if (route.name === 'capabilities') return send(response, 200, target.capabilities())
  if (route.name === 'openProviderInstance') return answer(response, route.operation, target.open(body.value, url.origin))

  const instance = target.instance(decodeURIComponent(instanceId))
  if (!instance.ok) return refuse(response, instance.refusal)
  const actor = authenticate(instance.value, route.operation.acting, request.headers.authorization)
  if (!actor.ok) return refuse(response, actor.refusal)
  const handler = operationHandlers[route.name as keyof typeof operationHandlers]
  const outcome = await handler(instance.value, {
    actor: actor.value,
    body: body.value,
    query: Object.fromEntries(url.searchParams),
    number: decodeURIComponent(number),
  })
  answer(response, route.operation, outcome ?? { ok: true, value: undefined })
}

function answer(response: ServerResponse, operation: Operation, outcome: Outcome<unknown>): void {
  if (!outcome.ok) return refuse(response, outcome.refusal)
  if (operation.status === 204) return send(response, 204)
  send(response, operation.status, outcome.value)
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  const status = refusalStatus(refusal.code)
  if (status === 401) response.setHeader('www-authenticate', 'Basic realm="provider instance"')
  send(response, status, refusal)
}

function send(response: ServerResponse, status: number, value?: unknown): void {
  if (value === undefined) {
    response.writeHead(status).end()
    return
  }
  const text = JSON.stringify(value)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text)
}

/** The request's JSON body; no body is undefined, and a body that is not JSON is an invalid request. */
async function readJson(request: IncomingMessage): Promise<Outcome<unknown>> {
  const body = await readBody(request)
  if (!body.ok) return body
  const text = body.value
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return refused('invalid-request', 'the body is not JSON')
  }
}
