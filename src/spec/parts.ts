import type { Release } from '../requirements/requirement.schema'
import type { CardState } from './states'

/**
 * The named parts of an implementation that a rule leans on, each a small decision the documents make: who counts as an
 * admin, which address is valid, which release is recent enough... The reference supplies its own; a fault variant
 * supplies another from outside it, as XState's `provide` does, so that the reference reads as the rules.
 */
export type ImplementationParts = {
  /**
   * A fresh registration token (PC-02, PC-03): `fresh` draws one from the CSPRNG, `issued` counts them, `first` is the
   * first one stored.
   */
  issueToken(context: { fresh: () => string; issued: number; first: string | undefined }): string
  /** Whether a user holding these roles holds the admin role (PC-04, TASK-01…). */
  holdsAdmin(roles: readonly string[]): boolean
  /** Whether a release, part by part, is this minimum or later (PC-40). */
  releaseAtLeast(release: readonly number[], minimum: readonly number[]): boolean
  /** Whether a contact's email address is valid for the registration email (TASK-05). */
  validEmail(address: string): boolean
  /** Whether an address is within an allowed email domain (PORT-12). */
  inAllowedDomain(address: string, allowed: string): boolean
  /** Whether a provider name holds only letters, digits and dashes (PR-03). */
  providerName(name: string): boolean
  /** When an onboarding is stamped, given the instance's own time now (PC-33). */
  onboardedAt(instanceNow: Date): Date
  /** Whether KMF diagnostics reporting this status count as healthy (KMF-02). */
  kmfHealthy(status: string): boolean
  /** The state a new connection card starts in, in this release (CT-01, CT-02). */
  firstCardState(release: Release): CardState
  /** Whether a new connection's registration URL goes out by email, given the email notifications switch (PC-21). */
  invitesByEmail(emailNotificationsOn: boolean): boolean
  /** Whether a contact of the account becomes an authorized user at the first registration (AU-01). */
  authorizedAtFirst(contact: { active?: boolean | undefined }): boolean
  /** Which of the registration tasks due for their checks a pass of the background job checks (TASK-07). */
  checkedThisPass<T>(due: readonly T[]): readonly T[]
}
