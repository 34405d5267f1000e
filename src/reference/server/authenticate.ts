import type { Actor, ConsumerActor } from '../../contract/actor.schema'
import { readBasicCredentials, readBearerToken } from '../../contract/basic-credentials'
import type { Acting } from '../../contract/operations'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'
import type { ProviderInstance } from '../provider-instance'

/** Nobody: the actor of a request that acts as no user. */
const NOBODY: Actor = { userName: '', password: '' }

/**
 * Who a request acts as. A provider user signs in to this instance with Basic credentials. A consumer user presents, as
 * a Bearer credential, the access token their own instance issued them; whose token it is, the reference asks that
 * instance when the operation names it (AUTH-02).
 */
export function authenticate(
  instance: ProviderInstance,
  acting: Acting,
  authorization: string | undefined,
): Outcome<Actor | ConsumerActor> {
  if (acting === 'consumer user') {
    const accessToken = readBearerToken(authorization)
    return accessToken
      ? accepted({ accessToken })
      : refused(
          'not-authenticated',
          'this operation acts as a user of a consumer instance: send the access token that instance issued, as a Bearer credential',
        )
  }
  const credentials = readBasicCredentials(authorization)
  // Setup carries the setup token instead of a user's credentials; the server checks it before this.
  if (acting === 'nobody' || acting === 'setup') return accepted(credentials ?? NOBODY)
  if (!credentials) return refused('not-authenticated', 'this operation acts as a user: send Basic credentials')
  if (!instance.signsIn(credentials.userName, credentials.password)) {
    return refused('not-authenticated', 'no user of this instance signs in with these credentials')
  }
  return accepted(credentials)
}
