import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'

Given('email notifications are {word}', async function (this: ExchangeWorld, setting: string) {
  assert.ok(setting === 'on' || setting === 'off', `email notifications are "on" or "off", not "${setting}"`)
  await this.driver.setEmailNotifications(setting === 'on')
})

Then(/^the (consumer contact|customer contact|person|requester) receives exactly one email$/, function (this: ExchangeWorld, party: string) {
  const address = party === 'person' || party === 'requester' ? this.person.email : this.consumer(`the ${party.split(' ')[0]}`).contact.email
  assert.equal(this.boundary.outbox.to(address).length, 1)
})

Then('that email carries the registration URL of the connection', function (this: ExchangeWorld) {
  const [email] = this.boundary.outbox.to(this.consumer().contact.email)
  assert.ok(email?.text.includes(this.registrationUrl()), 'the email does not carry the registration URL of the connection')
})

Then('nobody else receives an email', function (this: ExchangeWorld) {
  const contact = (this.consumers.size > 0 ? this.consumer().contact.email : this.person.email).toLowerCase()
  assert.deepEqual(this.boundary.outbox.all().map((email) => email.to.toLowerCase()).filter((to) => to !== contact), [])
})

Then('no email is sent', function (this: ExchangeWorld) {
  assert.deepEqual(this.boundary.outbox.all(), [])
})
