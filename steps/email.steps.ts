import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'

Given('email notifications are {word}', async function (this: ExchangeWorld, setting: string) {
  assert.ok(setting === 'on' || setting === 'off', `email notifications are "on" or "off", not "${setting}"`)
  await this.driver.setEmailNotifications(setting === 'on')
})

Then(/^the (consumer contact|customer contact|person|requester) receives exactly one email$/, function (this: ExchangeWorld, party: string) {
  const address = party === 'person' || party === 'requester' ? this.person.email : this.consumer(`the ${party.split(' ')[0]}`).contact.email
  const received = this.boundary.outbox.to(address).length
  assert.equal(received, 1, `the ${party} received ${received} emails, not exactly one`)
})

Then('that email carries the registration URL of the connection', function (this: ExchangeWorld) {
  const [email] = this.boundary.outbox.to(this.consumer().contact.email)
  assert.ok(email?.text.includes(this.registrationUrl()), 'the email does not carry the registration URL of the connection')
})

Then('nobody else receives an email', function (this: ExchangeWorld) {
  const contact = (this.consumers.size > 0 ? this.consumer().contact.email : this.person.email).toLowerCase()
  const others = this.boundary.outbox.all().map((email) => email.to.toLowerCase()).filter((to) => to !== contact)
  assert.deepEqual(others, [], `emails also went to ${others.join(', ')}`)
})

Then('no email is sent', function (this: ExchangeWorld) {
  const sent = this.boundary.outbox.all()
  assert.deepEqual(sent, [], `${sent.length} email(s) were sent, to ${sent.map((email) => email.to).join(', ')}`)
})
