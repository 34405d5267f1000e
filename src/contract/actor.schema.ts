import { z } from 'zod'

/** Who performs a verb: a user of the instance the verb is addressed to. */
export const Actor = z.object({ userName: z.string().trim().min(1) })
export type Actor = z.infer<typeof Actor>
