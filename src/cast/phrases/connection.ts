import assert from 'node:assert/strict'
import { actorOf } from '../parties'
import { phrase } from '../phrase'

/** The provider's acts on a connection for the consumer: by its admin, by a user without the role, by two at once. */

export const theAdminCreatesAConnection = phrase(
  'the provider admin creates a connection for the consumer',
  (scenario) => scenario.records.createConnection(scenario.cast.connectionRequest()),
)

/**
 * The same origin with its port spelled otherwise: the scheme's default port written out where the address has none, a
 * leading zero where it has one (the kit's served instances listen on ports of their own).
 */
function portWrittenAnotherWay(url: string): string {
  const { protocol, host, port } = new URL(url)
  const spelled = port ? host.replace(`:${port}`, `:0${port}`) : `${host}:${protocol === 'https:' ? 443 : 80}`
  return url.replace(host, spelled)
}

/** Spellings of an instance URL that name the same instance: its origin, written otherwise. */
export const SAME_INSTANCE_SPELLINGS: Record<string, (url: string) => string> = {
  'in capitals and a trailing slash': (url) => `${url.toUpperCase()}/`,
  'with its port written another way': portWrittenAnotherWay,
}

export const theAdminCreatesAConnectionSpelledOtherwise = phrase<[spelling: string]>(
  /^the provider admin creates a connection for the consumer with its instance URL (in capitals and a trailing slash|with its port written another way)$/,
  (scenario, spelling) =>
    scenario.records.createConnection({
      ...scenario.cast.connectionRequest(),
      instanceUrl: SAME_INSTANCE_SPELLINGS[spelling]!(scenario.cast.consumer().instanceUrl),
    }),
  (spelling) => `the provider admin creates a connection for the consumer with its instance URL ${spelling}`,
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

/** What the provider's Connections tab shows of the consumer afterwards. */

export const theCardIs = phrase<[state: string]>(
  'the connection card is {string}',
  async (scenario, state) => {
    const shown = (await scenario.records.currentCard()).state
    assert.equal(shown, state, `the connection card is ${shown}, not ${state}`)
  },
  (state) => `the connection card is "${state}"`,
)

export const theCardIsNot = phrase<[state: string]>(
  'the connection card is not {string}',
  async (scenario, state) => {
    assert.notEqual((await scenario.records.currentCard()).state, state, `the connection card is ${state}`)
  },
  (state) => `the connection card is not "${state}"`,
)

export const theProviderHasNoConnections = phrase('the provider has no connections', async (scenario) => {
  const cards = await scenario.records.allCards()
  assert.deepEqual(
    cards,
    [],
    `the provider has ${cards.length} connection(s): ${cards.map((card) => `${card.number} (${card.company})`).join(', ')}`,
  )
})

export const exactlyOneConnection = phrase('the consumer has exactly one connection', async (scenario) => {
  const consumer = scenario.cast.consumer()
  const cards = (await scenario.records.allCards()).filter((card) => card.company === consumer.companyName)
  assert.equal(cards.length, 1, `the consumer has ${cards.length} connections`)
})
