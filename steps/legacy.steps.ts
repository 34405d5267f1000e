import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { Actor } from '../src/contract/actor.schema'
import type { LegacyRegistrationRequest, RegistrationCase, SubscriptionDecision } from '../src/contract/legacy.schema'
import type { InstallationGuidance } from '../src/contract/mail.schema'
import { instanceIdOf } from '../mocks/consumer-instances'
import { actorOf, type Person } from './support/parties'
import type { ExchangeWorld } from './support/world'

const CUSTOMER = 'the customer'
/**
 * The facts the documents ask the guidance to carry (LEG-05, LEG-06): install from the Store, then create the provider
 * record.
 */
const EXPECTED_GUIDANCE: InstallationGuidance = { installFrom: 'ServiceNow Store', thenCreate: 'provider record' }

/** The customer's first instance, or the second one the scenario gave the account. */
function instanceUrl(world: ExchangeWorld, which: string): string {
  if (which === "customer's instance") return world.consumer(CUSTOMER).instanceUrl
  if (!world.secondInstanceUrl)
    throw new Error('the customer account has no second instance: add one in an earlier step')
  return world.secondInstanceUrl
}

/** The Service Bridge Registration request for one of the customer's instances, as the catalog item is filled. */
function request(world: ExchangeWorld, which: string): LegacyRegistrationRequest {
  const customer = world.consumer(CUSTOMER)
  const url = instanceUrl(world, which)
  return {
    accountId: customer.companyId,
    contactId: customer.contact.id,
    customerInstanceUrl: url,
    customerInstanceId: instanceIdOf(url),
  }
}

/** The provider admin submits a request; the case of the first instance is remembered. */
async function submit(world: ExchangeWorld, body: LegacyRegistrationRequest, actor?: Person) {
  await world.producerReplicationSetReady()
  const who = actor ? actorOf(actor) : await world.asProviderAdmin()
  if (actor) await world.providerReady()
  const outcome = world.record(await world.driver.submitServiceBridgeRegistration(who, body))
  if (outcome.ok && body.customerInstanceUrl === world.consumer(CUSTOMER).instanceUrl) world.legacyCase = outcome.value
  return outcome
}

/** The registration case of the customer's first instance, as the provider shows it now. */
async function currentCase(world: ExchangeWorld): Promise<RegistrationCase> {
  if (!world.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  return world.must(await world.driver.viewRegistrationCase(await world.asProviderAdmin(), world.legacyCase.number))
}

async function decide(world: ExchangeWorld, actor: Actor, decision: SubscriptionDecision) {
  if (!world.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  return world.record(await world.driver.decideSubscription(actor, world.legacyCase.number, decision))
}

/** The customer's contact, an admin of its instances, signed in to the one the step is about. */
const customerAdmin = (world: ExchangeWorld, which = "customer's instance") =>
  world.consumerUser(world.consumer(CUSTOMER).contact, instanceUrl(world, which))

async function integration(world: ExchangeWorld, which = "customer's instance") {
  return world.must(await world.driver.viewCustomerIntegration(customerAdmin(world, which), instanceUrl(world, which)))
}

Given('the provider has its producer replication set', function (this: ExchangeWorld) {
  this.producerReplicationSet = 'wanted'
})

Given('the provider has no producer replication set', function (this: ExchangeWorld) {
  this.producerReplicationSet = 'absent'
})

Given('a customer account whose contact is an admin of its instance', async function (this: ExchangeWorld) {
  await this.newConsumer(CUSTOMER, '2.3.18')
})

Given('the customer account has a second instance', async function (this: ExchangeWorld) {
  await this.addSecondInstance(CUSTOMER)
})

Given("a user without the admin role of the customer's instance", function (this: ExchangeWorld) {
  this.newConsumerInstanceUser(['itil'], this.consumer(CUSTOMER))
})

When(
  /^the provider admin submits a Service Bridge registration for the (customer's instance|customer's second instance)$/,
  async function (this: ExchangeWorld, which: string) {
    await submit(this, request(this, which))
  },
)

Given(
  /^the provider admin has submitted a Service Bridge registration for the (customer's instance|customer's second instance)$/,
  async function (this: ExchangeWorld, which: string) {
    this.must(await submit(this, request(this, which)))
  },
)

When('the provider admin reads a registration case that was never opened', async function (this: ExchangeWorld) {
  if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  // Another number than the one case of the scenario: the target opened no case under it.
  this.record(await this.driver.viewRegistrationCase(await this.asProviderAdmin(), `${this.legacyCase.number}9`))
})

When('that user reads the registration case', async function (this: ExchangeWorld) {
  if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  this.record(await this.driver.viewRegistrationCase(actorOf(this.thatUser), this.legacyCase.number))
})

Given("the customer's instance cannot be reached", function (this: ExchangeWorld) {
  this.boundary.instances.control(instanceUrl(this, "customer's instance")).becomes('unreachable')
})

When(
  "that user submits a Service Bridge registration for the customer's instance",
  async function (this: ExchangeWorld) {
    await submit(this, request(this, "customer's instance"), this.thatUser)
  },
)

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
      contactId: this.consumer('the other company').contact.id,
    })
  },
)

Then("a registration case is opened for the customer's account", async function (this: ExchangeWorld) {
  const opened = await currentCase(this)
  assert.equal(opened.account, this.consumer(CUSTOMER).companyName, `the case is for the account ${opened.account}`)
  assert.equal(
    opened.customerInstanceUrl,
    this.consumer(CUSTOMER).instanceUrl,
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
    opened.workNotes.flatMap((note) => this.providerLinksIn(note)),
    [],
    'the work notes already link to an approval',
  )
})

Then('that email tells how to install the application from the ServiceNow Store', function (this: ExchangeWorld) {
  const { guidance } = this.thatEmail('installation-guidance')
  assert.deepEqual(guidance, EXPECTED_GUIDANCE, 'the email does not guide the installation from the ServiceNow Store')
})

When(
  /^the customer admin creates a provider record in the (customer's instance|customer's second instance)$/,
  async function (this: ExchangeWorld, which: string) {
    this.record(
      await this.driver.createProviderRecordInCustomerInstance(customerAdmin(this, which), instanceUrl(this, which)),
    )
  },
)

When(
  "someone creates a provider record in the customer's instance in the name of its contact, without signing in to it",
  async function (this: ExchangeWorld) {
    const claim = {
      userName: this.consumer(CUSTOMER).contact.userName,
      accessToken: this.faker.string.alphanumeric(32),
    }
    this.record(
      await this.driver.createProviderRecordInCustomerInstance(claim, instanceUrl(this, "customer's instance")),
    )
  },
)

When("that user creates a provider record in the customer's instance", async function (this: ExchangeWorld) {
  this.record(
    await this.driver.createProviderRecordInCustomerInstance(
      this.consumerUser(this.thatUser, instanceUrl(this, "customer's instance")),
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
  this.must(await decide(this, await this.asProviderAdmin(), { decision: 'approve', confirmed: true }))
})

When(
  /^the provider admin (approves|rejects) the subscription from the case and (confirms with Yes|answers No)$/,
  async function (this: ExchangeWorld, verb: string, answer: string) {
    await decide(this, await this.asProviderAdmin(), {
      decision: verb === 'approves' ? 'approve' : 'reject',
      confirmed: answer === 'confirms with Yes',
    })
  },
)

When(
  'the provider admin approves the subscription of a case that was never opened',
  async function (this: ExchangeWorld) {
    if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
    // Another number than the one case of the scenario: the target opened no case under it.
    this.record(
      await this.driver.decideSubscription(await this.asProviderAdmin(), `${this.legacyCase.number}9`, {
        decision: 'approve',
        confirmed: true,
      }),
    )
  },
)

Given('the provider admin has rejected the subscription from the case', async function (this: ExchangeWorld) {
  this.must(await decide(this, await this.asProviderAdmin(), { decision: 'reject', confirmed: true }))
})

When(
  /^that user (approves|rejects) the subscription from the case and confirms with Yes$/,
  async function (this: ExchangeWorld, verb: string) {
    await decide(this, actorOf(this.thatUser), {
      decision: verb === 'approves' ? 'approve' : 'reject',
      confirmed: true,
    })
  },
)

When('the customer admin activates the replication set', async function (this: ExchangeWorld) {
  this.record(await this.driver.activateReplicationSet(customerAdmin(this), instanceUrl(this, "customer's instance")))
})

Given('the customer admin has activated the replication set', async function (this: ExchangeWorld) {
  this.must(await this.driver.activateReplicationSet(customerAdmin(this), instanceUrl(this, "customer's instance")))
})

When('that user activates the replication set', async function (this: ExchangeWorld) {
  this.record(
    await this.driver.activateReplicationSet(
      this.consumerUser(this.thatUser, instanceUrl(this, "customer's instance")),
      instanceUrl(this, "customer's instance"),
    ),
  )
})

Then(/^the customer's instance has (its|no) provider record$/, async function (this: ExchangeWorld, which: string) {
  const shown = (await integration(this)).providerRecord
  assert.equal(shown, which === 'its', `the customer's instance shows ${shown ? 'a' : 'no'} provider record`)
})

When(
  "someone looks at the integration in the customer's instance in the name of its contact, without signing in to it",
  async function (this: ExchangeWorld) {
    const claim = {
      userName: this.consumer(CUSTOMER).contact.userName,
      accessToken: this.faker.string.alphanumeric(32),
    }
    this.record(await this.driver.viewCustomerIntegration(claim, instanceUrl(this, "customer's instance")))
  },
)

Then("the customer's replication set is {string}", async function (this: ExchangeWorld, state: string) {
  const shown = (await integration(this)).replicationSet
  assert.equal(shown, state, `the customer's replication set is ${shown ?? 'absent'}, not ${state}`)
})

Then(
  "the customer's second instance has its replication set {string}",
  async function (this: ExchangeWorld, state: string) {
    const shown = (await integration(this, "customer's second instance")).replicationSet
    assert.equal(shown, state, `the second instance's replication set is ${shown ?? 'absent'}, not ${state}`)
  },
)

Then('the Replication Subscription of the case is {string}', async function (this: ExchangeWorld, state: string) {
  const shown = (await currentCase(this)).subscription?.state
  assert.equal(shown, state, `the Replication Subscription is ${shown ?? 'absent'}, not ${state}`)
})

Then('the work notes of the case link to the Replication Subscription', async function (this: ExchangeWorld) {
  const notes = (await currentCase(this)).workNotes
  assert.ok(
    notes.some((note) => this.providerLinksIn(note).length > 0),
    'no work note links to the approval record',
  )
})

Then(
  /^the integration is (established|not established) in the customer's instance$/,
  async function (this: ExchangeWorld, how: string) {
    const established = (await integration(this)).established
    assert.equal(
      established,
      how === 'established',
      `the integration is ${established ? 'established' : 'not established'} in the customer's instance, not ${how}`,
    )
  },
)

When(
  'two provider admins decide the subscription from the case at the same moment, one approving and one rejecting, both confirming with Yes',
  async function (this: ExchangeWorld) {
    const [first, second] = [await this.asProviderAdmin(), actorOf(await this.newProviderUser(['admin']))]
    if (!this.legacyCase) throw new Error("no registration case was opened for the customer's instance")
    const number = this.legacyCase.number
    await this.atTheSameMoment([
      ['Approved', () => this.driver.decideSubscription(first, number, { decision: 'approve', confirmed: true })],
      ['Rejected', () => this.driver.decideSubscription(second, number, { decision: 'reject', confirmed: true })],
    ])
  },
)

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
