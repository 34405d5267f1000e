import fc from 'fast-check'
import { say } from '../cast/phrase'
import {
  authorizedUsers,
  memory,
  theContactActivates,
  theContactAddsAtTheSameMoment,
  theContactAddsAUser,
  theContactAddsTheSameUserAgain,
  theContactDeactivatesThatUser,
  theContactRestrictsAuthorizedUsers,
} from '../cast/phrases/authorized-users'
import { theAdminCreatesAConnection } from '../cast/phrases/connection'
import { aConsumerCompany, aProviderAdmin } from '../cast/phrases/parties'
import { emailNotificationsAre } from '../cast/phrases/provider-instance'
import { theContactCompletesTheRegistration } from '../cast/phrases/registration'
import { command } from './journey'
import { anyOfThemRefusedAs } from '../cast/phrases/outcomes'
import { refusedAs, type Act, type ActSeen, type BreachFound, type Procedure } from './procedure'

/** What a step of an authorized-users journey does, as far as its invariants care. */
type Kind = 'add' | 'add-again' | 'add-pair' | 'deactivate' | 'activate'

/** The connection's authorized users as the provider admin sees them, and how many the journey added, to act on. */
type Users = { shown: string; exists: boolean; active: number; users: string[]; added: number }

type Seen = ActSeen<Kind, Users>

/** The maximum every journey restricts the connection's active authorized users to. */
const MAXIMUM = 3

/** An act that needs an added user to act on. */
const onAnAddedUser = (act: Act<Kind, Users>): Act<Kind, Users> => ({ ...act, when: (now) => now.added > 0 })

/**
 * Every act an authorized-users journey may take: adding a user, the same one again, two at once (the same user, or
 * two near the maximum), deactivating the last added and activating it or the first added again.
 */
const ACTS = [
  fc.constant(command<Kind, Users>({ said: say(theContactAddsAUser), kind: 'add', single: true })),
  fc.constant(command<Kind, Users>({ said: say(theContactAddsAUser), kind: 'add', single: true })),
  fc.constant(command(onAnAddedUser({ said: say(theContactAddsTheSameUserAgain), kind: 'add-again', single: true }))),
  fc
    .constantFrom('the same user', 'two users')
    .map((who) => command<Kind, Users>({ said: say(theContactAddsAtTheSameMoment, who), kind: 'add-pair' })),
  fc.constant(command(onAnAddedUser({ said: say(theContactDeactivatesThatUser), kind: 'deactivate', single: true }))),
  fc
    .constantFrom('that' as const, 'the first added' as const)
    .map((which) => command(onAnAddedUser({ said: say(theContactActivates, which), kind: 'activate', single: true }))),
]

/** The kit's step for the refusals of two adds at once: either rule may be why one, or both, were refused. */
const PAIR_REFUSED = anyOfThemRefusedAs.says('"authorized-user-exists" or "authorized-users-limit-reached"')

/** The kit's step for how many authorized users the connection has. */
const hasUsers = (count: number): string => `the connection has ${count} authorized user${count === 1 ? '' : 's'}`

/**
 * The first invariant an authorized-users act broke, if any, with the steps that assert it. Two acts at once are
 * asserted by what a sound target ends with, whatever it refused: with a place left under the maximum, one of the two
 * gets it; with none, neither does.
 */
function breachOf(seen: Seen): BreachFound | undefined {
  const { act, refused, after, before } = seen
  const placeLeft = before.active < MAXIMUM
  const twice = after.users.find((user, index) => after.users.indexOf(user) !== index)
  if (twice)
    return {
      invariant: 'authorized-once-per-user',
      then:
        act.kind === 'add-pair'
          ? [PAIR_REFUSED, hasUsers(before.users.length + (placeLeft ? 1 : 0))]
          : [refusedAs(['authorized-user-exists']), hasUsers(before.users.length)],
      detail: `${twice} is an authorized user of the connection twice`,
    }
  if (after.active > MAXIMUM)
    return {
      invariant: 'active-within-the-maximum',
      then: [
        act.kind === 'add-pair' ? PAIR_REFUSED : refusedAs(['authorized-users-limit-reached']),
        `the connection has ${MAXIMUM} active authorized users`,
      ],
      detail: `${after.active} authorized users are active, where at most ${MAXIMUM} may be`,
    }
  if (refused && act.single && seen.changed)
    return {
      invariant: 'refusal-changes-nothing',
      then: [seen.refusalStep!, hasUsers(before.users.length)],
      detail: 'a refused act changed the authorized users',
    }
  return undefined
}

/** A connection's authorized users, once its registration completed (AU-03, AU-04). */
export const authorizedUsersProcedure: Procedure<Kind, Users> = {
  name: 'authorized-users',
  says: `the authorized users of an onboarded connection, at most ${MAXIMUM} of them active`,
  invariants: ['authorized-once-per-user', 'active-within-the-maximum', 'refusal-changes-nothing'],
  startingSteps: (start) => [
    say(aProviderAdmin),
    say(aConsumerCompany, start.version),
    say(emailNotificationsAre, start.email),
    say(theAdminCreatesAConnection),
    say(theContactCompletesTheRegistration),
    say(theContactRestrictsAuthorizedUsers, MAXIMUM),
  ],
  acts: ACTS,
  pairs: ['add-pair'],
  async look(world) {
    const users = await authorizedUsers(world)
    const active = users.filter((authorized) => authorized.active)
    return {
      shown: users.map((authorized) => `${authorized.user} ${authorized.active ? 'active' : 'inactive'}`).join(', '),
      exists: true,
      active: active.length,
      users: users.map((authorized) => authorized.user),
      added: memory(world).added.length,
    }
  },
  breachOf,
}
