// the faulty parts themselves, which only npm run prove-faults supplies; each one is proven to turn the suite red
// there.
// Stryker disable all: for the reason above
import { randomBytes, randomUUID } from 'node:crypto'
import { z } from 'zod'
import { accepted } from '../contract/refusal.schema'
import { initialCardState } from '../spec/connection-card.workflow'
import { INITIAL_ACCOUNT_STATE } from '../spec/portal-requests.workflow'
import type { ImplementationParts } from './implementation-parts'
import type { ConnectionSettings } from '../contract/connection.schema'
import type { RequirementId } from '../requirements/catalog'
import type { Faults } from './faults'

/** What two faulty token variants put before a short random tail. */
const FIXED_PREFIX = '5f1c2e9a7b3d4c8e0f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6'

/** The user name a request claims, or nothing. */
function claimedName(actorInput: unknown): string {
  const claimed = (actorInput as { userName?: unknown } | undefined)?.userName
  return typeof claimed === 'string' ? claimed : ''
}

/** A new registration's settings with every box ticked. */
const TICKED_SETTINGS: ConnectionSettings = {
  autoActivateRrp: true,
  autoActivateRtd: true,
  restrictAuthorizedUsers: true,
  autoApproveAuthorizedUsers: true,
}

/** Copies to the acting admin of each mail whose variant is switched on. */
function copiesOf(faults: Faults): Partial<ImplementationParts> {
  const copied = { invitation: 'PC-20:copy-to-admin', approval: 'CSM-04:copy-to-approver' } as const
  return { copiesTo: (mail, actingAdmin) => (faults.has(copied[mail]) ? [actingAdmin] : []) }
}

/** Decisions made only before waiting, for each rule whose variant is switched on. */
function decidedBeforeWaiting(faults: Faults): Partial<ImplementationParts> {
  return {
    decidedAfterWaiting: (rule, decideAgain, decidedBefore) =>
      faults.has(`${rule}:checked-before-waiting`) ? decidedBefore : decideAgain(),
  }
}

/** Asking only for admin, where the rule asks for sn_sb.admin as well, in the step one requirement governs. */
function adminOnlyFor(slipped: RequirementId): ImplementationParts['rolesRequired'] {
  return (requirement, named) => (requirement === slipped ? named.filter((role) => role === 'admin') : named)
}

/**
 * The parts a fault supplies in place of the reference's own, each a realistic slip of an implementation. They live
 * here, outside the reference, and are handed to it when it is put together (`partsFor`), so the reference holds only
 * the rules.
 */
const FAULTY_PARTS: Partial<
  Record<string, Partial<ImplementationParts> | ((faults: Faults) => Partial<ImplementationParts>)>
> = {
  // PC-03: tokens numbered one after another; PC-02: every URL gets the first token again.
  'PC-03': { issueToken: ({ issued }) => `t${issued}` },
  'PC-03:short-behind-path': { issueToken: () => `${FIXED_PREFIX}/${randomBytes(2).toString('hex')}` },
  'PC-03:fixed-prefix': { issueToken: () => `${FIXED_PREFIX}${randomBytes(2).toString('hex')}` },
  'PC-02': { issueToken: ({ fresh, first }) => first ?? fresh() },
  'PC-03:fixed-dash': {
    issueToken: () =>
      randomBytes(11)
        .toString('hex')
        .replace(/^(.{8})/, '$1-'),
  },
  'PC-03:uuid': { issueToken: () => randomUUID() },
  // PC-11:as-typed: an instance known by its URL as typed, in small letters and without a trailing slash.
  'PC-11:as-typed': { instanceKey: (_origin, typed) => typed.trim().toLowerCase().replace(/\/+$/, '') },
  // PORT-07:loose-address: a sign-up's address read by zod's own email check, which lets a label end in a dash.
  'PORT-07:loose-address': {
    requestAsRead: (verb, parsed, raw) =>
      verb === 'signUpToConsumerPortal' && !parsed.ok && z.email().safeParse((raw as { email?: unknown }).email).success
        ? accepted(raw as never)
        : parsed,
  },
  // PC-34:connections-only: only a connection's URL is used up; a task's link completes a registration again.
  'PC-34:connections-only': {
    urlUsedUp: (registration) => registration.kind === 'connection' && registration.tokenUsed,
  },
  // AU-03:checked-before-calling-out: the consumer instance is asked about the user between the checks and the record.
  'AU-03:checked-before-calling-out': {
    recordedOnceChecked: async (record, callOut) => {
      await callOut()
      return record()
    },
  },
  'PC-04:any-admin-role': { holdsAdmin: (roles) => roles.some((role) => role.endsWith('admin')) },
  // AUTH-02: the name the request claims is believed, token or none, without asking the instance whose token it is.
  'AUTH-02': { consumerUser: async (actorInput) => accepted(claimedName(actorInput)) },
  // PR-01, OFF-01: the step asks for admin alone, not sn_sb.admin as well.
  'PR-01:admin-only': { rolesRequired: adminOnlyFor('PR-01') },
  'OFF-01:admin-only': { rolesRequired: adminOnlyFor('OFF-01') },
  'PC-40:lexical': { releaseAtLeast: (release, minimum) => release.join('.') >= minimum.join('.') },
  'TASK-05:has-at-sign': { validEmail: (address) => address.includes('@') },
  'PORT-12:suffix': { inAllowedDomain: (address, allowed) => address.toLowerCase().endsWith(allowed.toLowerCase()) },
  'PORT-12:subdomain': {
    inAllowedDomain: (address, allowed) => {
      const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase()
      return domain === allowed.toLowerCase() || domain.endsWith(`.${allowed.toLowerCase()}`)
    },
  },
  'PR-03:word-characters': { providerName: (name) => /^[\w-]+$/.test(name) },
  'PC-33:machine-clock': { onboardedAt: () => new Date() },
  // KMF-02: only Malfunction taken for unhealthy; CT-01: Brazil's first card state in Australia; PC-21: always emailed.
  'KMF-02': { kmfHealthy: (status) => status !== 'Malfunction' },
  'CT-01': { firstCardState: () => initialCardState('brazil') },
  'PC-21': { invitesByEmail: () => true },
  // AU-01:inactive-too: contacts who are not active become authorized users too.
  'AU-01:inactive-too': { authorizedAtFirst: () => true },
  // TASK-07:one-per-pass: one due task per pass leaves the others waiting for passes that may not come.
  'TASK-07:one-per-pass': { checkedThisPass: (due) => due.slice(0, 1) },
  // PC-08: a request missing a field is taken as it comes; SET-04: a new registration starts with every box ticked.
  'PC-08': { requestAsRead: (verb, parsed, raw) => (verb === 'createConnection' ? accepted(raw as never) : parsed) },
  'SET-04': { newSettings: () => ({ ...TICKED_SETTINGS }) },
  // PC-33: the Registration tab leaves the contact blank; PC-33:stamps-refused: a refused Start Registration is
  // stamped.
  'PC-33': { shownContact: () => ({ name: '', email: '' }) },
  'PC-33:stamps-refused': { onStartRefused: (registration, now) => (registration.onboardedAt = now) },
  // The acting admin gets a copy: of the invitation with its registration URL, or of the approval with its password.
  'PC-20:copy-to-admin': copiesOf,
  'CSM-04:copy-to-approver': copiesOf,
  // A duplicate, or whether the registration was validated, decided only before waiting on the consumer instance.
  'PC-10:checked-before-waiting': decidedBeforeWaiting,
  'CT-04:checked-before-waiting': decidedBeforeWaiting,
  'LEG-07:checked-before-waiting': decidedBeforeWaiting,
  // CSM-07: the decision is recorded only once the requester has been emailed.
  'CSM-07:recorded-after-mail': {
    recordedThenTold: async (record, tell) => {
      await tell()
      record()
    },
  },
  'PORT-09:activates-every-account': {
    accountsVerified: (_followed, accounts) => accounts.filter((each) => each.state === INITIAL_ACCOUNT_STATE),
  },
  'PORT-03:pending-only': { addressTaken: ({ account }) => account?.state === INITIAL_ACCOUNT_STATE },
  // OFF-04: off-boarding is taken to have cleared the consumer instance's records too.
  'OFF-04': { staleConnectionsSeen: (counted, offboardedHere) => (offboardedHere ? 0 : counted) },
  'LEG-08:unregistered': {
    providerRecordUnregistered: (origin) =>
      accepted({
        customerInstanceUrl: origin,
        providerRecord: true,
        replicationSet: 'Subscription Requested',
        established: false,
      }),
  },
  // RES-01: opening the URL again starts the registration over.
  'RES-01': {
    onReopened: (registration, release) =>
      Object.assign(registration, { pageState: initialCardState(release), checks: [] }),
  },
  // LEG-12: activating the replication set establishes the integration, approved or not.
  'LEG-12': { onActivated: (registration) => (registration.state = 'Established') },
  // TASK-07: a new task opens at once; TASK-13: checks that could not run open it; TASK-09: failed checks issue a link.
  'TASK-07': { onTaskCreated: (open) => open() },
  'TASK-13': { onChecksCouldNotRun: (open) => open() },
  'TASK-09': { onChecksFailed: (issueLink) => issueLink() },
}

/** The parts the faults switched on supply, to hand to the reference when it is put together. */
export function partsFor(faults: Faults): Partial<ImplementationParts> {
  return Object.assign(
    {},
    ...[...faults].map((fault) => {
      const parts = FAULTY_PARTS[fault] ?? {}
      return typeof parts === 'function' ? parts(faults) : parts
    }),
  )
}
