import { z } from 'zod'

/**
 * Who performs a verb on the provider instance: a user of that instance, with the password that user signs in with.
 * Over HTTP the two travel as Basic credentials.
 */
export const Actor = z.object({ userName: z.string().trim().min(1), password: z.string().min(1) })
export type Actor = z.infer<typeof Actor>

/**
 * Who performs a verb as a user of a consumer (or customer) instance: whoever holds an access token that instance
 * issued when they signed in to it. The provider never sees their password; it asks the instance whose token it is, as
 * OAuth lets it. Over HTTP the token travels as a Bearer credential.
 */
export const ConsumerActor = z.object({ accessToken: z.string().min(1) })
export type ConsumerActor = z.infer<typeof ConsumerActor>

/**
 * A consumer actor as the kit holds it: the token, and whom the kit means by it, for its own reports. Only the token
 * reaches the target; a target that believed the name would let anyone act as anyone.
 */
export type ConsumerUser = ConsumerActor & { userName: string }
