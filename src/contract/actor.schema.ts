import { z } from 'zod'

/**
 * Who performs a verb: a user of the instance the verb is addressed to, with the password that user signs in
 * with. Over HTTP the two travel as Basic credentials; in-process the reference trusts the caller.
 */
export const Actor = z.object({ userName: z.string().trim().min(1), password: z.string().min(1) })
export type Actor = z.infer<typeof Actor>
