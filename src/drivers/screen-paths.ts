import type { ConnectionSettings } from '../contract/connection.schema'
import { SCREEN_FIELDS } from '../contract/screen-fields'

export const integrationPath = (customerInstanceUrl: string): string =>
  `now/customer-integration?instance=${encodeURIComponent(customerInstanceUrl)}`

/**
 * A screen the page of a registration URL leads to after success (settings, authorized users): under the URL's path,
 * its query kept.
 */
export function underRegistrationUrl(registrationUrl: string, screen: string): string {
  const url = new URL(registrationUrl)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${screen}`
  return url.toString()
}

export const connectionPath = (number: string): string =>
  `now/provider-center/connections/${encodeURIComponent(number)}`
export const authorizedUsersPath = (number: string): string => `${connectionPath(number)}/authorized-users`

type AuthorizedUserSettings = Pick<
  ConnectionSettings,
  'restrictAuthorizedUsers' | 'maxAuthorizedUsers' | 'autoApproveAuthorizedUsers'
>

/** The Authorized Users tab of a settings form: its maximum field, and its two checkboxes. */
export const maximumField = (settings: AuthorizedUserSettings): Record<string, string | undefined> => ({
  [SCREEN_FIELDS.maxAuthorizedUsers]: settings.maxAuthorizedUsers?.toString(),
})
export const authorizedUserTicks = (settings: AuthorizedUserSettings): [RegExp, boolean][] => [
  [new RegExp(SCREEN_FIELDS.restrictAuthorizedUsers), settings.restrictAuthorizedUsers],
  [new RegExp(SCREEN_FIELDS.autoApproveAuthorizedUsers), settings.autoApproveAuthorizedUsers],
]
