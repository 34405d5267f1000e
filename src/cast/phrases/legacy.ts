import assert from 'node:assert/strict'
import { actorOf } from '../parties'
import { phrase } from '../phrase'
import { CUSTOMER, currentCase, customerAdmin, decide, instanceUrl, integration, request, submit } from '../legacy-case'

/** Legacy Service Bridge onboarding: the provider's case and decisions, the customer admin's record and activation. */

export const theProducerReplicationSet = phrase('the provider has its producer replication set', (scenario) => {
  scenario.cast.producerReplicationSet = 'wanted'
})

export const aCustomerAccount = phrase('a customer account whose contact is an admin of its instance', (scenario) =>
  scenario.cast.newConsumer(CUSTOMER, '2.3.18'),
)

export const theAdminSubmitsARegistration = phrase<[which: string]>(
  /^the provider admin submits a Service Bridge registration for the (customer's instance|customer's second instance)$/,
  (scenario, which) => submit(scenario, request(scenario, which)),
  (which) => `the provider admin submits a Service Bridge registration for the ${which}`,
)

export const thatUserSubmitsARegistration = phrase(
  "that user submits a Service Bridge registration for the customer's instance",
  (scenario) => submit(scenario, request(scenario, "customer's instance"), scenario.thatUser),
)

export const twoAdminsSubmitARegistration = phrase(
  "two provider admins submit a Service Bridge registration for the customer's instance at the same moment",
  async (scenario) => {
    const { cast, driver } = scenario
    await cast.producerReplicationSetReady()
    const [first, second] = [await cast.asProviderAdmin(), actorOf(await cast.newProviderUser(['admin']))]
    const body = request(scenario, "customer's instance")
    const outcomes = await scenario.atTheSameMoment(
      [first, second].map((admin) => ['submitted', () => driver.submitServiceBridgeRegistration(admin, body)] as const),
    )
    for (const outcome of outcomes) if (outcome.ok) scenario.legacyCase = outcome.value
  },
)

export const theCustomerAdminCreatesTheProviderRecord = phrase<[which: string]>(
  /^the customer admin creates a provider record in the (customer's instance|customer's second instance)$/,
  async (scenario, which) =>
    scenario.record(
      await scenario.driver.createProviderRecordInCustomerInstance(
        customerAdmin(scenario, which),
        instanceUrl(scenario, which),
      ),
    ),
  (which) => `the customer admin creates a provider record in the ${which}`,
)

export const someoneWithoutASignInCreatesTheProviderRecord = phrase(
  "someone creates a provider record in the customer's instance in the name of its contact, without signing in to it",
  async (scenario) => {
    const claim = {
      userName: scenario.cast.consumer(CUSTOMER).contact.userName,
      accessToken: scenario.faker.string.alphanumeric(32),
    }
    scenario.record(
      await scenario.driver.createProviderRecordInCustomerInstance(claim, instanceUrl(scenario, "customer's instance")),
    )
  },
)

export const theAdminDecides = phrase<[verb: string, answer: string]>(
  /^the provider admin (approves|rejects) the subscription from the case and (confirms with Yes|answers No)$/,
  async (scenario, verb, answer) =>
    decide(scenario, await scenario.cast.asProviderAdmin(), {
      decision: verb === 'approves' ? 'approve' : 'reject',
      confirmed: answer === 'confirms with Yes',
    }),
  (verb, answer) => `the provider admin ${verb} the subscription from the case and ${answer}`,
)

export const thatUserDecides = phrase<[verb: string]>(
  /^that user (approves|rejects) the subscription from the case and confirms with Yes$/,
  (scenario, verb) =>
    decide(scenario, actorOf(scenario.thatUser), {
      decision: verb === 'approves' ? 'approve' : 'reject',
      confirmed: true,
    }),
  (verb) => `that user ${verb} the subscription from the case and confirms with Yes`,
)

export const twoAdminsDecide = phrase(
  'two provider admins decide the subscription from the case at the same moment, one approving and one rejecting, both confirming with Yes',
  async (scenario) => {
    const { cast, driver } = scenario
    const [first, second] = [await cast.asProviderAdmin(), actorOf(await cast.newProviderUser(['admin']))]
    if (!scenario.legacyCase) throw new Error("no registration case was opened for the customer's instance")
    const number = scenario.legacyCase.number
    await scenario.atTheSameMoment([
      ['Approved', () => driver.decideSubscription(first, number, { decision: 'approve', confirmed: true })],
      ['Rejected', () => driver.decideSubscription(second, number, { decision: 'reject', confirmed: true })],
    ])
  },
)

export const theCustomerAdminActivates = phrase('the customer admin activates the replication set', async (scenario) =>
  scenario.record(
    await scenario.driver.activateReplicationSet(customerAdmin(scenario), instanceUrl(scenario, "customer's instance")),
  ),
)

/** The provider's case and the customer's instance, as they show the registration afterwards. */

export const theSubscriptionIs = phrase<[state: string]>(
  'the Replication Subscription of the case is {string}',
  async (scenario, state) => {
    const shown = (await currentCase(scenario)).subscription?.state
    assert.equal(shown, state, `the Replication Subscription is ${shown ?? 'absent'}, not ${state}`)
  },
  (state) => `the Replication Subscription of the case is "${state}"`,
)

export const theReplicationSetIs = phrase<[state: string]>(
  "the customer's replication set is {string}",
  async (scenario, state) => {
    const shown = (await integration(scenario)).replicationSet
    assert.equal(shown, state, `the customer's replication set is ${shown ?? 'absent'}, not ${state}`)
  },
  (state) => `the customer's replication set is "${state}"`,
)

export const theIntegrationIs = phrase<[how: string]>(
  /^the integration is (established|not established) in the customer's instance$/,
  async (scenario, how) => {
    const established = (await integration(scenario)).established
    assert.equal(
      established,
      how === 'established',
      `the integration is ${established ? 'established' : 'not established'} in the customer's instance, not ${how}`,
    )
  },
  (how) => `the integration is ${how} in the customer's instance`,
)

export const theCustomersProviderRecord = phrase<[which: string]>(
  /^the customer's instance has (its|no) provider record$/,
  async (scenario, which) => {
    const shown = (await integration(scenario)).providerRecord
    assert.equal(shown, which === 'its', `the customer's instance shows ${shown ? 'a' : 'no'} provider record`)
  },
  (which) => `the customer's instance has ${which} provider record`,
)
