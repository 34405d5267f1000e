import type { ConnectionSettings } from '../contract/connection.schema'
import { refusal, type Guard } from './rules'

type AuthorizedUserLimit = Pick<ConnectionSettings, 'restrictAuthorizedUsers' | 'maxAuthorizedUsers'>

/**
 * SET-02: Max authorized users is offered only while Restrict authorized users is set. The reference refuses a maximum
 * without the restriction; dropping it would conform too, and switched off, it is kept.
 */
export const maxOnlyWhileRestricted = (settings: AuthorizedUserLimit): Guard => [
  'SET-02',
  () =>
    settings.maxAuthorizedUsers !== undefined && !settings.restrictAuthorizedUsers
      ? refusal('max-without-restrict', 'Max authorized users is offered only while Restrict authorized users is set')
      : undefined,
]
