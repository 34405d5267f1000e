import { z } from 'zod'
import { KmfStatus } from './kmf.schema'

/**
 * What the provider reads from a consumer instance, in the shapes of the platform's Table API (DOCS: REST is not
 * documented for Service Exchange, so the Table API is the assumed channel, domain.md §5).
 */

/** An installed application record: its scope and version. */
export const StoreAppRow = z.object({ scope: z.string(), version: z.string() })
export const StoreAppAnswer = z.object({ result: z.array(StoreAppRow) })
export type StoreAppAnswer = z.infer<typeof StoreAppAnswer>

/** A user of the consumer instance with its roles, comma-separated as the platform lists them. */
export const InstanceUserRow = z.object({ user_name: z.string(), roles: z.string() })
export const InstanceUserAnswer = z.object({ result: z.array(InstanceUserRow) })
export type InstanceUserAnswer = z.infer<typeof InstanceUserAnswer>

/** A system property, such as glide.servlet.uri. */
export const PropertyRow = z.object({ name: z.string(), value: z.string() })
export const PropertyAnswer = z.object({ result: z.array(PropertyRow) })

/**
 * A Provider Connection record of the consumer instance (sn_sb_con_provider_connection), by the provider URL it points
 * to.
 */
export const ProviderConnectionRow = z.object({ number: z.string(), url: z.string() })
export const ProviderConnectionAnswer = z.object({ result: z.array(ProviderConnectionRow) })

/** Who signed in with an access token the instance issued: the user it was issued to. */
export const CurrentUserAnswer = z.object({ result: z.object({ user_name: z.string().min(1) }) })

/** The instance's Key Management Framework diagnostics. */
export const KmfHealthAnswer = z.object({ result: z.object({ status: KmfStatus }) })

/** The scopes of the consumer and provider applications (DOCS glossary, BLOG-B). */
export const CONSUMER_APP_SCOPE = 'sn_sb_con'
export const PROVIDER_APP_SCOPE = 'sn_sb_pro'

/** The property that must hold the instance's own address (service-bridge-v2-install, SCAN). */
export const SERVLET_URI_PROPERTY = 'glide.servlet.uri'

/**
 * The paths the provider calls on a consumer instance. The KMF path is a guess: no source documents one. The
 * current-user path is the platform's UI API, asked with the consumer user's own access token (AUTH-02).
 */
export const consumerInstancePaths = {
  storeApp: '/api/now/table/sys_store_app',
  users: '/api/now/table/sys_user',
  properties: '/api/now/table/sys_properties',
  providerConnections: '/api/now/table/sn_sb_con_provider_connection',
  kmfHealth: '/api/now/kmf/health',
  currentUser: '/api/now/ui/user/current_user',
} as const
