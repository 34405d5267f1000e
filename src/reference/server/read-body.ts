import type { IncomingMessage } from 'node:http'
import { refused, type Outcome } from '../../contract/refusal.schema'

/** The largest request body the server reads. */
const MAX_BODY_BYTES = 1_000_000

/** The request's body as text, up to the largest body the server reads. */
export async function readBody(request: IncomingMessage): Promise<Outcome<string>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return refused('invalid-request', `the body is larger than ${MAX_BODY_BYTES} bytes`)
    chunks.push(chunk as Buffer)
  }
  return { ok: true, value: Buffer.concat(chunks).toString('utf8') }
}

