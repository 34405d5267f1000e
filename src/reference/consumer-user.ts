import { ConsumerActor } from '../contract/actor.schema'
import { refused, type Outcome } from '../contract/refusal.schema'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import type { Rules } from './rules'

/**
 * The user of a consumer (or customer) instance a request acts as: whoever that instance issued the request's access
 * token to (AUTH-02). Holding a registration URL, or knowing a user's name, proves nothing.
 */
export async function consumerUserAt(
  consumers: ConsumerInstanceClient,
  rules: Rules,
  origin: string,
  actorInput: unknown,
): Promise<Outcome<string>> {
  return rules.parts.consumerUser(actorInput, () => askedOfTheInstance(consumers, origin, actorInput))
}

/** The user the consumer instance issued the request's access token to, asked of that instance. */
async function askedOfTheInstance(
  consumers: ConsumerInstanceClient,
  origin: string,
  actorInput: unknown,
): Promise<Outcome<string>> {
  const actor = ConsumerActor.safeParse(actorInput)
  if (!actor.success)
    return refused(
      'not-authenticated',
      `this step acts as a user of ${origin}: sign in to that instance and present its access token`,
    )
  return consumers.currentUser(origin, actor.data.accessToken)
}
