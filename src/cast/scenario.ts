import { newEnglishFaker } from './english-faker'
import type { ConsumerUser } from '../contract/actor.schema'
import type { ConnectionDetails } from '../contract/connection.schema'
import type { DocumentedMail, MailKind } from '../contract/mail.schema'
import type { Outcome, Refusal } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import type { RegistrationCase } from '../contract/legacy.schema'
import type { CustomerRegistrationRequest, PortalHome } from '../contract/portal.schema'
import type { ScenarioSession } from '../drivers/compose'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import type { WorldParameters } from '../run/world-parameters'
import type { Boundary } from '../../mocks/boundary'
import type { ConsumerInstanceControl } from '../../mocks/consumer-instances'
import { Meeting } from '../../mocks/meeting'
import { Trace } from '../report/sequence-trace'
import { MailLedger } from './mail-ledger'
import { Cast, must } from './cast'
import { KnownRecords } from './known-records'
import { newPerson, type CustomerAccount, type Person } from './parties'

/**
 * One scenario's memory: its settings, its session with the target, the records it saw, what every act answered. The
 * step definitions' World is one; exploration opens one per journey, without cucumber-js.
 */
export class Scenario {
  /** The scenario's parties and what bringing them on takes. */
  readonly cast: Cast
  /** The connections and tasks the parties made, each for the consumer company it was for. */
  readonly records: KnownRecords
  /** The scenario's session with the target, which the hooks end. */
  session: ScenarioSession | undefined
  /** Opens another provider instance on the same target, for a party of its own; the hooks end it with the scenario. */
  openAnotherProviderInstance: () => Promise<ExchangeDriver> = () => Promise.reject(new Error('no target is open yet'))
  readonly otherSessions: ScenarioSession[] = []
  #thatUser: Person | undefined
  details: ConnectionDetails | undefined
  /** The consumer's registration page as the last accepted step left it. */
  page: RegistrationPage | undefined
  /** The sign-in of a contact who holds the registration page open in two tabs (a browser keeps both signed in). */
  signedInTwice: ConsumerUser | undefined
  /** Legacy onboarding: the customer's case. */
  legacyCase: RegistrationCase | undefined
  /** Portal self-registration: what the visitor saw, who signs up or registers, and the customer accounts. */
  portalHome: PortalHome | undefined
  #person: Person | undefined
  readonly customerAccounts = new Map<string, CustomerAccount>()
  customerRequest: CustomerRegistrationRequest | undefined
  /** The email a step last found to be the one of its kind a party received; "that email" in later steps. */
  #thatEmail: DocumentedMail | undefined
  /** The provider instance's clock as it read after the scenario last moved it. */
  instanceTime: string | undefined
  /** Who asked the target for what, and whom the target called, for the scenario's sequence diagram. */
  readonly trace = new Trace()
  /** Who the scenario's accepted acts entitle to which mail: anyone else receiving some fails the step. */
  readonly mailLedger = new MailLedger((id) => this.cast.personWithId(id)?.email)
  #outcomes: { outcome: Outcome<unknown>; asserted: boolean; inAGiven: boolean }[] = []
  /**
   * Whether the step running is a Given (or an And after one). A scenario printed by exploration (@explored) takes its
   * Givens from a faulty target's journey: a sound target may refuse one, and that refusal needs no assertion.
   */
  inAGiven = false
  /** The acts last issued at the same moment, each with what it meant ("approve", "reject"): "them" in later steps. */
  #together: { meant: string; entry: { outcome: Outcome<unknown>; asserted: boolean } }[] = []

  constructor(
    /** The run's parameters; a run that takes each scenario's release from its tag sets the release per scenario. */
    public settings: WorldParameters,
    /** The mocked world outside the provider, emptied after every scenario. */
    readonly boundary: Boundary,
    /**
     * Every company, person and address of the scenario is drawn from this faker, seeded per scenario; a runner of
     * many scenarios (simulation) may hand them one, since making one costs more than a simulated consumer's journey.
     */
    readonly faker = newEnglishFaker(),
  ) {
    this.cast = new Cast(this.faker, boundary)
    this.records = new KnownRecords(this.cast, (outcome) => this.record(outcome))
  }

  /**
   * Arranges through the screens all the same, for a Given whose point is what a person's tabs show (a page open in
   * two tabs): in a browser, Givens otherwise arrange over the contract (browser.driver.ts).
   */
  async onScreens<T>(arrange: () => Promise<T>): Promise<T> {
    this.session?.arrange?.(false)
    try {
      return await arrange()
    } finally {
      this.session?.arrange?.(this.inAGiven)
    }
  }

  /** The driver the scenario's parties act through (the hooks give it to the cast). */
  get driver(): ExchangeDriver {
    return this.cast.driver
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
      this.boundary.instances.control(page.instanceUrl).connectsTo(this.cast.providerUrl)
  }

  /** The consumer's instance, as the mocks let a scenario change it. */
  consumerInstance(): ConsumerInstanceControl {
    return this.boundary.instances.control(this.cast.consumer().instanceUrl)
  }

  /** The user the scenario last introduced, whom later steps call "that user". */
  get thatUser(): Person {
    if (!this.#thatUser) throw new Error('"that user" names nobody: introduce a user in an earlier step')
    return this.#thatUser
  }
  set thatUser(person: Person) {
    this.#thatUser = person
  }
  /** Makes someone the scenario just brought on "that user" for the steps that follow. */
  introduced<P extends Person>(person: P): P {
    this.#thatUser = person
    return person
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

  /** The people the scenario introduced so far, as they are: none is drawn by asking. */
  peopleSoFar(): { person: Person | undefined; thatUser: Person | undefined } {
    return { person: this.#person, thatUser: this.#thatUser }
  }

  /**
   * Issues acts at the same moment, none waiting for another, as two people (or two tabs) pressing at once would; each
   * is labelled with what it means, so that a later step can say what the accepted one should have left.
   */
  async atTheSameMoment<T>(
    acts: readonly (readonly [meant: string, act: () => Promise<Outcome<T>>])[],
  ): Promise<Outcome<T>[]> {
    const meeting = new Meeting(acts.length)
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
    return must(outcome)
  }
}
