import { z } from 'zod'

/**
 * What the provider reads from a consumer instance, in the shapes of the platform's Table API
 * (DOCS: REST is not documented for Service Exchange, so the Table API is the assumed channel, domain.md §5).
 */

/** The Service Exchange for Consumers application record (scope sn_sb_con). */
export const StoreAppRow = z.object({ scope: z.string(), version: z.string() })
export const StoreAppAnswer = z.object({ result: z.array(StoreAppRow) })
export type StoreAppAnswer = z.infer<typeof StoreAppAnswer>

/** A user of the consumer instance with its roles, comma-separated as the platform lists them. */
export const InstanceUserRow = z.object({ user_name: z.string(), roles: z.string() })
export const InstanceUserAnswer = z.object({ result: z.array(InstanceUserRow) })
export type InstanceUserAnswer = z.infer<typeof InstanceUserAnswer>

/** The scope of the consumer application (DOCS glossary, BLOG-B). */
export const CONSUMER_APP_SCOPE = 'sn_sb_con'

/** The paths the provider calls on a consumer instance. */
export const consumerInstancePaths = {
  storeApp: '/api/now/table/sys_store_app',
  users: '/api/now/table/sys_user',
} as const
