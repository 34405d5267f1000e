import type { CardState } from '../contract/connection.schema'
import type { InvariantName } from '../requirements/invariants'
import type { Act, JourneyModel } from './journey'

/** What one act did, as the invariants see it: the consumer's card before and after, and whether the act was refused. */
export type ActSeen = {
  act: Act
  model: Readonly<JourneyModel>
  before: CardState | undefined
  after: CardState | undefined
  /** How many connections the consumer has after the act. */
  count: number
  refused: boolean
  /** The kit's step that asserted the act's refusal, when it was refused. */
  refusalStep?: string
  /** Whether the cards differ after the act. */
  changed: boolean
}

/** A broken invariant: which, the kit's steps that assert it after the act, and what was seen. */
export type BreachFound = { invariant: InvariantName; then: string[]; detail: string }

/** Whether a Service Exchange release is 2.3.18 or later, part by part as numbers (PC-40). */
export const releaseAllowed = (version: string): boolean => {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  return major !== 2 ? major > 2 : minor !== 3 ? minor > 3 : patch >= 18
}

/** The kit's step for a refusal by any of these codes (the documents leave their order open, FREE-08). */
const refusedAs = (codes: string[]): string => `the request is refused as ${[...new Set(codes)].map((code) => `"${code}"`).join(' or ')}`

/**
 * The refusal a sound target gives for this act on this registration: without a sign-in it is not authenticated;
 * otherwise by each rule the act breaks, in an order the documents leave open.
 */
function refusalFor(seen: ActSeen, also: string[] = []): string {
  const { act, model } = seen
  if (act.kind === 'anonymous-completes') return 'the request is refused as not authenticated'
  const codes = [...also]
  if (act.kind === 'other-contact-completes') codes.push('not-named-contact', ...(model.otherContactIsAdmin ? [] : ['contact-not-consumer-admin']))
  if ((act.kind === 'contact-completes' || act.kind === 'contact-starts') && !model.contactIsAdmin) codes.push('contact-not-consumer-admin')
  if (!releaseAllowed(model.version)) codes.push('version-too-old')
  return refusedAs(codes)
}

/** Who completed a registration the documents do not let them, or on what consumer instance. */
function unentitled(seen: ActSeen): string | undefined {
  const { act, model } = seen
  if (act.kind !== 'contact-completes' && act.kind !== 'contact-starts') return 'someone other than its named contact completed it'
  if (!model.contactIsAdmin) return 'its contact is not an admin of the consumer instance'
  if (!releaseAllowed(model.version)) return `the consumer instance runs Service Exchange ${model.version}`
  return undefined
}

const COMPLETING: readonly Act['kind'][] = ['contact-completes', 'contact-starts', 'other-contact-completes', 'anonymous-completes']

/** The first invariant the act broke, if any, with the steps that assert it. */
export function breachOf(seen: ActSeen): BreachFound | undefined {
  const { act, before, after, refused } = seen
  if (act.kind === 'non-admin-creates' && !refused) {
    return { invariant: 'only-admins-create', then: [refusalFor(seen, ['not-admin', ...(before ? ['connection-exists'] : [])])], detail: 'a provider user without the admin role created a connection' }
  }
  if (seen.count > 1) {
    const refusal = act.kind === 'create-pair' ? 'exactly one of them is accepted, and the other is refused as "connection-exists"' : refusedAs(['connection-exists'])
    return { invariant: 'one-connection-per-instance', then: [refusal, 'the consumer has exactly one connection'], detail: `the consumer has ${seen.count} connections` }
  }
  if (refused && act.single && seen.changed) {
    return { invariant: 'refusal-changes-nothing', then: [seen.refusalStep!, before ? `the connection card is "${before}"` : 'the provider has no connections'], detail: 'a refused act changed the cards' }
  }
  if (before === 'Onboarded' && after !== 'Onboarded') {
    return { invariant: 'onboarded-stays', then: [...(seen.refusalStep ? [seen.refusalStep] : []), 'the connection card is "Onboarded"'], detail: 'the Onboarded connection is no longer Onboarded' }
  }
  if (before === 'Onboarded' && COMPLETING.includes(act.kind) && !refused) {
    return { invariant: 'onboards-once', then: [refusalFor(seen, ['registration-url-used']), 'the connection card is "Onboarded"'], detail: 'the registration of an Onboarded connection was completed again, and accepted' }
  }
  const why = before !== 'Onboarded' && after === 'Onboarded' ? unentitled(seen) : undefined
  if (why) return { invariant: 'onboarded-only-by-its-contact', then: [refusalFor(seen), 'the connection card is not "Onboarded"'], detail: `the connection became Onboarded, yet ${why}` }
  // Start Registration alone shows the state it was pressed in; completing the registration gets started on the way.
  if (act.kind === 'contact-starts' && !refused && before !== 'Validated' && before !== 'Onboarded') {
    return { invariant: 'started-only-when-validated', then: [refusalFor(seen, ['not-validated'])], detail: `Start Registration was accepted on a registration that was ${before ?? 'not created'}` }
  }
  return undefined
}
