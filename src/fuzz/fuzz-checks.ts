import { bearerCredentials } from '../contract/basic-credentials'
import { credentialsOf } from '../drivers/contract-client'
import { decodeSegment } from '../run/decode-segment'
import type { RawAnswer } from '../run/raw-request'
import { operations, refusalStatus, type Operation, type OperationName } from '../contract/operations'
import { Refusal } from '../contract/refusal.schema'
import type { Fixture } from './fuzz-fixture'
import type { FuzzRequest } from './fuzz-request'

/** What the fuzz holds every answer to; each names a MUST of the contract that a target keeps whatever it is sent. */
export type Violation =
  | 'server error'
  | 'answer outside the contract'
  | 'refusal changed state'
  | 'refusal names another user'
  | 'body read though not sent as JSON'
  | 'body not UTF-8 accepted'
  | 'accepted outside its shape'
  | 'shape refused without its fields'
  | 'rule refused as a malformed request'
  | 'address taken from the Host header'
  | 'nobody signed in, yet not refused 401'

/** What the contract asks without requiring it (a SHOULD): reported, never failed. */
export type Warning = 'a 401 without a challenge' | 'setup taken without the setup token'

/** One answer as it came back: status 0 when none did. */
export type FuzzAnswer = Pick<RawAnswer, 'status' | 'text'> & { headers?: RawAnswer['headers'] }

/** The media type every body of the contract is sent as, a charset or other parameter allowed after it. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i

/** Where a body's shape is of concern: bodies nested no deeper than this are read for their fields. */
const SHALLOW = 8

/** A request's body as the target could read it: its text when it is UTF-8, and its JSON when it is JSON. */
type BodySent = { present: boolean; utf8: boolean; asJson: boolean; value: unknown }

function bodySent(request: FuzzRequest): BodySent {
  const { body } = request
  const text = body === undefined ? '' : typeof body === 'string' ? body : decodedUtf8(body)
  const present = text === undefined || text.trim() !== ''
  const value = text === undefined ? undefined : parsed(text)
  return {
    present,
    utf8: text !== undefined,
    asJson: JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? ''),
    value,
  }
}

/**
 * The properties one answer breaks: no 5xx; a success with the operation's status and shape, to a body the contract
 * lets be read; anything else a refusal of the contract with the status its code takes, whose fields name what was
 * wrong with a body of the wrong shape and which never calls a rule's refusal a malformed request; no refusal names
 * another user; no address built on the Host header.
 */
export function violationsOf(
  name: OperationName,
  request: FuzzRequest,
  answer: FuzzAnswer,
  fixture: Fixture,
): Violation[] {
  if (answer.status >= 500 || answer.status === 0) return ['server error']
  const operation: Operation = operations[name]
  // A method the contract does not give the path is the target's own business (CORS, HEAD), short of a 5xx.
  if (request.method !== operation.method) return []
  const hostTaken: Violation[] = addressFromHost(request, answer) ? ['address taken from the Host header'] : []
  if (actsForNobody(operation, request) && !NOBODY_MAY_GET.has(answer.status))
    return ['nobody signed in, yet not refused 401', ...hostTaken]
  const body = bodySent(request)
  if (answer.status < 400) {
    const kept: Violation[] = successKeepsContract(operation, answer) ? [] : ['answer outside the contract']
    return [...kept, ...acceptedBody(operation, body), ...hostTaken]
  }
  const refusal = Refusal.safeParse(parsed(answer.text))
  if (!refusal.success || refusalStatus(refusal.data.code) !== answer.status) return ['answer outside the contract']
  return [
    ...(namesAnotherUser(request, refusal.data.reason, fixture) ? (['refusal names another user'] as const) : []),
    ...shapeRefusal(operation, request, body, refusal.data, fixture),
    ...hostTaken,
  ]
}

/** The SHOULDs of the contract one answer does not keep. */
export function warningsOf(
  name: OperationName,
  request: FuzzRequest,
  answer: FuzzAnswer,
  setupToken?: string,
): Warning[] {
  const operation: Operation = operations[name]
  const warnings: Warning[] = []
  // a failed sign-in to a portal's form is no HTTP authentication, and has no scheme to name
  if (answer.status === 401 && operation.acting !== 'nobody' && !answer.headers?.['www-authenticate'])
    warnings.push('a 401 without a challenge')
  const withToken = setupToken !== undefined && request.headers.authorization === bearerCredentials(setupToken)
  if (operation.acting === 'setup' && answer.status >= 200 && answer.status < 300 && !withToken)
    warnings.push('setup taken without the setup token')
  return warnings
}

function successKeepsContract(operation: Operation, answer: FuzzAnswer): boolean {
  if (answer.status !== operation.status) return false
  return operation.answer ? operation.answer.safeParse(parsed(answer.text)).success : answer.text === ''
}

/** A body taken although the contract says it is not read: not sent as JSON, not UTF-8, or not of the shape. */
function acceptedBody(operation: Operation, body: BodySent): Violation[] {
  if (!operation.body || !body.present) return []
  if (!body.asJson) return ['body read though not sent as JSON']
  if (!body.utf8) return ['body not UTF-8 accepted']
  return operation.body.safeParse(body.value).success ? [] : ['accepted outside its shape']
}

/**
 * A refusal as invalid-request where the request itself is clean (its path is the operation's own, sent as JSON in
 * UTF-8, to the usual host): a body of the wrong shape must have its fields named, and one of the shape must get the
 * refusal of the rule it breaks, not invalid-request.
 */
function shapeRefusal(
  operation: Operation,
  request: FuzzRequest,
  body: BodySent,
  refusal: Refusal,
  fixture: Fixture,
): Violation[] {
  if (refusal.code !== 'invalid-request' || !operation.body || !cleanRequest(operation, request, fixture)) return []
  if (!body.asJson || !body.utf8 || (body.present && body.value === undefined) || depthOf(body.value) > SHALLOW)
    return []
  if (!operation.body.safeParse(body.present ? body.value : undefined).success) {
    // only an object has fields to name: a body that is an array, a string or nothing is wrong as a whole
    const hasFields = typeof body.value === 'object' && body.value !== null && !Array.isArray(body.value)
    return !hasFields || (refusal.fields && refusal.fields.length > 0) ? [] : ['shape refused without its fields']
  }
  return ['rule refused as a malformed request']
}

/**
 * What a request that acts as a user, sent with no credentials, may get: 401, or a refusal of what it sent (its path,
 * its body, its media type) before anyone is asked for.
 */
const NOBODY_MAY_GET = new Set([400, 401, 404, 413, 415])

/** Whether a request to an operation a user acts in carries no credentials at all. */
const actsForNobody = (operation: Operation, request: FuzzRequest): boolean =>
  (operation.acting === 'provider user' || operation.acting === 'consumer user') &&
  request.headers.authorization === undefined

/** A request to the operation's own path under the fixture's instance, without a query or a Host of its own. */
function cleanRequest(operation: Operation, request: FuzzRequest, fixture: Fixture): boolean {
  if (operation.path.includes('{number}') || operation.query || request.headers.host !== undefined) return false
  const base = operation.root ? '' : new URL(fixture.instanceUrl).pathname
  return request.path === `${base}${operation.path}`
}

/** Whether an answer carries the host a request's Host header named: the contract says addresses are the target's. */
function addressFromHost(request: FuzzRequest, answer: FuzzAnswer): boolean {
  const host = request.headers.host
  return host !== undefined && /^[a-z0-9.-]+\.[a-z]+$/i.test(host) && answer.text.includes(`//${host}`)
}

/**
 * Whether a refusal to anyone but the contact names the contact (unless the request itself did): a refusal tells the
 * person who asked what they may not do, on either side.
 */
function namesAnotherUser(request: FuzzRequest, reason: string, fixture: Fixture): boolean {
  if (request.headers.authorization === credentialsOf(fixture.actors.contact)) return false
  const body =
    request.body === undefined ? '' : typeof request.body === 'string' ? request.body : request.body.toString()
  const path = request.path
    .split(/([/?&=])/)
    .map((part) => decodeSegment(part) ?? part)
    .join('')
  const sent = `${path} ${body}`
  return fixture.contactDetails.some((detail) => reason.includes(detail) && !sent.includes(detail))
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

function decodedUtf8(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes)
  } catch {
    return undefined
  }
}

/** How deep a value nests, counted no further than just past SHALLOW. */
function depthOf(value: unknown, depth = 0): number {
  if (typeof value !== 'object' || value === null || depth > SHALLOW) return depth
  return Math.max(depth + 1, ...Object.values(value).map((inner) => depthOf(inner, depth + 1)))
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
