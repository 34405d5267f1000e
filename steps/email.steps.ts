import assert from 'node:assert/strict'
import { Given, Then } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'
import { emailNotificationsAre } from '../src/cast/phrases/provider-instance'
import { step } from './support/step'
import { nobodyElseReceivesAnEmail, noEmailIsSent, receivesExactlyOne } from '../src/cast/phrases/mail'

Given(...step(emailNotificationsAre))

Then(...step(receivesExactlyOne))

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

Then(...step(nobodyElseReceivesAnEmail))

Then(...step(noEmailIsSent))
