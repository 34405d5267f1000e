import fc from 'fast-check'
import { say } from '../cast/phrase'
import {
  aPersonAtSignsUp,
  aPersonSignsUp,
  anotherPersonSignsUpWithTheSameAddress,
  externalRegistrationIsSetUp,
  thePersonFollowsTheLink,
  thePersonSignsIn,
  thePortalAllowsOnly,
  twoPeopleSignUpAtOnce,
} from '../cast/phrases/consumer-portal'
import { emailNotificationsAre } from '../cast/phrases/provider-instance'
import { command } from './journey'
import { refusedAs, type Act, type ActSeen, type BreachFound, type Procedure } from './procedure'

/** What a step of a portal journey does, as far as its invariants care. */
type Kind = 'sign-up' | 'sign-up-pair' | 'follow' | 'sign-in'

/** What the portal's mail shows of its accounts: the verification emails to each address, in small letters. */
type Mails = { shown: string; exists: boolean; byAddress: Record<string, number>; toThePerson: number }

type Seen = ActSeen<Kind, Mails>

/** The one domain every journey's portal allows. */
const ALLOWED = 'consumers.example'

/**
 * Domains an address may be at: the allowed one, in other capitals, and near misses of it (PORT-12): a subdomain, a
 * suffix, the domain cut short, the domain with more after it.
 */
const DOMAINS = [
  ALLOWED,
  'CONSUMERS.Example',
  `sub.${ALLOWED}`,
  `not${ALLOWED}`,
  'consumers.exampl',
  `${ALLOWED}.attacker`,
]

/** An act of the person who signed up last, who has a verification email to act on. */
const ofThePerson = (act: Act<Kind, Mails>): Act<Kind, Mails> => ({ ...act, when: (now) => now.toThePerson > 0 })

/**
 * Every act a portal journey may take: a person signing up (at the allowed domain or a near miss of it), another with
 * the same address, two with one address at once, following the verification link (again), signing in.
 */
const ACTS = [
  fc.constant(command<Kind, Mails>({ said: say(aPersonSignsUp, null), kind: 'sign-up', single: true })),
  fc
    .constantFrom(...DOMAINS)
    .map((domain) => command<Kind, Mails>({ said: say(aPersonAtSignsUp, domain), kind: 'sign-up', single: true })),
  fc.constant(
    command(ofThePerson({ said: say(anotherPersonSignsUpWithTheSameAddress), kind: 'sign-up', single: true })),
  ),
  fc.constant(command<Kind, Mails>({ said: say(twoPeopleSignUpAtOnce), kind: 'sign-up-pair' })),
  fc.constant(command(ofThePerson({ said: say(thePersonFollowsTheLink), kind: 'follow', single: true }))),
  fc.constant(command(ofThePerson({ said: say(thePersonSignsIn), kind: 'sign-in', single: true }))),
]

/** The first invariant a portal act broke, if any, with the steps that assert it. */
function breachOf(seen: Seen): BreachFound | undefined {
  const { act, refused, after } = seen
  const twice = Object.entries(after.byAddress).find(([, count]) => count > 1)?.[0]
  if (twice)
    return {
      invariant: 'one-account-per-address',
      then: [
        act.kind === 'sign-up-pair'
          ? 'exactly one of them is accepted, and the other is refused as "email-taken"'
          : refusedAs(['email-taken']),
      ],
      detail: `${twice} was sent a verification email for a second account`,
    }
  const outside = Object.keys(after.byAddress).find((address) => address.split('@')[1] !== ALLOWED)
  if (outside)
    return {
      invariant: 'allowed-domains-only',
      then: [refusedAs(['email-domain-not-allowed']), 'no email is sent'],
      detail: `${outside} signed up, where the portal allows only addresses at ${ALLOWED}`,
    }
  if (refused && act.single && seen.changed)
    return {
      invariant: 'refusal-changes-nothing',
      then: [seen.refusalStep!, 'no email is sent'],
      detail: 'a refused act sent a verification email',
    }
  return undefined
}

/** Self-registration on the Consumer Service Portal, with one allowed email domain (PORT). */
export const portalProcedure: Procedure<Kind, Mails> = {
  name: 'portal',
  says: `sign-ups on the Consumer Service Portal, which allows only addresses at ${ALLOWED}`,
  tags: ['@portal'],
  invariants: ['one-account-per-address', 'allowed-domains-only', 'refusal-changes-nothing'],
  startingSteps: () => [
    say(emailNotificationsAre, 'on'),
    say(externalRegistrationIsSetUp),
    say(thePortalAllowsOnly, ALLOWED),
  ],
  acts: ACTS,
  pairs: ['sign-up-pair'],
  async look(world) {
    const byAddress: Record<string, number> = {}
    for (const mail of world.boundary.outbox.documented())
      if (mail.kind === 'email-verification')
        byAddress[mail.to.toLowerCase()] = (byAddress[mail.to.toLowerCase()] ?? 0) + 1
    const person = world.peopleSoFar().person
    return {
      shown: Object.entries(byAddress)
        .map(([address, count]) => `${address} ${count}`)
        .join(', '),
      exists: true,
      byAddress,
      toThePerson: person ? (byAddress[person.email.toLowerCase()] ?? 0) : 0,
    }
  },
  breachOf,
}
