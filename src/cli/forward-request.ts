import type { IncomingMessage } from 'node:http'

/** A request's whole body, as a target in front of the reference receives it. */
export async function bodyOf(request: IncomingMessage): Promise<Buffer[]> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return chunks
}

/** The headers a forwarded request cannot keep: its Host, and its length, which the body it is sent with sets. */
const NOT_FORWARDED = new Set(['host', 'content-length', 'transfer-encoding'])

/** Hands a request on to the reference behind a test's target, as it came but for its Host header and its length. */
export function forwardTo(referenceUrl: string, request: IncomingMessage, chunks: Buffer[]): Promise<Response> {
  return fetch(`${referenceUrl}${request.url}`, {
    method: request.method,
    headers: Object.entries(request.headers).flatMap(([name, value]) =>
      typeof value === 'string' && !NOT_FORWARDED.has(name) ? [[name, value] as [string, string]] : [],
    ),
    ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
  })
}
