import assert from 'node:assert/strict'
import type { MailKind } from '../../contract/mail.schema'
import { phrase } from '../phrase'
import type { Scenario } from '../scenario'

/** The mail the parties received, counted by kind and party. */

/** The kinds of email the contract names, in the words the features use. */
export const MAIL_KINDS: Record<string, MailKind> = {
  invitation: 'registration-invitation',
  verification: 'email-verification',
  approval: 'registration-approved',
  rejection: 'registration-rejected',
  'installation guidance': 'installation-guidance',
}

/** Someone who receives email, as the features name them. */
export type MailParty = 'consumer contact' | 'customer contact' | 'person' | 'requester'

/** The address of a party the scenario names. */
function addressOf(scenario: Scenario, party: MailParty): string {
  return party === 'person' || party === 'requester'
    ? scenario.person.email
    : scenario.cast.consumer(`the ${party.split(' ')[0]}`).contact.email
}

/** An email as a failure shows it: its kind and recipient. */
export const described = (email: { kind: string; to: string }): string => `${email.kind} to ${email.to}`

// Mail is counted by kind and party: mail of kinds the contract does not name is the target's own (FREE-11).
export const receivesExactlyOne = phrase<[party: MailParty, kind: MailKind]>(
  'the {mailParty} receives exactly one {mailKind} email',
  (scenario, party, kind) => {
    const received = scenario.boundary.outbox.received(addressOf(scenario, party), kind)
    assert.equal(
      received.length,
      1,
      `the ${party} received ${received.length} emails of the kind ${kind}, not exactly one`,
    )
    scenario.rememberEmail(received[0]!)
  },
  (party, kind) =>
    `the ${party} receives exactly one ${Object.keys(MAIL_KINDS).find((words) => MAIL_KINDS[words] === kind)} email`,
)

export const nobodyElseReceivesAnEmail = phrase('nobody else receives an email', (scenario) => {
  const party = (
    scenario.cast.consumers.size > 0 ? scenario.cast.consumer().contact.email : scenario.person.email
  ).toLowerCase()
  const others = scenario.boundary.outbox.documented().filter((email) => email.to.toLowerCase() !== party)
  assert.deepEqual(others.map(described), [], 'emails of kinds the contract names also went to others')
})

export const noEmailIsSent = phrase('no email is sent', (scenario) => {
  const sent = scenario.boundary.outbox.documented()
  assert.deepEqual(sent.map(described), [], `${sent.length} email(s) were sent`)
})
