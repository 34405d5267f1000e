import { credentialsOf } from '../drivers/contract-client'
import { decodeSegment } from '../run/decode-segment'
import type { RawAnswer } from '../run/raw-request'
import { operations, refusalStatus, type Operation, type OperationName } from '../contract/operations'
import { Refusal } from '../contract/refusal.schema'
import type { Fixture } from './fuzz-fixture'
import type { FuzzRequest } from './fuzz-request'

/** What the fuzz holds every answer to; each names a property a target must keep whatever it is sent. */
export type Violation =
  'server error' | 'answer outside the contract' | 'refusal changed state' | 'refusal names another user'

/** One answer as it came back: status 0 when none did. */
export type FuzzAnswer = Pick<RawAnswer, 'status' | 'text'>

/**
 * The properties one answer breaks: no 5xx; a success with the operation's status and shape; anything else a refusal of
 * the contract with the status its code takes; and a refusal to a consumer names no other user.
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
  if (answer.status < 400) return successKeepsContract(operation, answer) ? [] : ['answer outside the contract']
  const refusal = Refusal.safeParse(parsed(answer.text))
  if (!refusal.success || refusalStatus(refusal.data.code) !== answer.status) return ['answer outside the contract']
  return namesAnotherUser(operation, request, refusal.data.reason, fixture) ? ['refusal names another user'] : []
}

function successKeepsContract(operation: Operation, answer: FuzzAnswer): boolean {
  if (answer.status !== operation.status) return false
  return operation.answer ? operation.answer.safeParse(parsed(answer.text)).success : answer.text === ''
}

/**
 * Whether a refusal to anyone but the contact, on the consumer's side, names the contact (unless the request itself
 * did).
 */
function namesAnotherUser(operation: Operation, request: FuzzRequest, reason: string, fixture: Fixture): boolean {
  if (operation.acting !== 'consumer user' || request.headers.authorization === credentialsOf(fixture.actors.contact))
    return false
  const sent = `${decodeSegment(request.path) ?? request.path} ${request.body ?? ''}`
  return fixture.contactDetails.some((detail) => reason.includes(detail) && !sent.includes(detail))
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
