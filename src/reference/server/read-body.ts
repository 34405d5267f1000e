import type { IncomingMessage } from 'node:http'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'

/** The largest request body the server reads: every field of the contract has a length limit far below it. */
export const MAX_BODY_BYTES = 64 * 1024

/** The deepest a JSON body may nest: the contract's shapes go three levels down. */
export const MAX_JSON_DEPTH = 32

/** JSON travels as UTF-8: a body that is not is refused, rather than read with its bad bytes replaced. */
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** Whether a request says it carries a body. */
export const carriesBody = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0

/** The request's body as text, up to the largest body the server reads; a body that breaks off is refused. */
export async function readBody(request: IncomingMessage): Promise<Outcome<string>> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length
      if (size > MAX_BODY_BYTES) return tooLarge()
      chunks.push(chunk as Buffer)
    }
  } catch {
    return refused('invalid-request', 'the body broke off before its end')
  }
  try {
    return accepted(UTF8.decode(Buffer.concat(chunks)))
  } catch {
    return refused('invalid-request', 'the body is not UTF-8')
  }
}

const tooLarge = () => refused<string>('body-too-large', `the body is larger than ${MAX_BODY_BYTES} bytes`)

/**
 * A JSON body: no body is undefined; a body sent as anything but application/json is refused (a browser may send a
 * plain-text body to another site without asking, a JSON one it may not), and so is one that is not JSON or that nests
 * deeper than any shape of the contract.
 */
export async function readJsonBody(request: IncomingMessage): Promise<Outcome<unknown>> {
  if (!carriesBody(request)) return accepted(undefined)
  const type = request.headers['content-type'] ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return refused(
      'unsupported-media-type',
      `a body must be sent as application/json${type ? `, not ${type.slice(0, 80)}` : ''}`,
    )
  }
  const body = await readBody(request)
  if (!body.ok) return body
  if (body.value.trim() === '') return accepted(undefined)
  if (nestingOf(body.value) > MAX_JSON_DEPTH)
    return refused('invalid-request', `the body nests deeper than ${MAX_JSON_DEPTH} levels`)
  try {
    return accepted(JSON.parse(body.value))
  } catch {
    return refused('invalid-request', 'the body is not JSON')
  }
}

/** How deep the arrays and objects of a JSON text nest, counted without parsing it (brackets in strings aside). */
function nestingOf(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth)
    else if (char === ']' || char === '}') depth -= 1
  }
  return deepest
}
