import type { VerbName } from '../contract/operations'
import type { ConnectionSettings } from '../contract/connection.schema'
import type { CustomerIntegration } from '../contract/legacy.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RequirementId } from '../requirements/catalog'
import type { Release } from '../requirements/requirement.schema'
import type { CardState } from '../spec/states'
import type { LegacyState } from '../spec/legacy-integration.workflow'
import type { AccountState } from '../spec/states'

/**
 * How the reference takes a request's body, given how the contract's table read it: as read (refused where it is not
 * of the operation's shape), or otherwise where a fault's part says so (PC-08).
 */
export type RequestAsRead = <T>(verb: VerbName, parsed: Outcome<T>, raw: unknown) => Outcome<T>

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
  /**
   * Who acts on a consumer (or customer) instance, given what the request carries: the reference asks that instance
   * whose access token it is (AUTH-02).
   */
  consumerUser(actorInput: unknown, askTheInstance: () => Promise<Outcome<string>>): Promise<Outcome<string>>
  /** The roles asked of the provider user in a step the requirement governs, of those named (PR-01, OFF-01). */
  rolesRequired(requirement: RequirementId, named: readonly string[]): readonly string[]
  /** Whether a release, part by part, is this minimum or later (PC-40). */
  releaseAtLeast(release: readonly number[], minimum: readonly number[]): boolean
  /** Whether a contact's email address is valid for the registration email (TASK-05). */
  validEmail(address: string): boolean
  /**
   * The key a consumer instance is known by, given its origin and the URL as typed (PC-10, PC-11, TASK-06): its origin,
   * so that every spelling of one origin is one instance.
   */
  instanceKey(origin: string, typed: string): string
  /**
   * Whether a registration's URL has been used up (PC-34): once it completed a registration, whether the connection's
   * or a task's link.
   */
  urlUsedUp(registration: { kind: 'connection' | 'task'; tokenUsed: boolean }): boolean
  /**
   * Records what a step decided, once its checks have admitted it (AU-03, AU-04): the reference records at once, with
   * nothing awaited between the checks and the record, so that a second request at the same moment sees the first.
   */
  recordedOnceChecked<T>(record: () => T, callOut: () => Promise<unknown>): T | Promise<T>
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
  /** A new registration's settings (SET-04). */
  newSettings(): ConnectionSettings
  /**
   * A request's body as taken, given how the contract's table read it: refused when it is not of the operation's
   * shape, as when a mandatory field of a new connection is missing (PC-08).
   */
  requestAsRead: RequestAsRead
  /** The contact the Registration tab shows for a connection (PC-33). */
  shownContact(contact: { name: string; email: string }): { name: string; email: string }
  /** Who else gets a copy of an email the acting admin's step sends: nobody (PC-20, CSM-04). */
  copiesTo(mail: 'invitation' | 'approval', actingAdmin: string): readonly string[]
  /**
   * A check that must hold after waiting on another party (PC-10, CT-04, LEG-07): the reference decides it again once
   * the wait is over, since another request may have changed things meanwhile.
   */
  decidedAfterWaiting<T>(rule: 'PC-10' | 'CT-04' | 'LEG-07', decideAgain: () => T, decidedBefore: T): T
  /**
   * Recording a customer admin's decision and telling the requester (CSM-07): the reference records it first, so a
   * second decision made while the email goes out finds the request decided.
   */
  recordedThenTold(record: () => void, tell: () => Promise<void>): Promise<void>
  /** Which accounts a verification link verifies: the one it was sent for (PORT-09). */
  accountsVerified<T extends { state: AccountState }>(followed: T, accounts: readonly T[]): readonly T[]
  /** Whether an address is taken, given who holds it (PORT-03): any account or user of the instance. */
  addressTaken(holders: { account: { state: AccountState } | undefined; byUser: boolean }): boolean
  /**
   * How many provider connections the consumer instance holds to this provider, as the checks count them, after
   * off-boarding here or not (OFF-04): what the consumer instance says, since off-boarding deletes the provider's
   * records only.
   */
  staleConnectionsSeen(countedThere: number, offboardedHere: boolean): number
  /** What the customer instance answers for a provider record no registration was initiated for (LEG-08). */
  providerRecordUnregistered(origin: string): Outcome<CustomerIntegration>

  // Moments where an implementation could do more than the rules ask. The reference does nothing more at any of them;
  // a fault variant supplies what a slipping implementation does there.

  /** A registration URL was opened again (RES-01): the registration resumes where it was. */
  onReopened(registration: { pageState: CardState; checks: readonly unknown[] }, release: Release): void
  /** A Start Registration was refused (PC-33): nothing is stamped. */
  onStartRefused(registration: { onboardedAt?: Date | undefined }, now: Date): void
  /** A customer admin activated the replication set (LEG-12): only an approved subscription establishes it. */
  onActivated(registration: { state: LegacyState }): void
  /** A registration task was created (TASK-07): it awaits the background checks before it opens. */
  onTaskCreated(open: () => Promise<void>): Promise<void>
  /** The background checks of a task could not run (TASK-13): the task waits for the next pass. */
  onChecksCouldNotRun(open: () => Promise<void>): Promise<void>
  /** The background checks of a task failed (TASK-09): no link is issued. */
  onChecksFailed(issueLink: () => Promise<void>): Promise<void>
}
