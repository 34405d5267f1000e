import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'

import {
  CUSTOMER,
  instanceUrl,
  request,
  submit,
  currentCase,
  decide,
  customerAdmin,
  integration,
} from '../src/cast/legacy-case'
import {
  theCustomerAdminCreatesTheProviderRecord,
  someoneWithoutASignInCreatesTheProviderRecord,
  theAdminDecides,
  thatUserDecides,
  twoAdminsDecide,
  theCustomerAdminActivates,
} from '../src/cast/phrases/legacy'
import { step } from './support/step'
import {
  theSubscriptionIs,
  theReplicationSetIs,
  theIntegrationIs,
  theCustomersProviderRecord,
} from '../src/cast/phrases/legacy'

When(...step(theCustomerAdminCreatesTheProviderRecord))

When(...step(someoneWithoutASignInCreatesTheProviderRecord))

When("that user creates a provider record in the customer's instance", async function (this: ExchangeWorld) {
  this.record(
    await this.driver.createProviderRecordInCustomerInstance(
      this.cast.consumerUser(this.thatUser, instanceUrl(this, "customer's instance")),
      instanceUrl(this, "customer's instance"),
    ),
  )
})

Given('the customer has asked for a Replication Subscription', async function (this: ExchangeWorld) {
  this.must(await submit(this, request(this, "customer's instance")))
  this.must(
    await this.driver.createProviderRecordInCustomerInstance(
      customerAdmin(this),
      instanceUrl(this, "customer's instance"),
    ),
  )
})

Given("the provider has approved the customer's Replication Subscription", async function (this: ExchangeWorld) {
  this.must(await submit(this, request(this, "customer's instance")))
  this.must(
    await this.driver.createProviderRecordInCustomerInstance(
      customerAdmin(this),
      instanceUrl(this, "customer's instance"),
    ),
  )
  this.must(await decide(this, await this.cast.asProviderAdmin(), { decision: 'approve', confirmed: true }))
})

When(...step(theAdminDecides))

When(
  'the provider admin approves the subscription of a case that was never opened',
  async function (this: ExchangeWorld) {
    if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
    // Another number than the one case of the scenario: the target opened no case under it.
    this.record(
      await this.driver.decideSubscription(await this.cast.asProviderAdmin(), `${this.legacyCase.number}9`, {
        decision: 'approve',
        confirmed: true,
      }),
    )
  },
)

Given('the provider admin has rejected the subscription from the case', async function (this: ExchangeWorld) {
  this.must(await decide(this, await this.cast.asProviderAdmin(), { decision: 'reject', confirmed: true }))
})

When(...step(thatUserDecides))

When(...step(theCustomerAdminActivates))

Given('the customer admin has activated the replication set', async function (this: ExchangeWorld) {
  this.must(await this.driver.activateReplicationSet(customerAdmin(this), instanceUrl(this, "customer's instance")))
})

When('that user activates the replication set', async function (this: ExchangeWorld) {
  this.record(
    await this.driver.activateReplicationSet(
      this.cast.consumerUser(this.thatUser, instanceUrl(this, "customer's instance")),
      instanceUrl(this, "customer's instance"),
    ),
  )
})

Then(...step(theCustomersProviderRecord))

When(
  "someone looks at the integration in the customer's instance in the name of its contact, without signing in to it",
  async function (this: ExchangeWorld) {
    const claim = {
      userName: this.cast.consumer(CUSTOMER).contact.userName,
      accessToken: this.faker.string.alphanumeric(32),
    }
    this.record(await this.driver.viewCustomerIntegration(claim, instanceUrl(this, "customer's instance")))
  },
)

Then(...step(theReplicationSetIs))

Then(
  "the customer's second instance has its replication set {string}",
  async function (this: ExchangeWorld, state: string) {
    const shown = (await integration(this, "customer's second instance")).replicationSet
    assert.equal(shown, state, `the second instance's replication set is ${shown ?? 'absent'}, not ${state}`)
  },
)

Then(...step(theSubscriptionIs))

Then('the work notes of the case link to the Replication Subscription', async function (this: ExchangeWorld) {
  const notes = (await currentCase(this)).workNotes
  assert.ok(
    notes.some((note) => this.cast.providerLinksIn(note).length > 0),
    'no work note links to the approval record',
  )
})

Then(...step(theIntegrationIs))

When(...step(twoAdminsDecide))

Then(
  'the Replication Subscription of the case is as the accepted decision left it',
  async function (this: ExchangeWorld) {
    const expected = this.acceptedTogether()
    const shown = (await currentCase(this)).subscription?.state
    assert.equal(
      shown,
      expected,
      `the decision that left it ${expected} was accepted, yet the Replication Subscription is ${shown ?? 'absent'}`,
    )
  },
)
