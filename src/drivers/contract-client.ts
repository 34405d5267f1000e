import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { z } from 'zod'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import { basicCredentials, bearerCredentials } from '../contract/basic-credentials'
import { operations, refusalStatus, type Operation, type OperationName } from '../contract/operations'
import { Refusal, type Outcome } from '../contract/refusal.schema'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { RunTrouble } from '../run/run-trouble'

/** What the target did that the contract does not allow: the scenario fails with this message. */
export class TargetError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TargetError'
    // The message says all there is to say; the harness's call stack would only hide it.
    this.stack = `${this.name}: ${message}`
  }
}

/** A target nobody could connect to: not running, or not at that address (yet). */
export class TargetUnreachable extends TargetError {
  constructor(message: string) {
    super(message)
    this.name = 'TargetUnreachable'
    this.stack = `${this.name}: ${message}`
  }
}

/** The value an operation answers with, as its schema in the contract reads it. */
export type AnswerOf<N extends OperationName> = (typeof operations)[N] extends { answer: z.ZodType }
  ? z.infer<(typeof operations)[N]['answer']>
  : undefined

import type { CallParts } from '../contract/operation'
export type { CallParts }

/** The Authorization header of an actor: a consumer user's access token, or a provider user's Basic credentials. */
export const credentialsOf = (actor: Actor | ConsumerUser): string =>
  'accessToken' in actor ? bearerCredentials(actor.accessToken) : basicCredentials(actor)

/** One exchange with the target, as the contract's examples record it. */
export type Exchange = {
  operation: OperationName
  method: string
  path: string
  actor?: string
  body?: unknown
  status: number
  answer?: unknown
}

/** Calls the operations of the HTTP contract on a target and holds every answer to the contract's schemas. */
export class ContractClient {
  constructor(
    private readonly options: {
      /** The target's address (root operations) or a provider instance's (every other operation). */
      baseUrl: string
      timeoutMs: number
      /** Sent as a Bearer credential with every setup operation. */
      setupToken?: string
      /** Sees every exchange that kept to the contract. */
      onExchange?: (exchange: Exchange) => void
    },
  ) {}

  /** Calls one operation; a refusal comes back as a value, anything outside the contract is thrown. */
  async call<N extends OperationName>(name: N, parts: CallParts = {}): Promise<Outcome<AnswerOf<N>>> {
    const operation: Operation = operations[name]
    const path = operation.path.replace('{number}', encodeURIComponent(parts.number ?? ''))
    const url = new URL(`${this.options.baseUrl}${path}`)
    for (const [key, value] of Object.entries(parts.query ?? {})) url.searchParams.set(key, value)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (parts.actor) headers.authorization = credentialsOf(parts.actor)
    else if (operation.acting === 'setup' && this.options.setupToken)
      headers.authorization = bearerCredentials(this.options.setupToken)
    if (parts.body !== undefined) headers['content-type'] = 'application/json'
    const what = `${operation.summary} (${operation.method} ${url.pathname})`

    // Asking what the target implements comes before any scenario, and may be repeated while a target comes up.
    const counted = name !== 'capabilities'
    if (counted && (unanswered.get(url.origin) ?? 0) >= STOPPED_AFTER)
      throw new RunTrouble(`${stopped(url.origin)}; ${what} was not sent`, { lasting: true })
    const response = await exchange(
      url,
      operation.method,
      headers,
      parts.body === undefined ? undefined : JSON.stringify(parts.body),
      this.options.timeoutMs,
    ).catch((error: unknown) => {
      const inARow = (unanswered.get(url.origin) ?? 0) + (counted ? 1 : 0)
      unanswered.set(url.origin, inARow)
      const failure = `${what}: ${failureOf(error, this.options.timeoutMs)}`
      if (inARow >= STOPPED_AFTER)
        throw new RunTrouble(`${stopped(url.origin)}, the last: ${failure}`, { lasting: true })
      throw UNREACHABLE.has((error as { code?: string }).code ?? '')
        ? new TargetUnreachable(failure)
        : new TargetError(failure)
    })
    unanswered.delete(url.origin)
    const outcome = this.#read(operation, what, response.status, response.text)
    this.options.onExchange?.({
      operation: name,
      method: operation.method,
      path: `${url.pathname}${url.search}`,
      ...(parts.actor ? { actor: parts.actor.userName } : {}),
      ...(parts.body !== undefined ? { body: parts.body } : {}),
      status: response.status,
      ...(outcome.ok ? (outcome.value === undefined ? {} : { answer: outcome.value }) : { answer: outcome.refusal }),
    })
    return outcome as Outcome<AnswerOf<N>>
  }

  #read(operation: Operation, what: string, status: number, text: string): Outcome<unknown> {
    if (status === operation.status) {
      if (!operation.answer) return { ok: true, value: undefined }
      return { ok: true, value: answerOfContract(operation, what, json(text, what, status)) }
    }
    if (status >= 400 && status < 500) {
      const refusal = refusalOfContract(`${what}: HTTP ${status}`, json(text, what, status))
      const trouble = setUpTrouble(refusal)
      // A refused setup token stays refused; a full server may make room as instances close.
      if (trouble) throw new RunTrouble(trouble, { lasting: refusal.code === 'setup-token-invalid' })
      const expected = refusalStatus(refusal.code)
      if (status !== expected)
        throw new TargetError(
          `${what}: refusal ${refusal.code} came with HTTP ${status}; the contract gives it ${expected}`,
        )
      return { ok: false, refusal }
    }
    throw new TargetError(
      `${what}: the target answered HTTP ${status}${status >= 500 ? ' (a server error)' : `; the contract expects ${operation.status} or a refusal`}${text ? `: ${text.slice(0, 200)}` : ''}`,
    )
  }
}

/**
 * How many calls in a row may get no answer at all (a refused or dropped connection, a timeout) before the kit takes
 * the target to have stopped answering: the run then ends at once as one that could not run, instead of failing every
 * scenario left, each after its time limit. One unanswered call is the target's failure; any answer, a refusal
 * included, starts the count again.
 */
export const STOPPED_AFTER = 3

/** The errors of a connection that could not be made at all. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])

/** Calls in a row that got no answer, by the target's origin; shared by every client of this process. */
const unanswered = new Map<string, number>()

const stopped = (origin: string): string =>
  `the target at ${origin} stopped answering: ${STOPPED_AFTER} calls in a row got no answer (is it still running?)`

/**
 * The refusals that say the target cannot take the run as it was set up, not that it broke a rule: the kit cannot
 * verify it until the set-up is put right, and says how.
 */
function setUpTrouble(refusal: Refusal): string | undefined {
  if (refusal.code === 'setup-token-invalid') {
    return `the target refused the setup token (setup-token-invalid): give the token it expects with --setup-token or ${SETUP_TOKEN_VARIABLE}`
  }
  if (refusal.code === 'server-full')
    return `the target has no room for this run (server-full: ${refusal.reason}); restart it, or give it room`
  return undefined
}

/**
 * Connections kept open between calls. The kit talks to one target many times a scenario; node's own client on a
 * kept-alive connection costs a fraction of what fetch does per call, which is most of an HTTP run's overhead. A
 * connection idle for 4 s is closed by the kit, before a server closes it under a call (node's servers, the reference
 * among them, close idle connections after 5 s).
 */
const AGENTS = {
  'http:': new HttpAgent({ keepAlive: true, timeout: 4_000 }),
  'https:': new HttpsAgent({ keepAlive: true, timeout: 4_000 }),
}

/** The methods whose call may be sent twice without doing twice what it does. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])

/** A call whose answer broke off before its end. */
class BrokenAnswer extends Error {}

/**
 * One request and its whole answer, within the time limit; no answer in time, a refused or dropped connection reject. A
 * kept-alive connection the target closed while the kit was busy elsewhere (loading cucumber, say) fails the request
 * before any answer comes: a call that may be sent twice is sent once more on a connection of its own, as HTTP clients
 * do. Any other may have reached the target before it dropped the connection, so its failure stands. Nothing of that
 * failure outlives the call.
 */
async function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  try {
    return await exchangeOnce(url, method, headers, body, timeoutMs, AGENTS[url.protocol as keyof typeof AGENTS])
  } catch (error) {
    if (!(error instanceof StaleConnection)) throw error
    return exchangeOnce(url, method, headers, body, timeoutMs, false)
  }
}

/** A kept-alive connection that was closed before the request on it got any answer. */
class StaleConnection extends Error {}

function exchangeOnce(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
  agent: HttpAgent | false,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    let answered = false
    const outgoing = send(
      url,
      {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (incoming) => {
        answered = true
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('error', (error) =>
          reject(new BrokenAnswer(`the answer broke off: ${failureOf(error, timeoutMs)}`)),
        )
        incoming.on('aborted', () =>
          reject(new BrokenAnswer('the answer broke off: the target dropped the connection')),
        )
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        )
      },
    )
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      const stale =
        outgoing.reusedSocket &&
        !answered &&
        IDEMPOTENT.has(method) &&
        (error.code === 'ECONNRESET' || error.code === 'EPIPE')
      reject(stale ? new StaleConnection(error.message) : error)
    })
    outgoing.end(body)
  })
}

function json(text: string, what: string, status: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new TargetError(`${what}: HTTP ${status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 120))}`)
  }
}

/** An answer read through its operation's schema; one that breaks it is the target's fault. */
export function answerOfContract(operation: Operation, what: string, answer: unknown): unknown {
  const read = operation.answer?.safeParse(answer)
  if (read && !read.success)
    throw new TargetError(`${what}: the answer breaks the contract at ${problemsOf(read.error)}`)
  return read ? read.data : answer
}

/** A refusal read as the contract's: a code it knows and a reason for people; anything else is the target's fault. */
export function refusalOfContract(what: string, refusal: unknown): Refusal {
  const read = Refusal.safeParse(refusal)
  if (!read.success) throw new TargetError(`${what} without a refusal of the contract: ${problemsOf(read.error)}`)
  return read.data
}

/** Where an answer breaks its schema, field by field. */
export function problemsOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the whole answer'}: ${issue.message}`)
    .join('; ')
}

/** Why a call got no answer, in words. */
function failureOf(error: unknown, timeoutMs: number): string {
  if (error instanceof BrokenAnswer) return error.message
  const cause = (error as { cause?: unknown }).cause
  if ((error as Error).name === 'TimeoutError' || (cause instanceof Error && cause.name === 'TimeoutError'))
    return `no answer within ${timeoutMs} ms`
  const code = (error as { code?: string }).code
  if (code === 'ECONNREFUSED') return 'the target refused the connection (is it running?)'
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'the target dropped the connection'
  return `the target could not be reached (${code ?? (error as Error).message})`
}
