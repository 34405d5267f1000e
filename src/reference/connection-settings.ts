import type { ConnectionSettings } from '../contract/connection.schema'
import { refusal, type Guard } from './rules'

/**
 * A new registration's settings: every check box cleared, and no maximum (SET-04). The pages give no defaults; they ask
 * to select each box "if you want" it, which the kit reads as starting cleared (RD-15).
 */
export const NEW_SETTINGS: ConnectionSettings = {
  autoActivateRrp: false,
  autoActivateRtd: false,
  restrictAuthorizedUsers: false,
  autoApproveAuthorizedUsers: false,
}

/** What a new registration starts with while SET-04 is switched off (prove-faults): every box ticked. */
// Stryker disable all: read only while SET-04 is switched off, which npm run prove-faults proves red
export const TICKED_SETTINGS: ConnectionSettings = {
  autoActivateRrp: true,
  autoActivateRtd: true,
  restrictAuthorizedUsers: true,
  autoApproveAuthorizedUsers: true,
}
// Stryker restore all

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
