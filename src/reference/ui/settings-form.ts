import type { ConnectionSettings } from '../../contract/connection.schema'
import { SCREEN_FIELDS } from '../../contract/screen-fields'
import { checkbox, html, textField, type Html } from './html'
import { ticked } from './screen'

/** The Authorized Users tab: restrict, its maximum, auto approve. Both sides' settings forms have it. */
export const authorizedUserFields = (): Html =>
  html`${checkbox('restrictAuthorizedUsers', SCREEN_FIELDS.restrictAuthorizedUsers)}
  ${textField('maxAuthorizedUsers', SCREEN_FIELDS.maxAuthorizedUsers, { type: 'number' })}
  ${checkbox('autoApproveAuthorizedUsers', SCREEN_FIELDS.autoApproveAuthorizedUsers)}`

/**
 * The consumer's whole settings form: the Remote Record Producers and Remote Task Definitions tabs, then Authorized
 * Users.
 */
export const consumerSettingsFields = (): Html =>
  html`${checkbox('autoActivateRrp', SCREEN_FIELDS.autoActivateRrp)}
  ${checkbox('autoActivateRtd', SCREEN_FIELDS.autoActivateRtd)} ${authorizedUserFields()}`

/** The authorized-user settings a submitted form holds; an empty maximum is none. */
export const authorizedUserSettings = (
  form: Record<string, string>,
): Pick<ConnectionSettings, 'restrictAuthorizedUsers' | 'maxAuthorizedUsers' | 'autoApproveAuthorizedUsers'> => ({
  restrictAuthorizedUsers: ticked(form, 'restrictAuthorizedUsers'),
  ...(form.maxAuthorizedUsers ? { maxAuthorizedUsers: Number(form.maxAuthorizedUsers) } : {}),
  autoApproveAuthorizedUsers: ticked(form, 'autoApproveAuthorizedUsers'),
})

/** Every setting a submitted consumer settings form holds. */
export const consumerSettings = (form: Record<string, string>): ConnectionSettings => ({
  autoActivateRrp: ticked(form, 'autoActivateRrp'),
  autoActivateRtd: ticked(form, 'autoActivateRtd'),
  ...authorizedUserSettings(form),
})
