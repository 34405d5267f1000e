import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { instanceIdOf } from '../mocks/consumer-instances'
import { actorOf } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

import { CUSTOMER, EXPECTED_GUIDANCE, instanceUrl, request, submit, currentCase } from '../src/cast/legacy-case'
import {
  theProducerReplicationSet,
  aCustomerAccount,
  theAdminSubmitsARegistration,
  thatUserSubmitsARegistration,
  twoAdminsSubmitARegistration,
} from '../src/cast/phrases/legacy'
import { step } from './support/step'

Given(...step(theProducerReplicationSet))

Given('the provider has no producer replication set', function (this: ExchangeWorld) {
  this.cast.producerReplicationSet = 'absent'
})

Given(...step(aCustomerAccount))

Given('the customer account has a second instance', async function (this: ExchangeWorld) {
  await this.cast.addSecondInstance(CUSTOMER)
})

Given("a user without the admin role of the customer's instance", function (this: ExchangeWorld) {
  this.introduced(this.cast.newConsumerInstanceUser(['itil'], this.cast.consumer(CUSTOMER)))
})

When(...step(theAdminSubmitsARegistration))

Given(
  /^the provider admin has submitted a Service Bridge registration for the (customer's instance|customer's second instance)$/,
  async function (this: ExchangeWorld, which: string) {
    this.must(await submit(this, request(this, which)))
  },
)

When('the provider admin reads a registration case that was never opened', async function (this: ExchangeWorld) {
  if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  // Another number than the one case of the scenario: the target opened no case under it.
  this.record(await this.driver.viewRegistrationCase(await this.cast.asProviderAdmin(), `${this.legacyCase.number}9`))
})

When('that user reads the registration case', async function (this: ExchangeWorld) {
  if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  this.record(await this.driver.viewRegistrationCase(actorOf(this.thatUser), this.legacyCase.number))
})

Given("the customer's instance cannot be reached", function (this: ExchangeWorld) {
  this.boundary.instances.control(instanceUrl(this, "customer's instance")).becomes('unreachable')
})

When(...step(thatUserSubmitsARegistration))

When(...step(twoAdminsSubmitARegistration))

When(
  "the provider admin submits a Service Bridge registration for the customer's instance with another instance's ID",
  async function (this: ExchangeWorld) {
    await submit(this, {
      ...request(this, "customer's instance"),
      customerInstanceId: instanceIdOf('https://another-instance.service-now.example'),
    })
  },
)

When(
  "the provider admin submits a Service Bridge registration for the customer's instance with an instance ID of words",
  async function (this: ExchangeWorld) {
    await submit(this, { ...request(this, "customer's instance"), customerInstanceId: 'the customer instance' })
  },
)

When(
  "the provider admin submits a Service Bridge registration for the customer's instance naming the other company's contact",
  async function (this: ExchangeWorld) {
    await submit(this, {
      ...request(this, "customer's instance"),
      contactId: this.cast.consumer('the other company').contact.id,
    })
  },
)

Then("a registration case is opened for the customer's account", async function (this: ExchangeWorld) {
  const opened = await currentCase(this)
  assert.equal(
    opened.account,
    this.cast.consumer(CUSTOMER).companyName,
    `the case is for the account ${opened.account}`,
  )
  assert.equal(
    opened.customerInstanceUrl,
    this.cast.consumer(CUSTOMER).instanceUrl,
    `the case names the instance ${opened.customerInstanceUrl}`,
  )
})

Then('the work notes of the case give installation and configuration guidance', async function (this: ExchangeWorld) {
  const { guidance } = await currentCase(this)
  assert.deepEqual(
    guidance,
    EXPECTED_GUIDANCE,
    'the work notes of the case do not guide the installation and the configuration',
  )
})

Then('the case has no Replication Subscription yet', async function (this: ExchangeWorld) {
  const opened = await currentCase(this)
  assert.equal(
    opened.subscription,
    undefined,
    `the case already has the Replication Subscription ${opened.subscription?.number}`,
  )
  assert.deepEqual(
    opened.workNotes.flatMap((note) => this.cast.providerLinksIn(note)),
    [],
    'the work notes already link to an approval',
  )
})

Then('that email tells how to install the application from the ServiceNow Store', function (this: ExchangeWorld) {
  const { guidance } = this.thatEmail('installation-guidance')
  assert.deepEqual(guidance, EXPECTED_GUIDANCE, 'the email does not guide the installation from the ServiceNow Store')
})
