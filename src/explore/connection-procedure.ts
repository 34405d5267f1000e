import fc from 'fast-check'
import type { CardState } from '../contract/connection.schema'
import { say, type Said } from '../cast/phrase'
import { consumerInstanceActs, providerSetupActs, startingParties } from './shared-acts'
import {
  SAME_INSTANCE_SPELLINGS,
  theAdminCreatesAConnection,
  theAdminCreatesAConnectionSpelledOtherwise,
  thatUserCreatesAConnection,
  twoAdminsCreateAConnection,
} from '../cast/phrases/connection'
import {
  theContactOpensTheUrl,
  theContactGetsStarted,
  theContactValidatesAndResolves,
  theContactStartsTheRegistration,
  theContactStartsInTwoTabsAtOnce,
  theContactCompletesTheRegistration,
  theOtherContactCompletesIt,
  someoneWithoutASignInCompletesIt,
} from '../cast/phrases/registration'
import { command } from './journey'
import { refusedAs, releaseAllowed, type Act, type ActSeen, type BreachFound, type Procedure } from './procedure'
import { exactlyOneConnection, theCardIs, theCardIsNot, theProviderHasNoConnections } from '../cast/phrases/connection'
import { anyOfThemRefusedAs, listedAs, refusedAsNotAuthenticated } from '../cast/phrases/outcomes'

/** Who acts in a step of a connection journey, as far as its invariants care. */
type Kind =
  | 'create'
  | 'non-admin-creates'
  | 'create-pair'
  | 'contact-completes'
  | 'contact-starts'
  | 'start-pair'
  | 'other-contact-completes'
  | 'anonymous-completes'
  | 'page'
  | 'consumer-instance'
  | 'provider-setup'

/** The consumer's connection cards as the provider admin sees them: the first one's state, and how many there are. */
type Cards = { shown: string; exists: boolean; state: CardState | undefined; count: number }

type ConnectionAct = Act<Kind, Cards>
type Seen = ActSeen<Kind, Cards>

const onTheConnection = (said: Said, kind: Kind, single?: true): ConnectionAct => ({
  said,
  kind,
  when: (now) => now.exists,
  ...(single ? { single } : {}),
})

const createsAConnection = fc.constant(
  command<Kind, Cards>({
    said: say(theAdminCreatesAConnection),
    kind: 'create',
    single: true,
  }),
)

/**
 * Every act a connection journey may take, by any party, in any order: the provider's (an admin, a user without the
 * role, two admins at once), the consumer contact's, another company's contact's, someone's without a sign-in, and
 * changes to the consumer instance and the provider instance between them.
 */
const ACTS = [
  // Drawn three times as often as any other act: most acts need a connection to act on.
  createsAConnection,
  createsAConnection,
  createsAConnection,
  // near misses: the consumer's instance URL spelled otherwise is the same instance (PC-10, PC-11)
  fc.constantFrom(...Object.keys(SAME_INSTANCE_SPELLINGS)).map((spelling) =>
    command<Kind, Cards>({
      said: say(theAdminCreatesAConnectionSpelledOtherwise, spelling),
      kind: 'create',
      single: true,
    }),
  ),
  fc.constant(
    command<Kind, Cards>({
      said: say(thatUserCreatesAConnection),
      kind: 'non-admin-creates',
      single: true,
    }),
  ),
  fc.constant(
    command<Kind, Cards>({
      said: say(twoAdminsCreateAConnection),
      kind: 'create-pair',
      when: (now) => !now.exists,
    }),
  ),
  fc.constant(command(onTheConnection(say(theContactOpensTheUrl), 'page'))),
  fc.constant(command(onTheConnection(say(theContactGetsStarted), 'page'))),
  fc
    .constantFrom('consumer-kmf-unhealthy', 'app-versions-differ')
    .map((check) => command(onTheConnection(say(theContactValidatesAndResolves, check), 'page'))),
  fc.constant(command(onTheConnection(say(theContactStartsTheRegistration), 'contact-starts', true))),
  // two presses of Start Registration at once, on a registration validated and waiting for it
  fc.constant(
    command<Kind, Cards>({
      said: say(theContactStartsInTwoTabsAtOnce),
      kind: 'start-pair',
      when: (now) => now.state === 'Validated',
    }),
  ),
  fc.constant(command(onTheConnection(say(theContactCompletesTheRegistration), 'contact-completes'))),
  fc.constant(command(onTheConnection(say(theOtherContactCompletesIt), 'other-contact-completes'))),
  fc.constant(command(onTheConnection(say(someoneWithoutASignInCompletesIt), 'anonymous-completes'))),
  ...consumerInstanceActs<Kind>('consumer-instance'),
  ...providerSetupActs<Kind>('provider-setup'),
]

/** Who completes a registration: its named contact, another company's contact, or someone without a sign-in. */
export type Completer = 'contact' | 'other' | 'anonymous'

/**
 * The refusal a sound target gives for an act (a completing one by these parties, or none) by these parties on this
 * registration: without a sign-in it is not authenticated; otherwise by each rule the act breaks, in an order the
 * documents leave open.
 */
export function completionRefusal(
  seen: Pick<ActSeen, 'model'>,
  by: Completer | undefined,
  also: string[] = [],
): string {
  return by === 'anonymous' ? refusedAsNotAuthenticated.says() : refusedAs(completionCodes(seen, by, also))
}

/** The codes a sound target may refuse a completing act with, by these parties on this registration. */
function completionCodes(seen: Pick<ActSeen, 'model'>, by: Completer | undefined, also: string[] = []): string[] {
  const { model } = seen
  const codes = [...also]
  if (by === 'other')
    codes.push('not-named-contact', ...(model.otherContactIsAdmin ? [] : ['contact-not-consumer-admin']))
  if (by === 'contact' && !model.contactIsAdmin) codes.push('contact-not-consumer-admin')
  if (!releaseAllowed(model.version)) codes.push('version-too-old')
  return codes
}

/**
 * Who completed a registration the documents do not let them, or on what consumer instance; undefined when entitled.
 */
export function unentitled(seen: Pick<ActSeen, 'model'>, byItsContact: boolean): string | undefined {
  const { model } = seen
  if (!byItsContact) return 'someone other than its named contact completed it'
  if (!model.contactIsAdmin) return 'its contact is not an admin of the consumer instance'
  if (!releaseAllowed(model.version)) return `the consumer instance runs Service Exchange ${model.version}`
  return undefined
}

const COMPLETING: Partial<Record<Kind, Completer>> = {
  'contact-completes': 'contact',
  'contact-starts': 'contact',
  'start-pair': 'contact',
  'other-contact-completes': 'other',
  'anonymous-completes': 'anonymous',
}

const refusalFor = (seen: Seen, also: string[] = []): string => completionRefusal(seen, COMPLETING[seen.act.kind], also)

/** The breach of an act that made or pressed too much: a connection by a non-admin, or a second of anything. */
function oneOnlyBreach(seen: Seen): BreachFound | undefined {
  const { act, refused } = seen
  const before = seen.before.state

  if (act.kind === 'non-admin-creates' && !refused) {
    return {
      invariant: 'only-admins-create',
      then: [refusalFor(seen, ['not-admin', ...(before ? ['connection-exists'] : [])])],
      detail: 'a provider user without the admin role created a connection',
    }
  }
  // both presses taken, where the contact was entitled to one: a sound target takes exactly one
  if (act.kind === 'start-pair' && !refused && !seen.refusalStep && unentitled(seen, true) === undefined) {
    return {
      invariant: 'onboards-once',
      then: [
        'exactly one of them is accepted, and the other is refused as "registration-url-used" or "not-validated"',
        theCardIs.says('Onboarded'),
      ],
      detail: 'Start Registration pressed in two tabs at the same moment was accepted in both',
    }
  }
  if (seen.after.count > 1) {
    const refusal =
      act.kind === 'create-pair'
        ? 'exactly one of them is accepted, and the other is refused as "connection-exists"'
        : refusedAs(['connection-exists'])
    return {
      invariant: 'one-connection-per-instance',
      then: [refusal, exactlyOneConnection.says()],
      detail: `the consumer has ${seen.after.count} connections`,
    }
  }
  return undefined
}

/** The first invariant a connection act broke, if any, with the steps that assert it. */
function breachOf(seen: Seen): BreachFound | undefined {
  const { act, refused } = seen
  const [before, after] = [seen.before.state, seen.after.state]
  const tooMany = oneOnlyBreach(seen)
  if (tooMany) return tooMany
  if (refused && act.single && seen.changed) {
    return {
      invariant: 'refusal-changes-nothing',
      then: [seen.refusalStep!, before ? theCardIs.says(before) : theProviderHasNoConnections.says()],
      detail: 'a refused act changed the cards',
    }
  }
  if (before === 'Onboarded' && after !== 'Onboarded') {
    return {
      invariant: 'onboarded-stays',
      then: [...(seen.refusalStep ? [seen.refusalStep] : []), theCardIs.says('Onboarded')],
      detail: 'the Onboarded connection is no longer Onboarded',
    }
  }
  const completing = COMPLETING[act.kind]
  if (before === 'Onboarded' && completing && !refused) {
    return {
      invariant: 'onboards-once',
      then: [refusalFor(seen, ['registration-url-used']), theCardIs.says('Onboarded')],
      detail: 'the registration of an Onboarded connection was completed again, and accepted',
    }
  }
  const why = before !== 'Onboarded' && after === 'Onboarded' ? unentitled(seen, completing === 'contact') : undefined
  if (why)
    return {
      invariant: 'onboarded-only-by-its-contact',
      then: [
        act.kind === 'start-pair'
          ? anyOfThemRefusedAs.says(
              listedAs(completionCodes(seen, 'contact', ['registration-url-used', 'not-validated'])),
            )
          : refusalFor(seen),
        theCardIsNot.says('Onboarded'),
      ],
      detail: `the connection became Onboarded, yet ${why}`,
    }
  // Start Registration alone shows the state it was pressed in; completing the registration gets started on the way.
  if (act.kind === 'contact-starts' && !refused && before !== 'Validated' && before !== 'Onboarded') {
    return {
      invariant: 'started-only-when-validated',
      then: [refusalFor(seen, ['not-validated'])],
      detail: `Start Registration was accepted on a registration that was ${before ?? 'not created'}`,
    }
  }
  return undefined
}

/** Provider-initiated registration through a connection card (PC, CT). */
export const connectionProcedure: Procedure<Kind, Cards> = {
  name: 'connection',
  says: 'a connection card, from its creation to Onboarded',
  invariants: [
    'only-admins-create',
    'onboarded-only-by-its-contact',
    'started-only-when-validated',
    'onboards-once',
    'onboarded-stays',
    'refusal-changes-nothing',
    'one-connection-per-instance',
    'mail-as-the-rules-say',
  ],
  startingSteps: startingParties,
  acts: ACTS,
  pairs: ['create-pair', 'start-pair'],
  async look(world) {
    const company = world.cast.consumer().companyName
    const cards = (await world.records.allCards()).filter((card) => card.company === company)
    return {
      shown: cards.map((card) => `${card.number} ${card.state}`).join(', ') || 'no connection',
      exists: cards.length > 0,
      state: cards[0]?.state,
      count: cards.length,
    }
  },
  breachOf,
}
