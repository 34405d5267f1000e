import { Given } from '@cucumber/cucumber'
import { newPerson } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

Given('a provider admin', async function (this: ExchangeWorld) {
  this.cast.providerAdmin = await this.cast.newProviderUser(['admin'])
})

Given('the provider has not set up its provider record', function (this: ExchangeWorld) {
  this.cast.providerRecord = 'absent'
})

Given('a provider user without the admin role', async function (this: ExchangeWorld) {
  this.thatUser = await this.cast.newProviderUser(['itil'])
})

Given('an admin of another provider instance', async function (this: ExchangeWorld) {
  const elsewhere = await this.openAnotherProviderInstance()
  const person = newPerson(this.faker, 'other-provider.example')
  this.must(await elsewhere.addUser({ ...person, roles: ['admin'] }))
  this.thatUser = person
})

Given('a provider user holding only the role {string}', async function (this: ExchangeWorld, role: string) {
  this.thatUser = await this.cast.newProviderUser([role])
})

Given(
  'a consumer company whose contact is an admin of its instance on Service Exchange {release}',
  async function (this: ExchangeWorld, version: string) {
    await this.cast.newConsumer('the consumer', version)
  },
)

Given('another consumer company with its own contact and instance', async function (this: ExchangeWorld) {
  await this.cast.newConsumer('the other company', '2.3.18')
})

Given('{int} more consumer companies, each with its own instance', async function (this: ExchangeWorld, count: number) {
  for (let index = 2; index <= count + 1; index++) await this.cast.newConsumer(`consumer ${index}`, '2.3.18')
})

Given('{someone} of the consumer instance', function (this: ExchangeWorld, roles: string[]) {
  this.introduced(this.cast.newConsumerInstanceUser(roles))
})

Given('the consumer contact is not an admin of the consumer instance', function (this: ExchangeWorld) {
  this.boundary.instances
    .control(this.cast.consumer().instanceUrl)
    .hasUser(this.cast.consumer().contact.userName, ['itil'])
})

Given(
  'the consumer contact holds only the role {string} in the consumer instance',
  function (this: ExchangeWorld, role: string) {
    this.boundary.instances
      .control(this.cast.consumer().instanceUrl)
      .hasUser(this.cast.consumer().contact.userName, [role])
  },
)

Given("the other company's contact is also an admin of the consumer instance", function (this: ExchangeWorld) {
  this.boundary.instances
    .control(this.cast.consumer().instanceUrl)
    .hasUser(this.cast.consumer('the other company').contact.userName, ['admin'])
})

Given('the consumer contact has no user in the consumer instance', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).forgetsUser(this.cast.consumer().contact.userName)
})
