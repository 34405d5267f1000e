import { Boundary } from '../../mocks/boundary'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { Release } from '../requirements/requirement.schema'
import { ContractClient, TargetError } from '../drivers/contract-client'
import type { Known } from './near-miss'
import type { HttpTarget } from '../drivers/http.driver'

/** A password every fixture user signs in with. */
const PASSWORD = 'fuzz-fixture-password'

/**
 * The records a fuzz run works on: a provider instance with an admin, a consumer's company and contact, another
 * company, and a live connection.
 */
export type Fixture = {
  instanceUrl: string
  /** The contact and the stranger are users of the consumer instance, signed in to it. */
  actors: { admin: Actor; contact: ConsumerUser; customerAdmin: Actor; stranger: ConsumerUser }
  /** The contact's own details, which no refusal to someone else may name. */
  contactDetails: string[]
  /**
   * Values that get a request past the shape to the rules: identifiers, numbers, addresses, the registration URL; and
   * those a field of a given name takes, so that a request often names records that exist in the relation a rule asks
   * about (a company and its contact, or another company's).
   */
  known: Known
  /** Whether the target offers the portals (the customer admin's listing is part of the state then). */
  portal: boolean
  client: ContractClient
  close(): Promise<void>
}

/** A user of the fixture's provider instance, with the fixture's password; answers its identifier. */
async function addFuzzUser(
  client: ContractClient,
  user: { userName: string; roles: string[]; companyId?: string; name?: [string, string] },
): Promise<string> {
  const [firstName, lastName] = user.name ?? ['Fuzz', 'User']
  const body = {
    userName: user.userName,
    password: PASSWORD,
    firstName,
    lastName,
    email: `${user.userName}@fuzz.example`,
    roles: user.roles,
    ...(user.companyId ? { companyId: user.companyId } : {}),
  }
  return settled(await client.call('addUser', { body }), `add the user ${user.userName}`).id
}

/** The consumer instance of the fixture, on 2.3.18, with its contact and a stranger, both admins there. */
async function fuzzConsumer(boundary: Boundary) {
  const consumerUrl = await boundary.addressFor('https://fuzz-consumer.example')
  const consumer = boundary.instances.add(consumerUrl, '2.3.18')
  consumer.hasUser('fuzz.contact', ['admin'])
  consumer.hasUser('fuzz.stranger', ['admin'])
  return { consumerUrl, consumer }
}

/**
 * Sets the fixture up on the target through the contract itself, with a consumer instance and a mail gateway served on
 * loopback for the target to call, as a verify run does.
 */
export async function setUpFixture(target: HttpTarget, release: Release, portal: boolean): Promise<Fixture> {
  const boundary = new Boundary()
  await boundary.start('served')
  try {
    const root = new ContractClient({ ...target, baseUrl: target.url })
    const opened = settled(
      await root.call('openProviderInstance', { body: { release, mailGatewayUrl: boundary.mailGatewayUrl } }),
      'open a provider instance',
    )
    const client = new ContractClient({ ...target, baseUrl: opened.url })
    const { consumerUrl, consumer } = await fuzzConsumer(boundary)

    const record = await client.call('createProviderRecord', { body: { name: 'fuzz-provider' } })
    settled(record, 'create the provider record')
    const company = settled(
      await client.call('addCompany', { body: { name: 'Fuzz Consumer Ltd', registrationCode: 'FUZZ-CODE' } }),
      'add a company',
    )
    // another company, so that a request can name the contact under a company not theirs
    const other = settled(await client.call('addCompany', { body: { name: 'Other Fuzz Ltd' } }), 'add another company')
    const user = (userName: string, roles: string[], companyId?: string, name?: [string, string]) =>
      addFuzzUser(client, { userName, roles, ...(companyId ? { companyId } : {}), ...(name ? { name } : {}) })
    await user('fuzz.admin', ['admin', 'sn_kmf.admin', 'sn_kmf.cryptographic_manager', 'sn_sb.admin'])
    const contactId = await user('fuzz.contact', ['sn_sb_pro.consumer'], company.id, ['Grace', 'Contact'])
    await user('fuzz.customer.admin', ['sn_customerservice.customer_admin'], company.id)
    const actors = {
      admin: { userName: 'fuzz.admin', password: PASSWORD },
      contact: { userName: 'fuzz.contact', accessToken: consumer.signIn('fuzz.contact') },
      customerAdmin: { userName: 'fuzz.customer.admin', password: PASSWORD },
      stranger: { userName: 'fuzz.stranger', accessToken: consumer.signIn('fuzz.stranger') },
    }
    // With email off the registration URL is on the card, where the fuzz can read it (RD-01).
    await client.call('setEmailNotifications', { body: { on: false } })
    const card = settled(
      await client.call('createConnection', {
        actor: actors.admin,
        body: { companyId: company.id, contactId, instanceUrl: consumerUrl },
      }),
      'create a connection',
    )
    return {
      instanceUrl: opened.url,
      actors,
      contactDetails: ['fuzz.contact', 'fuzz.contact@fuzz.example', 'Grace'],
      known: knownValues({ companies: [company.id, other.id], contactId, consumerUrl, card, instanceUrl: opened.url }),
      portal,
      client,
      close: () => boundary.close(),
    }
  } catch (error) {
    await boundary.close()
    throw error
  }
}

/** The values that reach the rules: every record the fixture made, and which fields take which of them. */
function knownValues(made: {
  companies: [string, string]
  contactId: string
  consumerUrl: string
  card: { number: string; registrationUrl?: string | undefined }
  instanceUrl: string
}): Known {
  const { companies, contactId, consumerUrl, card, instanceUrl } = made
  const registrationUrl = card.registrationUrl ? [card.registrationUrl] : []
  const email = 'fuzz.contact@fuzz.example'
  return {
    any: [...companies, contactId, consumerUrl, card.number, instanceUrl, 'FUZZ-CODE', email, ...registrationUrl],
    byField: {
      companyId: companies,
      accountId: companies,
      contactId: [contactId],
      userName: ['fuzz.contact', 'fuzz.admin'],
      instanceUrl: [consumerUrl],
      customerInstanceUrl: [consumerUrl],
      registrationUrl,
      registrationCode: ['FUZZ-CODE'],
      email: [email],
    },
  }
}

/** What the listing operations show: what a refused request must leave as it was. */
export async function stateOf(fixture: Fixture): Promise<string> {
  const { client, actors } = fixture
  const listings: Promise<unknown>[] = [
    client.call('listConnections', { actor: actors.admin }),
    client.call('listRegistrationTasks', { actor: actors.admin }),
  ]
  if (fixture.portal) listings.push(client.call('listCustomerRegistrations', { actor: actors.customerAdmin }))
  return JSON.stringify(await Promise.all(listings))
}

function settled<T>(outcome: Outcome<T>, what: string): T {
  if (outcome.ok) return outcome.value
  throw new TargetError(`the fuzz could not ${what} on the target: ${outcome.refusal.code}: ${outcome.refusal.reason}`)
}
