import { PROVIDER_NAME } from '../contract/provider-setup.schema'
import { initialCardState } from '../spec/connection-card.workflow'
import type { ImplementationParts } from '../spec/parts'
import { isAtLeast, type Version } from './service-exchange-version'

/** The role every registration path requires of the provider user (S0, S1, S2). */
export const ADMIN_ROLE = 'admin'

/** An address a mail system would accept (TASK-05). Deliberately plain: the rule is "valid", not RFC 5322. */
const VALID_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The reference's own parts, each the rule as the documents give it. */
export const REFERENCE_PARTS: ImplementationParts = {
  issueToken: ({ fresh }) => fresh(),
  holdsAdmin: (roles) => roles.includes(ADMIN_ROLE),
  releaseAtLeast: (release, minimum) => isAtLeast(release as Version, minimum as Version),
  validEmail: (address) => VALID_EMAIL.test(address),
  inAllowedDomain: (address, allowed) =>
    allowed.toLowerCase() === address.slice(address.lastIndexOf('@') + 1).toLowerCase(),
  providerName: (name) => PROVIDER_NAME.test(name),
  onboardedAt: (instanceNow) => instanceNow,
  kmfHealthy: (status) => status === 'Operational',
  firstCardState: (release) => initialCardState(release),
  invitesByEmail: (emailNotificationsOn) => emailNotificationsOn,
  authorizedAtFirst: (contact) => contact.active !== false,
  checkedThisPass: (due) => due,
}
