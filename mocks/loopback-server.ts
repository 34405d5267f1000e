import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { listen, type Listening } from '../src/run/http-listener'

/** How a served mock answers one request: a response, or undefined when no handler expects it. */
export type Answer = (request: Request) => Promise<Response | undefined>

/** A mock served on a port of the loopback interface, so that a target in another process can reach it. */
export type LoopbackServer = Listening

/**
 * What a served mock tells its owner: a call no handler expects, and a call whose caller hung up before its answer was
 * ready.
 */
export type LoopbackReports = { stray: (call: string) => void; late: (call: string) => void }

/**
 * Serves a mock on 127.0.0.1 with a port of its own. Each request is handed to `answer` as a Fetch request addressed to
 * `origin` (the address the handlers know the mock by; by default the loopback address itself). An error response drops
 * the connection, as a host that cannot be reached does; a request nobody expects is reported as stray and answered
 * 501. A call whose caller hung up before the answer was ready, though the mocks had one for it, is reported as late:
 * the kit was too slow for the caller.
 */
export async function serveOnLoopback(
  answer: Answer,
  reports: LoopbackReports,
  origin?: string,
): Promise<LoopbackServer> {
  let known = origin ?? ''
  const server = createServer((incoming, outgoing) => {
    respond(incoming, outgoing, known, answer, reports).catch(() => outgoing.destroy())
  })
  const listening = await listen(server, 0, '127.0.0.1')
  known ||= listening.url
  return listening
}

async function respond(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
  answer: Answer,
  reports: LoopbackReports,
): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const aborted = new AbortController()
  // The caller hung up before its answer went out; once it has, there is nobody left to tell.
  outgoing.on('close', () => {
    if (!outgoing.writableFinished) aborted.abort()
  })
  // A caller that hung up while the kit was reading its request is gone already: the handlers see it so.
  if (outgoing.destroyed) aborted.abort()
  const method = incoming.method ?? 'GET'
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value] as [string, string]] : [],
    ),
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    signal: aborted.signal,
  })
  const response = await answer(request)
  // A caller that closed its side has gone, though the socket may not have closed yet: a kit held still (a busy
  // machine) reads a request only after its caller gave up on it.
  if (outgoing.destroyed || incoming.socket.readableEnded) {
    if (response && response.type !== 'error') reports.late(`${method} ${request.url}`)
    outgoing.destroy()
    return
  }
  if (!response) {
    reports.stray(`${method} ${request.url}`)
    outgoing.writeHead(501, { 'content-type': 'text/plain' }).end('no mock expects this call')
    return
  }
  if (response.type === 'error') {
    outgoing.destroy()
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  // Sized, as the platform answers, rather than chunked.
  outgoing
    .writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-length': body.length })
    .end(body)
}
