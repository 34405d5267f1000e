import type { ConnectionCard, ConnectionRequest } from '../contract/connection.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RegistrationTask } from '../contract/registration-task.schema'
import { must, type Cast } from './cast'

/** How many invitations a contact (by email address, when the kit knows it) had received at a moment. */
export type InvitationMark = { email: string | undefined; count: number }

/**
 * The records the parties made and keep track of: each consumer company's connection card and registration task, with
 * the invitations its contact had before the task was saved. Steps read the current record afresh from the target.
 */
export class KnownRecords {
  /** The card each consumer company's connection was created with. */
  readonly cards = new Map<string, ConnectionCard>()
  /** The registration task saved for each consumer company. */
  readonly tasks = new Map<string, RegistrationTask>()
  /** For each registration task remembered, whom it names and how many invitations they had before it was saved. */
  readonly #invitationsBeforeTask = new Map<string, InvitationMark>()

  constructor(
    private readonly cast: Cast,
    /** Told of the outcome of every act these records come from, so a later step can assert it. */
    private readonly noted: <T>(outcome: Outcome<T>) => Outcome<T> = (outcome) => outcome,
  ) {}

  /** The provider admin creates a connection; the card is remembered for the named consumer. */
  async createConnection(request: ConnectionRequest, consumerName = 'the consumer'): Promise<Outcome<ConnectionCard>> {
    const outcome = await this.cast.driver.createConnection(await this.cast.asProviderAdmin(), request)
    return this.remembered(this.noted(outcome), consumerName)
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
    const card = (await this.allCards()).find((candidate) => candidate.number === number)
    if (!card) throw new Error(`the Connections tab no longer shows connection ${number}`)
    return card
  }

  /** Every card the target shows now. */
  async allCards(): Promise<ConnectionCard[]> {
    return must(await this.cast.driver.listConnections(await this.cast.asProviderAdmin()))
  }

  /** The provider admin saves a registration task; the task is remembered for the named consumer. */
  async createRegistrationTask(
    request: ConnectionRequest,
    consumerName = 'the consumer',
  ): Promise<Outcome<RegistrationTask>> {
    const mark = this.invitationMark(request)
    const outcome = await this.cast.driver.createRegistrationTask(await this.cast.asProviderAdmin(), request)
    return this.rememberedTask(this.noted(outcome), mark, consumerName)
  }

  /**
   * The invitations the contact a request names has received so far: taken before the request, the later ones are its
   * task's.
   */
  invitationMark(request: ConnectionRequest): InvitationMark {
    const email = [...this.cast.consumers.values()].find((party) => party.contact.id === request.contactId)?.contact
      .email
    return { email, count: email ? this.cast.boundary.outbox.received(email, 'registration-invitation').length : 0 }
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
    return this.cast.boundary.outbox
      .received(this.cast.consumer(consumerName).contact.email, 'registration-invitation')
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

  /** The registration task of a consumer company as the target shows it now. */
  async currentTask(consumerName = 'the consumer'): Promise<RegistrationTask> {
    const task = this.tasks.get(consumerName)
    if (!task) throw new Error(`no registration task was saved for ${consumerName}`)
    return must(await this.cast.driver.viewRegistrationTask(await this.cast.asProviderAdmin(), task.number))
  }

  /**
   * The links of the consumer's registration task, wherever the target put them: in invitations its contact received
   * since the task was saved, or in the task's comments. None while no link exists.
   */
  async taskLinks(consumerName = 'the consumer'): Promise<string[]> {
    const emailed = this.taskInvitations(consumerName)
    const task = await this.currentTask(consumerName)
    const commented = task.comments.flatMap((comment) => this.cast.providerLinksIn(comment))
    return [...new Set([...emailed, ...commented])]
  }

  /** The links of the invitations the contact of a registration task received since it was saved. */
  taskInvitations(consumerName = 'the consumer'): string[] {
    const mark = this.invitationsBeforeTask(consumerName)
    return mark?.email
      ? this.cast.boundary.outbox
          .received(mark.email, 'registration-invitation')
          .map((email) => email.link)
          .slice(mark.count)
      : []
  }

  /** The link of the consumer's registration task; undefined while no link exists. */
  async taskLink(consumerName = 'the consumer'): Promise<string | undefined> {
    return (await this.taskLinks(consumerName))[0]
  }
}
