import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { listen, type Listening } from '../src/run/http-listener'

/** How a served mock answers one request: a response, or undefined when no handler expects it. */
export type Answer = (request: Request) => Promise<Response | undefined>

/** A mock served on a port of the loopback interface, so that a target in another process can reach it. */
export type LoopbackServer = Listening

/**
 * Serves a mock on 127.0.0.1 with a port of its own. Each request is handed to `answer` as a Fetch request
 * addressed to `origin` (the address the handlers know the mock by; by default the loopback address itself).
 * An error response drops the connection, as a host that cannot be reached does; a request nobody expects is
 * reported to `stray` and answered 501.
 */
export async function serveOnLoopback(answer: Answer, stray: (call: string) => void, origin?: string): Promise<LoopbackServer> {
  let known = origin ?? ''
  const server = createServer((incoming, outgoing) => {
    respond(incoming, outgoing, known, answer, stray).catch(() => outgoing.destroy())
  })
  const listening = await listen(server, 0, '127.0.0.1')
  known ||= listening.url
  return listening
}

async function respond(incoming: IncomingMessage, outgoing: ServerResponse, origin: string, answer: Answer, stray: (call: string) => void): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const aborted = new AbortController()
  outgoing.on('close', () => aborted.abort())
  const method = incoming.method ?? 'GET'
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers: Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])),
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    signal: aborted.signal,
  })
  const response = await answer(request)
  if (outgoing.destroyed) return
  if (!response) {
    stray(`${method} ${request.url}`)
    outgoing.writeHead(501, { 'content-type': 'text/plain' }).end('no mock expects this call')
    return
  }
  if (response.type === 'error') {
    outgoing.destroy()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(body)
}
