import { Faker, base, en } from '@faker-js/faker'
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber'
import type { Actor, ConsumerUser } from '../../src/contract/actor.schema'
import type { ConnectionCard, ConnectionDetails, ConnectionRequest } from '../../src/contract/connection.schema'
import type { DocumentedMail, MailKind } from '../../src/contract/mail.schema'
import type { Outcome, Refusal } from '../../src/contract/refusal.schema'
import type { RegistrationPage } from '../../src/contract/registration-page.schema'
import type { RegistrationTask } from '../../src/contract/registration-task.schema'
import type { RegistrationCase } from '../../src/contract/legacy.schema'
import type { CustomerRegistrationRequest, PortalHome } from '../../src/contract/portal.schema'
import type { ScenarioSession } from '../../src/drivers/compose'
import type { ExchangeDriver } from '../../src/drivers/exchange-driver'
import { readWorldParameters, type WorldParameters } from '../../src/run/world-parameters'
import { Boundary } from '../../mocks/boundary'
import { Meeting } from '../../mocks/meeting'
import { Trace } from '../../src/report/sequence-trace'
import { MailLedger } from './mail-ledger'
import { actorOf, newCompany, newPerson, type ConsumerParty, type Person } from './parties'

/** The mocked world outside the provider: one per worker thread, emptied after every scenario. */
export const boundary = new Boundary()

/** A customer account of the CSM portal: its registration code and its customer admins. */
/** How many invitations a contact (by email address, when the kit knows it) had received at a moment. */
export type InvitationMark = { email: string | undefined; count: number }

export type CustomerAccount = { id: string; name: string; registrationCode: string; admins: Person[] }

/**
 * How long a call of acts issued at the same moment waits at the boundary for the others' calls: long enough for a
 * press in a second browser tab to arrive on a busy machine (250 ms was not, once in CI), short enough to stay well
 * within a target's timeout for the calls it makes (the reference's: 1 s), so a target serializing the acts is only
 * slowed.
 */
const MEETING_PATIENCE_MS = 600

/** The role a provider-side contact of a consumer company holds (S1, ONB). */
const CONSUMER_CONTACT_ROLE = 'sn_sb_pro.consumer'

/** One scenario's parties, the driver it acts through, and what happened. */
export class ExchangeWorld extends World<WorldParameters> {
  /** The run's parameters; a run that takes each scenario's release from its tag sets the release per scenario. */
  settings: WorldParameters
  readonly boundary = boundary
  /** Every company, person and address of the scenario is drawn from this faker, seeded per scenario. */
  readonly faker = new Faker({ locale: [en, base] })
  driver!: ExchangeDriver
  /** The scenario's session with the target, which the hooks end. */
  session: ScenarioSession | undefined
  /** Opens another provider instance on the same target, for a party of its own; the hooks end it with the scenario. */
  openAnotherProviderInstance: () => Promise<ExchangeDriver> = () => Promise.reject(new Error('no target is open yet'))
  readonly otherSessions: ScenarioSession[] = []
  /** The provider admin, and whether the scenario wants the provider record to exist. */
  providerAdmin: Person | undefined
  providerRecord: 'wanted' | 'created' | 'absent' = 'wanted'
  /** Consumer companies by the name the scenario gives them ("the consumer", "the other company"). */
  readonly consumers = new Map<string, ConsumerParty>()
  #thatUser: Person | undefined
  /** The card each consumer company's connection was created with; steps read the current one afresh. */
  readonly cards = new Map<string, ConnectionCard>()
  details: ConnectionDetails | undefined
  /** The consumer's registration page as the last accepted step left it. */
  page: RegistrationPage | undefined
  /** The sign-in of a contact who holds the registration page open in two tabs (a browser keeps both signed in). */
  signedInTwice: ConsumerUser | undefined
  /** The registration task saved for each consumer company; steps read the current one afresh. */
  readonly tasks = new Map<string, RegistrationTask>()
  /** For each registration task remembered, whom it names and how many invitations they had before it was saved. */
  readonly #invitationsBeforeTask = new Map<string, InvitationMark>()
  /**
   * Legacy onboarding: whether the provider has its producer replication set, the customer's case, a second instance.
   */
  producerReplicationSet: 'wanted' | 'created' | 'absent' = 'absent'
  legacyCase: RegistrationCase | undefined
  secondInstanceUrl: string | undefined
  /** Portal self-registration: what the visitor saw, who signs up or registers, and the customer accounts. */
  portalHome: PortalHome | undefined
  #person: Person | undefined
  readonly customerAccounts = new Map<string, CustomerAccount>()
  customerRequest: CustomerRegistrationRequest | undefined
  /** The email a step last found to be the one of its kind a party received; "that email" in later steps. */
  #thatEmail: DocumentedMail | undefined
  /** The provider instance's clock as it read after the scenario last moved it. */
  instanceTime: string | undefined
  /** Where the provider instance is reached: registration URLs and Provider Connection records point there. */
  providerUrl = ''
  /** Who asked the target for what, and whom the target called, for the scenario's sequence diagram. */
  readonly trace = new Trace()
  /** The people the scenario created on the provider instance, by the ID the target gave them. */
  readonly #peopleById = new Map<string, Person>()
  /** Who the scenario's accepted acts entitle to which mail: anyone else receiving some fails the step. */
  readonly mailLedger = new MailLedger((id) => this.#peopleById.get(id)?.email)
  #outcomes: { outcome: Outcome<unknown>; asserted: boolean; inAGiven: boolean }[] = []
  /**
   * Whether the step running is a Given (or an And after one). A scenario printed by exploration (@explored) takes its
   * Givens from a faulty target's journey: a sound target may refuse one, and that refusal needs no assertion.
   */
  inAGiven = false
  /** The acts last issued at the same moment, each with what it meant ("approve", "reject"): "them" in later steps. */
  #together: { meant: string; entry: { outcome: Outcome<unknown>; asserted: boolean } }[] = []

  constructor(options: IWorldOptions<WorldParameters>) {
    super(options)
    this.settings = readWorldParameters(options.parameters)
  }

  /**
   * Told of every act a party performed through the driver. Besides counting what mail it entitles, the kit plays the
   * consumer instance's own application: a registration that completes leaves that instance a Provider Connection
   * record for the provider, which only Off-Board Provider there deletes (OFF-P).
   */
  noteAct(verb: string, args: readonly unknown[], outcome: Outcome<unknown>): void {
    this.mailLedger.noteAct(verb, args, outcome)
    if (verb !== 'startRegistration' || !outcome.ok) return
    const page = outcome.value as RegistrationPage
    if (page.state === 'Onboarded' && this.boundary.instances.at(page.instanceUrl))
      this.boundary.instances.control(page.instanceUrl).connectsTo(this.providerUrl)
  }

  /** The consumer company the scenario calls by this name. */
  consumer(name = 'the consumer'): ConsumerParty {
    const party = this.consumers.get(name)
    if (!party) throw new Error(`the scenario has no consumer company called "${name}"`)
    return party
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
    this.must(await this.driver.createProviderRecord({ name: `${this.faker.string.alpha(6)}-provider` }))
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
    const { id } = this.must(await this.driver.addUser({ ...person, roles }))
    this.#peopleById.set(id, person)
    return { ...person, id }
  }

  /**
   * Creates a consumer company with a contact, and its instance on the given release, where the contact is an admin.
   */
  async newConsumer(name: string, version: string): Promise<ConsumerParty> {
    const drawn = newCompany(this.faker)
    const company = { ...drawn, instanceUrl: await this.boundary.addressFor(drawn.instanceUrl) }
    const { id: companyId } = this.must(await this.driver.addCompany({ name: company.companyName }))
    const person = newPerson(this.faker, company.domain)
    const { id } = this.must(await this.driver.addUser({ ...person, roles: [CONSUMER_CONTACT_ROLE], companyId }))
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
    const { id } = this.must(await this.driver.addUser({ ...person, roles, companyId: consumer.companyId }))
    this.#peopleById.set(id, person)
    this.boundary.instances.control(consumer.instanceUrl).hasUser(person.userName, ['admin'])
    consumer.contact = { ...person, id }
  }

  /** Gives the consumer company another contact on the provider instance, active or not, and makes it "that user". */
  async newAccountContact(active: boolean, name = 'the consumer'): Promise<Person> {
    const consumer = this.consumer(name)
    const person = newPerson(this.faker, consumer.domain)
    const { id } = this.must(
      await this.driver.addUser({ ...person, roles: [CONSUMER_CONTACT_ROLE], companyId: consumer.companyId, active }),
    )
    this.#peopleById.set(id, person)
    this.#thatUser = person
    return person
  }

  /** Adds a user to a consumer's instance and makes it "that user". */
  newConsumerInstanceUser(roles: string[], consumer = this.consumer()): Person {
    const person = newPerson(this.faker, new URL(consumer.instanceUrl).hostname)
    this.boundary.instances.control(consumer.instanceUrl).hasUser(person.userName, roles)
    this.#thatUser = person
    return person
  }

  /** The user the scenario last introduced, whom later steps call "that user". */
  get thatUser(): Person {
    if (!this.#thatUser) throw new Error('"that user" names nobody: introduce a user in an earlier step')
    return this.#thatUser
  }
  set thatUser(person: Person) {
    this.#thatUser = person
  }

  /** "That email": the one a step found, which must be of this kind. */
  thatEmail<K extends MailKind>(kind: K): Extract<DocumentedMail, { kind: K }> {
    const email = this.#thatEmail
    if (email?.kind !== kind)
      throw new Error(`"that email" must be the ${kind} email a party received: say so in an earlier step`)
    return email as Extract<DocumentedMail, { kind: K }>
  }
  /** Makes an email "that email" for the steps that follow. */
  rememberEmail(email: DocumentedMail): void {
    this.#thatEmail = email
  }

  /** The person who last signed up or registered on a portal, drawn on first need. */
  get person(): Person {
    this.#person ??= newPerson(this.faker, 'consumers.example')
    return this.#person
  }
  set person(person: Person) {
    this.#person = person
  }

  /** Someone the scenario created on the provider instance, by the ID the target gave them. */
  rememberPerson(id: string, person: Person): void {
    this.#peopleById.set(id, person)
  }

  /** The people the scenario introduced so far, as they are: none is drawn by asking. */
  peopleSoFar(): { person: Person | undefined; thatUser: Person | undefined } {
    return { person: this.#person, thatUser: this.#thatUser }
  }

  /** The request that creates a connection for a consumer company, as the form would fill it. */
  connectionRequest(consumer = this.consumer()): ConnectionRequest {
    return { companyId: consumer.companyId, contactId: consumer.contact.id, instanceUrl: consumer.instanceUrl }
  }

  /** The provider admin creates a connection; the card is remembered for the named consumer. */
  async createConnection(request: ConnectionRequest, consumerName = 'the consumer'): Promise<Outcome<ConnectionCard>> {
    const outcome = this.record(await this.driver.createConnection(await this.asProviderAdmin(), request))
    return this.remembered(outcome, consumerName)
  }

  /** A connection created for a consumer company is remembered for it, whoever created it. */
  remembered(outcome: Outcome<ConnectionCard>, consumerName = 'the consumer'): Outcome<ConnectionCard> {
    if (outcome.ok) this.cards.set(consumerName, outcome.value)
    return outcome
  }

  /** The card created for a consumer company. */
  card(consumerName = 'the consumer'): ConnectionCard {
    const card = this.cards.get(consumerName)
    if (!card) throw new Error(`no connection was created for ${consumerName}`)
    return card
  }

  /** The card as the target shows it now, read afresh from the Connections tab. */
  async currentCard(consumerName = 'the consumer'): Promise<ConnectionCard> {
    const number = this.card(consumerName).number
    const cards = this.must(await this.driver.listConnections(await this.asProviderAdmin()))
    const card = cards.find((candidate) => candidate.number === number)
    if (!card) throw new Error(`the Connections tab no longer shows connection ${number}`)
    return card
  }

  /** Every card the target shows now. */
  async allCards(): Promise<ConnectionCard[]> {
    return this.must(await this.driver.listConnections(await this.asProviderAdmin()))
  }

  /** The provider admin saves a registration task; the task is remembered for the named consumer. */
  async createRegistrationTask(
    request: ConnectionRequest,
    consumerName = 'the consumer',
  ): Promise<Outcome<RegistrationTask>> {
    const mark = this.invitationMark(request)
    return this.rememberedTask(
      this.record(await this.driver.createRegistrationTask(await this.asProviderAdmin(), request)),
      mark,
      consumerName,
    )
  }

  /**
   * The invitations the contact a request names has received so far: taken before the request, the later ones are its
   * task's.
   */
  invitationMark(request: ConnectionRequest): InvitationMark {
    const email = [...this.consumers.values()].find((party) => party.contact.id === request.contactId)?.contact.email
    return { email, count: email ? this.boundary.outbox.received(email, 'registration-invitation').length : 0 }
  }

  /**
   * A registration task saved for a consumer company is remembered for it, whoever saved it, with how many invitations
   * its contact had before it was saved: the later ones are the task's own.
   */
  rememberedTask(
    outcome: Outcome<RegistrationTask>,
    invitationsBefore: InvitationMark,
    consumerName = 'the consumer',
  ): Outcome<RegistrationTask> {
    if (!outcome.ok) return outcome
    this.tasks.set(consumerName, outcome.value)
    this.#invitationsBeforeTask.set(consumerName, invitationsBefore)
    return outcome
  }

  /** How many invitations the contact of a consumer company's registration task had before it was saved. */
  invitationsBeforeTask(consumerName = 'the consumer'): InvitationMark | undefined {
    return this.#invitationsBeforeTask.get(consumerName)
  }

  /** The links of the invitation emails a consumer company's contact received, oldest first. */
  invitationLinks(consumerName = 'the consumer'): string[] {
    return this.boundary.outbox
      .received(this.consumer(consumerName).contact.email, 'registration-invitation')
      .map((email) => email.link)
  }

  /**
   * The registration URL issued for a consumer company's connection, where the contract puts it: on the card (always
   * when email notifications are off, RD-01), or else in the invitation email to the contact (FREE-06).
   */
  registrationUrl(consumerName = 'the consumer'): string {
    const url = this.card(consumerName).registrationUrl ?? this.invitationLinks(consumerName)[0]
    if (!url)
      throw new Error(
        `the registration URL of ${consumerName}'s connection is neither on its card nor in an invitation email to its contact`,
      )
    return url
  }

  /**
   * Issues acts at the same moment, none waiting for another, as two people (or two tabs) pressing at once would; each
   * is labelled with what it means, so that a later step can say what the accepted one should have left.
   */
  async atTheSameMoment<T>(
    acts: readonly (readonly [meant: string, act: () => Promise<Outcome<T>>])[],
  ): Promise<Outcome<T>[]> {
    const meeting = new Meeting(acts.length, MEETING_PATIENCE_MS)
    this.boundary.meeting = meeting
    const outcomes = await Promise.all(acts.map(([, act]) => act().finally(() => meeting.leave()))).finally(
      () => (this.boundary.meeting = undefined),
    )
    this.#together = outcomes.map((outcome, index) => {
      this.record(outcome)
      return { meant: acts[index]![0], entry: this.#outcomes.at(-1)! }
    })
    return outcomes
  }

  /** The acts last issued at the same moment, with their outcomes, marked as asserted by the step that reads them. */
  together(): { meant: string; outcome: Outcome<unknown> }[] {
    if (this.#together.length === 0) throw new Error('no acts were issued at the same moment in an earlier step')
    return this.#together.map(({ meant, entry }) => {
      entry.asserted = true
      return { meant, outcome: entry.outcome }
    })
  }

  /** What the one accepted act of those issued at the same moment meant. */
  acceptedTogether(): string {
    const accepted = this.together().filter(({ outcome }) => outcome.ok)
    if (accepted.length !== 1)
      throw new Error(`${accepted.length} of the acts issued at the same moment were accepted, not one`)
    return accepted[0]!.meant
  }

  /** Remembers what a verb returned, so a later step can assert it. */
  record<T>(outcome: Outcome<T>): Outcome<T> {
    this.#outcomes.push({ outcome, asserted: false, inAGiven: this.inAGiven })
    return outcome
  }

  /** The last outcome, marked as asserted by the step that reads it. */
  lastOutcome(): Outcome<unknown> {
    const last = this.#outcomes.at(-1)
    if (!last) throw new Error('no step has acted yet')
    last.asserted = true
    return last.outcome
  }

  /** Refusals that no step looked at: a scenario that ignores a refusal proves nothing. */
  unassertedRefusals(options: { exceptInGivens?: boolean } = {}): Refusal[] {
    return this.#outcomes.flatMap(({ outcome, asserted, inAGiven }) =>
      !asserted && !outcome.ok && !(options.exceptInGivens && inAGiven) ? [outcome.refusal] : [],
    )
  }

  /** The value of an outcome that a setup step needs; a refusal there is a broken scenario, said plainly. */
  must<T>(outcome: Outcome<T>): T {
    if (outcome.ok) return outcome.value
    throw new Error(
      `the target refused a step the scenario depends on: ${outcome.refusal.code}: ${outcome.refusal.reason}`,
    )
  }
}

setWorldConstructor(ExchangeWorld)
