import { Given } from '@cucumber/cucumber'
import { newPerson } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'
import {
  aProviderAdmin,
  aProviderUserWithoutTheAdminRole,
  aConsumerCompany,
  anotherConsumerCompany,
  theContactHoldsOnlyTheRole,
  theOtherContactIsAlsoAnAdmin,
} from '../src/cast/phrases/parties'
import { step } from './support/step'

Given(...step(aProviderAdmin))

Given('the provider has not set up its provider record', function (this: ExchangeWorld) {
  this.cast.providerRecord = 'absent'
})

Given(...step(aProviderUserWithoutTheAdminRole))

Given('an admin of another provider instance', async function (this: ExchangeWorld) {
  const elsewhere = await this.openAnotherProviderInstance()
  const person = newPerson(this.faker, 'other-provider.example')
  this.must(await elsewhere.addUser({ ...person, roles: ['admin'] }))
  this.thatUser = person
})

Given('a provider user holding only the role {string}', async function (this: ExchangeWorld, role: string) {
  this.thatUser = await this.cast.newProviderUser([role])
})

Given(...step(aConsumerCompany))

Given(...step(anotherConsumerCompany))

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

Given(...step(theContactHoldsOnlyTheRole))

Given(...step(theOtherContactIsAlsoAnAdmin))

Given('the consumer contact has no user in the consumer instance', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).forgetsUser(this.cast.consumer().contact.userName)
})
