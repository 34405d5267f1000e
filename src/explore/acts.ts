import fc from 'fast-check'
import type { Act, Journey, JourneyModel } from './journey'

/** A random journey's act as a fast-check command: it runs only where its precondition holds, and prints as its step. */
class ActCommand implements fc.AsyncCommand<JourneyModel, Journey> {
  constructor(readonly act: Act) {}
  check(model: Readonly<JourneyModel>): boolean {
    return this.act.needsConnection === undefined || this.act.needsConnection === model.hasConnection
  }
  async run(_model: JourneyModel, journey: Journey): Promise<void> {
    await journey.take(this.act)
  }
  toString(): string {
    return this.act.text
  }
}

const command = (act: Act) => new ActCommand(act)
const onTheConnection = (text: string, kind: Act['kind'], single?: true): Act => ({ text, kind, needsConnection: true, ...(single ? { single } : {}) })

/** Releases either side of 2.3.18, and one a lexical comparison gets wrong. */
const RELEASES = ['2.3.17', '2.3.18', '2.4.0', '2.10.0'] as const

const createsAConnection = fc.constant(command({ text: 'the provider admin creates a connection for the consumer', kind: 'create', single: true }))

/**
 * Every act a journey may take, by any party, in any order: the provider's (an admin, a user without the role, two
 * admins at once), the consumer contact's, another company's contact's, someone's without a sign-in, and changes
 * to the consumer instance and the provider instance between them.
 */
export const ACTS: fc.Arbitrary<fc.AsyncCommand<JourneyModel, Journey>>[] = [
  // Drawn three times as often as any other act: most acts need a connection to act on.
  createsAConnection,
  createsAConnection,
  createsAConnection,
  fc.constant(command({ text: 'that user creates a connection for the consumer', kind: 'non-admin-creates', single: true })),
  fc.constant(command({ text: 'two provider admins create a connection for the consumer at the same moment', kind: 'create-pair', needsConnection: false })),
  fc.constant(command(onTheConnection('the consumer contact opens the registration URL', 'page'))),
  fc.constant(command(onTheConnection('the consumer contact gets started', 'page'))),
  fc.constantFrom('consumer-kmf-unhealthy', 'app-versions-differ').map((check) => command(onTheConnection(`the consumer contact validates and resolves the "${check}" issue`, 'page'))),
  fc.constant(command(onTheConnection('the consumer contact starts the registration', 'contact-starts', true))),
  fc.constant(command(onTheConnection('the consumer contact completes the registration', 'contact-completes'))),
  fc.constant(command(onTheConnection("the other company's contact completes the consumer's registration", 'other-contact-completes'))),
  fc.constant(
    command(onTheConnection('someone holding the registration URL completes the registration in the name of the consumer contact, without signing in to the consumer instance', 'anonymous-completes')),
  ),
  fc.constantFrom(...RELEASES).map((version) =>
    command({ text: `the consumer instance now runs Service Exchange ${version}`, kind: 'consumer-instance', change: (model) => void (model.version = version) }),
  ),
  fc.constantFrom('admin', 'itil').map((role) =>
    command({ text: `the consumer contact holds only the role "${role}" in the consumer instance`, kind: 'consumer-instance', change: (model) => void (model.contactIsAdmin = role === 'admin') }),
  ),
  fc.constant(
    command({ text: "the other company's contact is also an admin of the consumer instance", kind: 'consumer-instance', change: (model) => void (model.otherContactIsAdmin = true) }),
  ),
  fc.constantFrom('Operational', 'Malfunction').map((status) => command({ text: `KMF on the consumer instance is ${status}`, kind: 'consumer-instance' })),
  fc.constant(command({ text: 'the consumer instance runs Service Exchange for Providers at another version', kind: 'consumer-instance' })),
  fc.constant(command({ text: 'the consumer instance runs Service Exchange for Providers at its consumer version', kind: 'consumer-instance' })),
  fc.constantFrom('on', 'off').map((setting) => command({ text: `email notifications are ${setting}`, kind: 'provider-setup' })),
  fc.constantFrom(5, 60).map((minutes) => command({ text: `${minutes} minutes pass`, kind: 'provider-setup' })),
]

/** How a journey starts: the consumer instance on an allowed release, email notifications on or off. */
export const JOURNEY_START = fc.record({ version: fc.constantFrom('2.3.18', '2.4.0'), email: fc.constantFrom('on' as const, 'off' as const) })
