import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'

/**
 * A request exactly as it goes on the wire: its path is not normalised, and its headers are sent as they are; a body
 * of bytes goes as they are, text as UTF-8.
 */
export type RawRequest = { method: string; path: string; headers: Record<string, string>; body?: string | Buffer }

/** What came back; status 0 when nothing did (no answer in time, a refused or dropped connection). */
export type RawAnswer = { status: number; text: string; headers: IncomingHttpHeaders }

const NO_ANSWER: RawAnswer = { status: 0, text: '', headers: {} }

/**
 * Sends a request to a server as given, malformed ones included (fetch would refuse to send some, and would normalise
 * the path). Never rejects: no answer is status 0.
 */
export function sendRaw(
  base: URL,
  request: RawRequest,
  options: { agent?: Agent; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest
  const headers =
    request.body === undefined
      ? request.headers
      : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
  return new Promise((resolve) => {
    const outgoing = send(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        path: request.path,
        method: request.method,
        headers,
        ...(options.agent ? { agent: options.agent } : {}),
        ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', () => resolve(NO_ANSWER))
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            headers: incoming.headers,
          }),
        )
      },
    )
    outgoing.on('error', () => resolve(NO_ANSWER))
    outgoing.end(request.body)
  })
}
