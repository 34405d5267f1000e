// the faulty parts themselves, which only npm run prove-faults supplies; each one is proven to turn the suite red
// there.
// Stryker disable all: for the reason above
import { randomBytes } from 'node:crypto'
import { initialCardState } from '../spec/connection-card.workflow'
import type { ImplementationParts } from '../spec/parts'
import type { Faults } from './faults'

/** What two faulty token variants put before a short random tail. */
const FIXED_PREFIX = '5f1c2e9a7b3d4c8e0f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6'

/**
 * The parts a fault supplies in place of the reference's own, each a realistic slip of an implementation. They live
 * here, outside the reference, and are handed to it when it is put together (`partsFor`), so the reference holds only
 * the rules.
 */
const FAULTY_PARTS: Partial<Record<string, Partial<ImplementationParts>>> = {
  // PC-03: tokens numbered one after another; PC-02: every URL gets the first token again.
  'PC-03': { issueToken: ({ issued }) => `t${issued}` },
  'PC-03:short-behind-path': { issueToken: () => `${FIXED_PREFIX}/${randomBytes(2).toString('hex')}` },
  'PC-03:fixed-prefix': { issueToken: () => `${FIXED_PREFIX}${randomBytes(2).toString('hex')}` },
  'PC-02': { issueToken: ({ fresh, first }) => first ?? fresh() },
  'PC-04:any-admin-role': { holdsAdmin: (roles) => roles.some((role) => role.endsWith('admin')) },
  'PC-40:lexical': { releaseAtLeast: (release, minimum) => release.join('.') >= minimum.join('.') },
  'TASK-05:has-at-sign': { validEmail: (address) => address.includes('@') },
  'PORT-12:suffix': { inAllowedDomain: (address, allowed) => address.toLowerCase().endsWith(allowed.toLowerCase()) },
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
}

/** The parts the faults switched on supply, to hand to the reference when it is put together. */
export function partsFor(faults: Faults): Partial<ImplementationParts> {
  return Object.assign({}, ...[...faults].map((fault) => FAULTY_PARTS[fault] ?? {}))
}
