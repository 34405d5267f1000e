import type { Actor } from '../../contract/actor.schema'
import { readBasicCredentials } from '../../contract/basic-credentials'
import type { Acting } from '../../contract/operations'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'
import type { ProviderInstance } from '../provider-instance'

/** Nobody: the actor of a request that acts as no user. */
const NOBODY: Actor = { userName: '', password: '' }

/**
 * Who a request acts as, from its Basic credentials. A provider user signs in to this instance; a consumer user is
 * one of the instance their request names, whose roles the reference asks that instance for.
 */
export function authenticate(instance: ProviderInstance, acting: Acting, authorization: string | undefined): Outcome<Actor> {
  const credentials = readBasicCredentials(authorization)
  // Setup carries the setup token instead of a user's credentials; the server checks it before this.
  if (acting === 'nobody' || acting === 'setup') return accepted(credentials ?? NOBODY)
  if (!credentials) return refused('not-authenticated', 'this operation acts as a user: send Basic credentials')
  if (acting === 'provider user' && !instance.signsIn(credentials.userName, credentials.password)) {
    return refused('not-authenticated', 'no user of this instance signs in with these credentials')
  }
  return accepted(credentials)
}
