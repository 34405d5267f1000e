import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { AuthorizedUser } from '../src/contract/authorized-user.schema'
import { actorOf } from '../src/cast/parties'
import {
  addAuthorizedUser as add,
  authorizedUsers,
  memory,
  setActive,
  theContactActivates,
  theContactAddsAtTheSameMoment,
  theContactAddsAUser,
  theContactAddsTheSameUserAgain,
  theContactDeactivatesThatUser,
  theContactRestrictsAuthorizedUsers,
} from '../src/cast/phrases/authorized-users'
import { step } from './support/step'
import type { ExchangeWorld } from './support/world'

/** An added authorized user as the provider sees it now. */
async function current(world: ExchangeWorld, which: 'that' | 'the first added'): Promise<AuthorizedUser> {
  const { added } = memory(world)
  const wanted = which === 'that' ? added.at(-1) : added[0]
  assert.ok(wanted, 'no authorized user was added in an earlier step')
  const found = (await authorizedUsers(world)).find((authorized) => authorized.id === wanted.id)
  assert.ok(found, `the provider no longer lists the authorized user ${wanted.user}`)
  return found
}

Given('the consumer company has another active contact', async function (this: ExchangeWorld) {
  memory(this).otherContact = this.introduced(await this.cast.newAccountContact(true))
})

Given('the consumer company has a contact who is not active', async function (this: ExchangeWorld) {
  this.introduced(await this.cast.newAccountContact(false))
})

When(...step(theContactAddsAUser))

When(...step(theContactAddsAtTheSameMoment))

Given(
  'the consumer contact has two deactivated authorized users, one below the maximum',
  async function (this: ExchangeWorld) {
    for (let added = 0; added < 2; added++) {
      this.must(await add(this, this.introduced(this.cast.newConsumerInstanceUser(['itil'])).userName))
      this.must(await setActive(this, 'that', false))
    }
    this.must(await add(this, this.introduced(this.cast.newConsumerInstanceUser(['itil'])).userName))
  },
)

When('the consumer contact activates both deactivated users at the same moment', async function (this: ExchangeWorld) {
  const [contact, url] = [this.cast.consumerUser(this.cast.consumer().contact), this.records.registrationUrl()]
  const deactivated = memory(this).added.slice(0, 2)
  await this.atTheSameMoment(
    deactivated.map(
      (authorized) =>
        [authorized.user, () => this.driver.setAuthorizedUserActive(contact, url, authorized.id, true)] as const,
    ),
  )
})

Then(/^the connection has (\d+) active authorized users$/, async function (this: ExchangeWorld, count: string) {
  const active = (await authorizedUsers(this)).filter((authorized) => authorized.active)
  assert.equal(
    active.length,
    Number(count),
    `the connection has ${active.length} active authorized users: ${active.map((authorized) => authorized.user).join(', ')}`,
  )
})

When(...step(theContactAddsTheSameUserAgain))

When('that user adds a user of its instance as an authorized user', async function (this: ExchangeWorld) {
  const actor = this.thatUser
  await add(this, this.introduced(this.cast.newConsumerInstanceUser(['itil'])).userName, actor)
})

When(...step(theContactDeactivatesThatUser))

Given(...step(theContactRestrictsAuthorizedUsers))

// Deactivating is never held back by the maximum: it only ever makes room.
Given(
  'the consumer contact has deactivated that authorized user, at the maximum',
  async function (this: ExchangeWorld) {
    this.must(await setActive(this, 'that', false))
  },
)

When('that user deactivates that authorized user', async function (this: ExchangeWorld) {
  const target = memory(this).added.at(-1)
  assert.ok(target, 'no authorized user was added in an earlier step')
  const actor = this.cast.consumerUser(this.thatUser)
  this.record(await this.driver.setAuthorizedUserActive(actor, this.records.registrationUrl(), target.id, false))
})

When(
  'the consumer contact deactivates an authorized user the connection does not have',
  async function (this: ExchangeWorld) {
    this.record(
      await this.driver.setAuthorizedUserActive(
        this.cast.consumerUser(this.cast.consumer().contact),
        this.records.registrationUrl(),
        this.faker.string.hexadecimal({ length: 32, prefix: '' }),
        false,
      ),
    )
  },
)

When(...step(theContactActivates))

When(
  /^(the provider admin|that user) (approves|rejects) that authorized user$/,
  async function (this: ExchangeWorld, who: string, verb: string) {
    const actor = who === 'that user' ? actorOf(this.thatUser) : await this.cast.asProviderAdmin()
    const target = memory(this).added.at(-1)
    assert.ok(target, 'no authorized user was added in an earlier step')
    this.record(
      await this.driver.decideAuthorizedUser(actor, this.records.card().number, {
        id: target.id,
        approval: verb === 'approves' ? 'Approved' : 'Rejected',
      }),
    )
  },
)

When(
  "the provider admin approves that authorized user under the other company's connection",
  async function (this: ExchangeWorld) {
    const target = memory(this).added.at(-1)
    assert.ok(target, 'no authorized user was added in an earlier step')
    this.record(
      await this.driver.decideAuthorizedUser(
        await this.cast.asProviderAdmin(),
        this.records.card('the other company').number,
        {
          id: target.id,
          approval: 'Approved',
        },
      ),
    )
  },
)

Then(
  'the authorized users of the connection are the consumer contact and the other active contact, each {string} and active',
  async function (this: ExchangeWorld, approval: string) {
    const other = memory(this).otherContact
    assert.ok(other, 'the scenario gave the consumer company no other active contact')
    const users = await authorizedUsers(this)
    const names = users.map((authorized) => authorized.user).sort()
    assert.deepEqual(
      names,
      [this.cast.consumer().contact.userName, other.userName].sort(),
      `the authorized users are ${names.join(', ') || 'none'}, not the consumer contact and the other active contact`,
    )
    for (const authorized of users) {
      assert.equal(authorized.approval, approval, `${authorized.user} is ${authorized.approval}`)
      assert.equal(authorized.active, true, `${authorized.user} is not active`)
    }
  },
)

Then('the connection has no authorized users', async function (this: ExchangeWorld) {
  const users = await authorizedUsers(this)
  assert.deepEqual(
    users,
    [],
    `the connection has the authorized users ${users.map((authorized) => authorized.user).join(', ')}`,
  )
})

Then(/^the connection has (\d+) authorized users?$/, async function (this: ExchangeWorld, count: string) {
  const users = await authorizedUsers(this)
  assert.equal(
    users.length,
    Number(count),
    `the connection has ${users.length} authorized users: ${users.map((authorized) => authorized.user).join(', ')}`,
  )
})

Then(
  /^(that|the first added) authorized user is "(Approved|Requested|Rejected)"$/,
  async function (this: ExchangeWorld, which: 'that' | 'the first added', approval: string) {
    const authorized = await current(this, which)
    assert.equal(authorized.approval, approval, `${authorized.user} is ${authorized.approval}, not ${approval}`)
  },
)

Then(
  /^(that|the first added) authorized user is (active|not active)$/,
  async function (this: ExchangeWorld, which: 'that' | 'the first added', state: string) {
    const authorized = await current(this, which)
    assert.equal(
      authorized.active,
      state === 'active',
      `${authorized.user} is ${authorized.active ? 'active' : 'not active'}`,
    )
  },
)
