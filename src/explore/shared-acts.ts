import fc from 'fast-check'
import { say, type Said } from '../cast/phrase'
import {
  theConsumerInstanceRuns,
  kmfOnTheConsumerInstance,
  theProviderAppAtAnotherVersion,
  theProviderAppAtTheConsumerVersion,
} from '../cast/phrases/consumer-instance'
import { emailNotificationsAre, kmfOnTheProviderInstance } from '../cast/phrases/provider-instance'
import {
  aProviderAdmin,
  aConsumerCompany,
  anotherConsumerCompany,
  aProviderUserWithoutTheAdminRole,
  theContactHoldsOnlyTheRole,
  theOtherContactIsAlsoAnAdmin,
} from '../cast/phrases/parties'
import { command } from './journey'
import type { JourneyStart } from './procedure'

/** The parties every onboarding journey starts from, and the acts on the two instances they take between theirs. */

/** Releases either side of 2.3.18, and one a lexical comparison gets wrong. */
export const RELEASES = ['2.3.17', '2.3.18', '2.4.0', '2.10.0'] as const

/** Acts on the consumer instance that every procedure's journeys take between the parties' acts. */
export const consumerInstanceActs = <K extends string>(kind: K) => [
  fc.constantFrom(...RELEASES).map((version) =>
    command({
      said: say(theConsumerInstanceRuns, version),
      kind,
      change: (model) => void (model.version = version),
    }),
  ),
  fc.constantFrom('admin', 'itil').map((role) =>
    command({
      said: say(theContactHoldsOnlyTheRole, role),
      kind,
      change: (model) => void (model.contactIsAdmin = role === 'admin'),
    }),
  ),
  fc.constant(
    command({
      said: say(theOtherContactIsAlsoAnAdmin),
      kind,
      change: (model) => void (model.otherContactIsAdmin = true),
    }),
  ),
  fc
    .constantFrom('Operational', 'Malfunction')
    .map((status) => command({ said: say(kmfOnTheConsumerInstance, status), kind })),
  fc.constant(command({ said: say(theProviderAppAtAnotherVersion), kind })),
  fc.constant(command({ said: say(theProviderAppAtTheConsumerVersion), kind })),
]

/**
 * Acts on the provider instance's settings. The clock is left to the procedures that need it: a target without a clock
 * a kit can move (an optional part) is still explored in the others.
 */
export const providerSetupActs = <K extends string>(kind: K) => [
  fc.constantFrom('on', 'off').map((setting) =>
    command({
      said: say(emailNotificationsAre, setting),
      kind,
      change: (model) => void (model.emailOn = setting === 'on'),
    }),
  ),
]

/** The Givens every journey starts from, in the kit's step language. */
export const startingParties = (start: JourneyStart): Said[] => [
  say(aProviderAdmin),
  say(aConsumerCompany, start.version),
  say(anotherConsumerCompany),
  say(aProviderUserWithoutTheAdminRole),
  say(kmfOnTheProviderInstance, 'Operational'),
  say(emailNotificationsAre, start.email),
]
