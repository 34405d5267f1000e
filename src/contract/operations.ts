import { type RefusalCode } from './refusal.schema'
import type { Operation } from './operation'
import { consumerOperations } from './operations/consumer'
import { providerOperations } from './operations/provider'
import { setupOperations } from './operations/setup'

export type { Acting, Operation } from './operation'

/** Every operation of the contract, keyed by the driver verb it carries. */
export const operations = {
  ...setupOperations,
  ...providerOperations,
  ...consumerOperations,
} as const satisfies Record<string, Operation>

/** The name of an operation, which is also the driver verb it carries. */
export type OperationName = keyof typeof operations

/** The operations a party performs through the port: all with a verb, not those opening and closing instances. */
export type VerbName = {
  [N in OperationName]: (typeof operations)[N] extends { verb: (...args: never[]) => unknown } ? N : never
}[OperationName]

/** The HTTP status of every refusal: the code says why, the status says which kind of why. */
export function refusalStatus(code: RefusalCode): 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 500 {
  switch (code) {
    case 'invalid-request':
      return 400
    case 'setup-token-invalid':
    case 'not-authenticated':
    case 'unknown-user':
    case 'sign-in-failed':
    case 'consumer-token-invalid':
      return 401
    case 'not-admin':
    case 'kmf-roles-missing':
    case 'setting-not-changeable':
    case 'sb-admin-roles-missing':
    case 'not-named-contact':
    case 'contact-not-consumer-admin':
    case 'not-customer-admin':
    case 'not-consumer-admin':
    case 'account-not-verified':
      return 403
    case 'connection-not-found':
    case 'registration-task-not-found':
    case 'registration-case-not-found':
    case 'provider-instance-not-found':
    case 'operation-not-found':
    case 'registration-request-not-found':
    case 'authorized-user-not-found':
      return 404
    case 'body-too-large':
      return 413
    case 'unsupported-media-type':
      return 415
    case 'server-full':
      return 429
    // Only a defect of the target answers this: it is a refusal in shape so that a client can still read it.
    case 'internal-error':
      return 500
    default:
      return 422
  }
}
