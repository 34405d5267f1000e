import { actorOf } from '../parties'
import { phrase } from '../phrase'

/** The provider's acts on a connection for the consumer: by its admin, by a user without the role, by two at once. */

export const theAdminCreatesAConnection = phrase(
  'the provider admin creates a connection for the consumer',
  (scenario) => scenario.records.createConnection(scenario.cast.connectionRequest()),
)

export const thatUserCreatesAConnection = phrase(
  'that user creates a connection for the consumer',
  async (scenario) => {
    await scenario.cast.providerReady()
    scenario.records.remembered(
      scenario.record(
        await scenario.driver.createConnection(actorOf(scenario.thatUser), scenario.cast.connectionRequest()),
      ),
    )
  },
)

export const twoAdminsCreateAConnection = phrase(
  'two provider admins create a connection for the consumer at the same moment',
  async (scenario) => {
    const { cast, driver } = scenario
    const [first, second] = [await cast.asProviderAdmin(), actorOf(await cast.newProviderUser(['admin']))]
    const request = cast.connectionRequest()
    const outcomes = await scenario.atTheSameMoment(
      [first, second].map((admin) => ['create', () => driver.createConnection(admin, request)] as const),
    )
    for (const outcome of outcomes) scenario.records.remembered(outcome)
  },
)
