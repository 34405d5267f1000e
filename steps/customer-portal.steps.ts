import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { CustomerRegistrationDecision, CustomerRegistrationRequest } from '../src/contract/portal.schema'
import { actorOf, newPerson, withWrongPassword, type Person } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'
import { customerAccount, newAccountUser, newCustomerAccount } from '../src/cast/customer-accounts'
import { formChecks } from '../src/cast/portal-form'

/** The person registers with a code, every step of the form done unless the scenario leaves one out. */
async function register(world: ExchangeWorld, registrationCode: string, omitted: string | null = ''): Promise<void> {
  const { firstName, lastName, email } = world.person
  const outcome = world.record(
    await world.driver.submitCustomerRegistration({
      firstName,
      lastName,
      email,
      registrationCode,
      ...formChecks(omitted),
    }),
  )
  if (outcome.ok) world.customerRequest = outcome.value
}

/** The request the person filed. */
function filed(world: ExchangeWorld): CustomerRegistrationRequest {
  assert.ok(world.customerRequest, 'no registration request was filed')
  return world.customerRequest
}

/** The requests a customer admin sees now. */
async function approvalsOf(world: ExchangeWorld, admin: Person): Promise<CustomerRegistrationRequest[]> {
  return world.must(await world.driver.listCustomerRegistrations(actorOf(admin)))
}

/** The filed request as the first customer admin of the account sees it now. */
async function currentRequest(world: ExchangeWorld): Promise<CustomerRegistrationRequest> {
  const number = filed(world).number
  const request = (await approvalsOf(world, customerAccount(world).admins[0]!)).find(
    (candidate) => candidate.number === number,
  )
  assert.ok(request, `the customer admins of the account no longer see ${number}`)
  return request
}

async function decide(
  world: ExchangeWorld,
  admin: Person,
  decision: CustomerRegistrationDecision['decision'],
): Promise<void> {
  world.record(await world.driver.decideCustomerRegistration(actorOf(admin), filed(world).number, { decision }))
}

When(
  'a customer admin of the account approves a request that was never submitted',
  async function (this: ExchangeWorld) {
    // Another number than the one request of the scenario: nobody submitted a request under it.
    const number = `CRR${String((Number(filed(this).number.slice(3)) + 1) % 10_000_000).padStart(7, '0')}`
    this.record(
      await this.driver.decideCustomerRegistration(actorOf(customerAccount(this).admins[0]!), number, {
        decision: 'approve',
      }),
    )
  },
)

Given('a customer account with a registration code and two customer admins', async function (this: ExchangeWorld) {
  await newCustomerAccount(this, 'the account', 2)
})

Given('another customer account with a customer admin', async function (this: ExchangeWorld) {
  await newCustomerAccount(this, 'the other account', 1)
})

Given('a customer admin of another account', async function (this: ExchangeWorld) {
  const other = await newCustomerAccount(this, 'the other account', 1)
  this.thatUser = other.admins[0]!
})

Given('a user of the account without the customer admin role', async function (this: ExchangeWorld) {
  await newAccountUser(this, customerAccount(this), ['snc_external'])
})

When('a visitor opens the customer portal', async function (this: ExchangeWorld) {
  this.portalHome = this.must(await this.driver.viewCustomerPortal())
})

When(
  /^a person registers on the customer portal with the account's code(?: without (verifying the CAPTCHA|agreeing to the terms))?$/,
  async function (this: ExchangeWorld, omitted: string | null) {
    await register(this, customerAccount(this).registrationCode, omitted)
  },
)

When('a person registers on the customer portal with a code no account has', async function (this: ExchangeWorld) {
  await register(this, `${customerAccount(this).registrationCode}X`)
})

Given("a person has registered on the customer portal with the account's code", async function (this: ExchangeWorld) {
  await register(this, customerAccount(this).registrationCode)
  this.must(this.lastOutcome())
})

// The other person's request becomes "the request" of later steps; the first one is "the account's other request".
Given(
  "another person has registered on the customer portal with the account's code",
  async function (this: ExchangeWorld) {
    this.person = newPerson(this.faker, 'customers.example')
    await register(this, customerAccount(this).registrationCode)
    this.must(this.lastOutcome())
  },
)

When(
  /^a customer admin of the account (approves|rejects) the request$/,
  async function (this: ExchangeWorld, verb: string) {
    await decide(this, customerAccount(this).admins[0]!, verb === 'approves' ? 'approve' : 'reject')
  },
)

Given(
  /^a customer admin of the account has (approved|rejected) the request$/,
  async function (this: ExchangeWorld, verb: string) {
    await decide(this, customerAccount(this).admins[0]!, verb === 'approved' ? 'approve' : 'reject')
    this.must(this.lastOutcome())
  },
)

When(
  /^the other customer admin of the account (approves|rejects) the request$/,
  async function (this: ExchangeWorld, verb: string) {
    await decide(this, customerAccount(this).admins[1]!, verb === 'approves' ? 'approve' : 'reject')
  },
)

When('that user looks at the registration requests to approve', async function (this: ExchangeWorld) {
  this.record(await this.driver.listCustomerRegistrations(actorOf(this.thatUser)))
})

When(
  'a customer admin of the account approves the request with a wrong password',
  async function (this: ExchangeWorld) {
    this.record(
      await this.driver.decideCustomerRegistration(
        withWrongPassword(actorOf(customerAccount(this).admins[0]!)),
        filed(this).number,
        { decision: 'approve' },
      ),
    )
  },
)

When(/^that user (approves|rejects) the request$/, async function (this: ExchangeWorld, verb: string) {
  await decide(this, this.thatUser, verb === 'approves' ? 'approve' : 'reject')
})

Then(
  /^the registration request is (?:still )?"(Requested|Approved|Rejected)"$/,
  async function (this: ExchangeWorld, state: string) {
    const shown = (await currentRequest(this)).state
    assert.equal(shown, state, `the registration request is ${shown}, not ${state}`)
  },
)

Then(
  /^the account's other registration request is still "(Requested|Approved|Rejected)"$/,
  async function (this: ExchangeWorld, state: string) {
    const others = (await approvalsOf(this, customerAccount(this).admins[0]!)).filter(
      (request) => request.number !== filed(this).number,
    )
    assert.deepEqual(
      others.map((request) => request.state),
      [state],
      `the account's other requests are ${others.map((request) => `${request.number} ${request.state}`).join(', ') || 'gone'}`,
    )
  },
)

Then('both customer admins of the account see the request', async function (this: ExchangeWorld) {
  for (const admin of customerAccount(this).admins) {
    const numbers = (await approvalsOf(this, admin)).map((request) => request.number)
    assert.ok(numbers.includes(filed(this).number), `${admin.userName} does not see ${filed(this).number}`)
  }
})

Then('the customer admin of the other account does not see it', async function (this: ExchangeWorld) {
  const seen = await approvalsOf(this, customerAccount(this, 'the other account').admins[0]!)
  assert.deepEqual(
    seen.map((request) => request.number),
    [],
    'the customer admin of the other account sees the request',
  )
})

Then('no registration request awaits the customer admins', async function (this: ExchangeWorld) {
  const waiting = await approvalsOf(this, customerAccount(this).admins[0]!)
  assert.deepEqual(waiting, [], `${waiting.length} registration request(s) await the customer admins`)
})

Then(
  'the requester is a user with the roles {string} and {string}',
  async function (this: ExchangeWorld, first: string, second: string) {
    const user = (await currentRequest(this)).user
    assert.ok(user, 'the approved request names no user')
    assert.deepEqual(
      [...user.roles].sort(),
      [first, second].sort(),
      `the requester's user has the roles ${user.roles.join(', ') || 'none'}`,
    )
  },
)

Then('no user was created for the requester', async function (this: ExchangeWorld) {
  const user = (await currentRequest(this)).user
  assert.equal(user, undefined, `a user ${user?.userName} was created for the requester`)
})

Then("that email gives the requester's user ID and a temporary password", async function (this: ExchangeWorld) {
  const user = (await currentRequest(this)).user
  const email = this.thatEmail('registration-approved')
  assert.equal(
    email.userId,
    user?.userName,
    `the email gives the user ID ${email.userId}, but the request's user is ${user?.userName ?? 'nobody'}`,
  )
  assert.ok(email.temporaryPassword.length > 0, 'the email gives no temporary password')
})

When(
  'the two customer admins of the account decide the request at the same moment, one approving and one rejecting',
  async function (this: ExchangeWorld) {
    const [first, second] = customerAccount(this).admins
    const number = filed(this).number
    await this.atTheSameMoment([
      ['approve', () => this.driver.decideCustomerRegistration(actorOf(first!), number, { decision: 'approve' })],
      ['reject', () => this.driver.decideCustomerRegistration(actorOf(second!), number, { decision: 'reject' })],
    ])
  },
)

Then('the registration request stands as the accepted decision left it', async function (this: ExchangeWorld) {
  const approved = this.acceptedTogether() === 'approve'
  const request = await currentRequest(this)
  assert.equal(
    request.state,
    approved ? 'Approved' : 'Rejected',
    `the ${approved ? 'approval' : 'rejection'} was accepted, yet the request is ${request.state}`,
  )
  assert.equal(
    Boolean(request.user),
    approved,
    approved ? 'the approved request names no user' : `the rejected request names the user ${request.user?.userName}`,
  )
})
