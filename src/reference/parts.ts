import { refused } from '../contract/refusal.schema'
import { PROVIDER_NAME } from '../contract/provider-setup.schema'
import { initialCardState } from '../spec/connection-card.workflow'
import type { ImplementationParts } from '../run/implementation-parts'
import type { ConnectionSettings } from '../contract/connection.schema'
import { isAtLeast, type Version } from './service-exchange-version'

/** The role every registration path requires of the provider user (S0, S1, S2). */
export const ADMIN_ROLE = 'admin'

/** An address a mail system would accept (TASK-05). Deliberately plain: the rule is "valid", not RFC 5322. */
const VALID_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * A new registration's settings: every check box cleared, and no maximum (SET-04). The pages give no defaults; they ask
 * to select each box "if you want" it, which the kit reads as starting cleared (RD-15).
 */
const NEW_SETTINGS: ConnectionSettings = {
  autoActivateRrp: false,
  autoActivateRtd: false,
  restrictAuthorizedUsers: false,
  autoApproveAuthorizedUsers: false,
}

/** The reference's own parts, each the rule as the documents give it. */
export const REFERENCE_PARTS: ImplementationParts = {
  issueToken: ({ fresh }) => fresh(),
  holdsAdmin: (roles) => roles.includes(ADMIN_ROLE),
  consumerUser: (_actorInput, askTheInstance) => askTheInstance(),
  rolesRequired: (_requirement, named) => named,
  releaseAtLeast: (release, minimum) => isAtLeast(release as Version, minimum as Version),
  validEmail: (address) => VALID_EMAIL.test(address),
  instanceKey: (origin) => origin,
  urlUsedUp: (registration) => registration.tokenUsed,
  recordedOnceChecked: (record) => record(),
  inAllowedDomain: (address, allowed) =>
    allowed.toLowerCase() === address.slice(address.lastIndexOf('@') + 1).toLowerCase(),
  providerName: (name) => PROVIDER_NAME.test(name),
  onboardedAt: (instanceNow) => instanceNow,
  kmfHealthy: (status) => status === 'Operational',
  firstCardState: (release) => initialCardState(release),
  invitesByEmail: (emailNotificationsOn) => emailNotificationsOn,
  authorizedAtFirst: (contact) => contact.active !== false,
  checkedThisPass: (due) => due,
  newSettings: () => ({ ...NEW_SETTINGS }),
  requestAsRead: (_verb, parsed) => parsed,
  shownContact: (contact) => contact,
  copiesTo: () => [],
  decidedAfterWaiting: (_rule, decideAgain) => decideAgain(),
  recordedThenTold: async (record, tell) => {
    record()
    await tell()
  },
  accountsVerified: (followed) => [followed],
  addressTaken: ({ account, byUser }) => account !== undefined || byUser,
  staleConnectionsSeen: (countedThere) => countedThere,
  providerRecordUnregistered: (origin) =>
    refused('registration-not-initiated', `no Service Bridge registration was initiated on the provider for ${origin}`),
  onReopened: () => undefined,
  onStartRefused: () => undefined,
  onActivated: () => undefined,
  onTaskCreated: async () => undefined,
  onChecksCouldNotRun: async () => undefined,
  onChecksFailed: async () => undefined,
}
