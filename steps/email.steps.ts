import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import type { MailKind } from '../src/contract/mail.schema'
import type { MailParty } from './support/parameter-types'
import type { ExchangeWorld } from './support/world'
import { emailNotificationsAre } from '../src/cast/phrases/provider-instance'
import { step } from './support/step'

Given(...step(emailNotificationsAre))

/** The address of a party the scenario names. */
function addressOf(world: ExchangeWorld, party: MailParty): string {
  return party === 'person' || party === 'requester'
    ? world.person.email
    : world.cast.consumer(`the ${party.split(' ')[0]}`).contact.email
}

// Mail is counted by kind and party: mail of kinds the contract does not name is the target's own (FREE-11).
Then(
  'the {mailParty} receives exactly one {mailKind} email',
  function (this: ExchangeWorld, party: MailParty, kind: MailKind) {
    const received = this.boundary.outbox.received(addressOf(this, party), kind)
    assert.equal(
      received.length,
      1,
      `the ${party} received ${received.length} emails of the kind ${kind}, not exactly one`,
    )
    this.rememberEmail(received[0]!)
  },
)

Then('that email carries the registration URL of the connection', function (this: ExchangeWorld) {
  const { link } = this.thatEmail('registration-invitation')
  assert.equal(
    this.cast.providerLinksIn(link).length,
    1,
    `the email's link ${link} is not an address on the provider instance`,
  )
  // The card may leave the URL out while it is emailed (FREE-06); where it shows one, the two must be the same.
  const onCard = this.records.card().registrationUrl
  assert.ok(
    onCard === undefined || link === onCard,
    `the email carries ${link}, but the card shows the registration URL ${onCard}`,
  )
})

Then('nobody else receives an email', function (this: ExchangeWorld) {
  const party = (this.cast.consumers.size > 0 ? this.cast.consumer().contact.email : this.person.email).toLowerCase()
  const others = this.boundary.outbox.documented().filter((email) => email.to.toLowerCase() !== party)
  assert.deepEqual(others.map(described), [], 'emails of kinds the contract names also went to others')
})

Then('no email is sent', function (this: ExchangeWorld) {
  const sent = this.boundary.outbox.documented()
  assert.deepEqual(sent.map(described), [], `${sent.length} email(s) were sent`)
})

/** An email as a failure shows it: its kind and recipient. */
const described = (email: { kind: MailKind; to: string }): string => `${email.kind} to ${email.to}`
