import type { Faker } from '@faker-js/faker'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { ConnectionRequest } from '../contract/connection.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import type { Boundary } from '../../mocks/boundary'
import { actorOf, newCompany, newPerson, type ConsumerParty, type Person } from './parties'

/** The role a provider-side contact of a consumer company holds (S1, ONB). */
const CONSUMER_CONTACT_ROLE = 'sn_sb_pro.consumer'

/** The value of an outcome that setting a scenario up needs; a refusal there is a broken scenario, said plainly. */
export function must<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value
  throw new Error(
    `the target refused a step the scenario depends on: ${outcome.refusal.code}: ${outcome.refusal.reason}`,
  )
}

/**
 * The parties of one scenario (or one journey) and what it takes to bring them on: the provider admin, the consumer
 * companies with their contacts and instances, the users of those instances. The step definitions, exploration and
 * simulation put their parties together with it, through the driver of the target they act on.
 */
export class Cast {
  driver!: ExchangeDriver
  /** Where the provider instance is reached: registration URLs and Provider Connection records point there. */
  providerUrl = ''
  /** The provider admin, and whether the scenario wants the provider record to exist. */
  providerAdmin: Person | undefined
  providerRecord: 'wanted' | 'created' | 'absent' = 'wanted'
  /** Legacy onboarding: whether the provider has its producer replication set. */
  producerReplicationSet: 'wanted' | 'created' | 'absent' = 'absent'
  /** Consumer companies by the name the scenario gives them ("the consumer", "the other company"). */
  readonly consumers = new Map<string, ConsumerParty>()
  /** A consumer company's second instance, when the scenario gave it one. */
  secondInstanceUrl: string | undefined
  /** The people brought on the provider instance, by the ID the target gave them. */
  readonly #peopleById = new Map<string, Person>()

  constructor(
    /** Every company, person and address is drawn from this faker, seeded per scenario. */
    readonly faker: Faker,
    /** The mocked world outside the provider: the consumer instances and the mail gateway. */
    readonly boundary: Boundary,
  ) {}

  /** The consumer company the scenario calls by this name. */
  consumer(name = 'the consumer'): ConsumerParty {
    const party = this.consumers.get(name)
    if (!party) throw new Error(`the scenario has no consumer company called "${name}"`)
    return party
  }

  /** Someone brought on the provider instance, by the ID the target gave them. */
  personWithId(id: string): Person | undefined {
    return this.#peopleById.get(id)
  }

  /** Someone created on the provider instance, by the ID the target gave them. */
  rememberPerson(id: string, person: Person): void {
    this.#peopleById.set(id, person)
  }

  /** The provider admin as an actor, with the provider record set up first unless the scenario says otherwise. */
  async asProviderAdmin(): Promise<Actor> {
    if (!this.providerAdmin)
      throw new Error('the scenario has no provider admin: start it with "Given a provider admin"')
    await this.providerReady()
    return actorOf(this.providerAdmin)
  }

  /**
   * Sets up the provider record on first need. It is created late, not in the Background, so that one scenario can say
   * it is missing without undoing anything.
   */
  async providerReady(): Promise<void> {
    if (this.providerRecord === 'wanted') await this.setUpProviderRecord()
  }

  /** Sets up the producer replication set on first need, as the provider record is (legacy onboarding). */
  async producerReplicationSetReady(): Promise<void> {
    if (this.producerReplicationSet !== 'wanted') return
    await this.driver.createProducerReplicationSet()
    this.producerReplicationSet = 'created'
  }

  /** Sets the provider record up, or up again after a scenario removed it. */
  async setUpProviderRecord(): Promise<void> {
    must(await this.driver.createProviderRecord({ name: `${this.faker.string.alpha(6)}-provider` }))
    this.providerRecord = 'created'
  }

  /**
   * A person acting as a user of a consumer (or customer) instance: signed in to the one at this address when they are
   * a user there, or else to the instance of the scenario that has them, with the access token it issued. Someone no
   * instance knows holds a token that no instance issued.
   */
  consumerUser(person: Person, instanceUrl = this.consumer().instanceUrl): ConsumerUser {
    const accessToken =
      this.boundary.instances.signIn(person.userName, instanceUrl) ?? this.faker.string.alphanumeric(32)
    return { userName: person.userName, accessToken }
  }

  /** Creates a provider user with the given roles. */
  async newProviderUser(roles: string[]): Promise<Person & { id: string }> {
    const person = newPerson(this.faker, 'provider.example')
    const { id } = must(await this.driver.addUser({ ...person, roles }))
    this.#peopleById.set(id, person)
    return { ...person, id }
  }

  /**
   * Creates a consumer company with a contact, and its instance on the given release, where the contact is an admin.
   */
  async newConsumer(name: string, version: string): Promise<ConsumerParty> {
    const drawn = newCompany(this.faker)
    const company = { ...drawn, instanceUrl: await this.boundary.addressFor(drawn.instanceUrl) }
    const { id: companyId } = must(await this.driver.addCompany({ name: company.companyName }))
    const person = newPerson(this.faker, company.domain)
    const { id } = must(await this.driver.addUser({ ...person, roles: [CONSUMER_CONTACT_ROLE], companyId }))
    this.#peopleById.set(id, person)
    const party: ConsumerParty = { ...company, companyId, contact: { ...person, id } }
    this.boundary.instances.add(party.instanceUrl, version).hasUser(person.userName, ['admin'])
    this.consumers.set(name, party)
    return party
  }

  /** Gives a consumer company a second instance on Service Exchange 2.3.18, where its contact is an admin too. */
  async addSecondInstance(name = 'the consumer'): Promise<void> {
    const party = this.consumer(name)
    this.secondInstanceUrl = await this.boundary.addressFor(party.instanceUrl.replace('://', '://second-'))
    this.boundary.instances.add(this.secondInstanceUrl, '2.3.18').hasUser(party.contact.userName, ['admin'])
  }

  /**
   * Gives the consumer company a new contact, an admin of its instance like the first, but with these roles or this
   * address on the provider instance: how a scenario says "the contact lacks …".
   */
  async replaceContact(overrides: { roles?: string[]; email?: string }, name = 'the consumer'): Promise<void> {
    const consumer = this.consumer(name)
    const person = {
      ...newPerson(this.faker, consumer.domain),
      ...(overrides.email === undefined ? {} : { email: overrides.email }),
    }
    const roles = overrides.roles ?? [CONSUMER_CONTACT_ROLE]
    const { id } = must(await this.driver.addUser({ ...person, roles, companyId: consumer.companyId }))
    this.#peopleById.set(id, person)
    this.boundary.instances.control(consumer.instanceUrl).hasUser(person.userName, ['admin'])
    consumer.contact = { ...person, id }
  }

  /** Gives the consumer company another contact on the provider instance, active or not. */
  async newAccountContact(active: boolean, name = 'the consumer'): Promise<Person> {
    const consumer = this.consumer(name)
    const person = newPerson(this.faker, consumer.domain)
    const { id } = must(
      await this.driver.addUser({ ...person, roles: [CONSUMER_CONTACT_ROLE], companyId: consumer.companyId, active }),
    )
    this.#peopleById.set(id, person)
    return person
  }

  /** Adds a user with these roles to a consumer's instance. */
  newConsumerInstanceUser(roles: string[], consumer = this.consumer()): Person {
    const person = newPerson(this.faker, new URL(consumer.instanceUrl).hostname)
    this.boundary.instances.control(consumer.instanceUrl).hasUser(person.userName, roles)
    return person
  }

  /** The addresses on the provider instance that a text carries. */
  providerLinksIn(text: string): string[] {
    const origin = new URL(this.providerUrl).origin
    return (text.match(/https?:\/\/[^\s<>"')]+/g) ?? []).filter(
      (url) => URL.canParse(url) && new URL(url).origin === origin,
    )
  }

  /** The request that creates a connection for a consumer company, as the form would fill it. */
  connectionRequest(consumer = this.consumer()): ConnectionRequest {
    return { companyId: consumer.companyId, contactId: consumer.contact.id, instanceUrl: consumer.instanceUrl }
  }
}
