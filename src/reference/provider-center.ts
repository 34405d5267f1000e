import { z } from 'zod'
import {
  CardState,
  ConnectionRequest,
  DELETE_CONFIRMATION,
  OffboardRequest,
  ProviderSettingsChange,
  type Offboarded,
  type ConnectionCard,
  type ConnectionDetails,
  type ConnectionSettings,
} from '../contract/connection.schema'
import { AuthorizedUserDecision, type AuthorizedUser } from '../contract/authorized-user.schema'
import { parseInput } from '../contract/parse-input'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { Release } from '../requirements/requirement.schema'
import type { VirtualClock } from './clock'
import { ConsumerInstanceClient } from './consumer-instance.client'
import { maxOnlyWhileRestricted } from './connection-settings'
import { actingAdmin, sbAdminGuard, signedInUser } from './provider-admin'
import { nextNumber, ProviderStore, type StoredConnection } from './provider-store'
import { RegistrationMail } from './registration-mail'
import { readRequest } from './registration-request'
import { newRegistrationToken } from './registration-token'
import { RegistrationUrls } from './registration-url'
import { refusal, Rules, type Guard } from './rules'
import { consumerVersion } from './consumer-version'
import type { RequirementId } from '../requirements/catalog'
import type { PartOperations } from './call'

/** The filter of the Connections tab: one of the states a card shows. */
const StateFilter = z.object({ state: CardState })

/** What the Provider Center works with: the instance's records, its rules, and its clients of the outside world. */
export type ProviderCenterParts = {
  store: ProviderStore
  rules: Rules
  consumers: ConsumerInstanceClient
  urls: RegistrationUrls
  mail: RegistrationMail
  clock: VirtualClock
  release: Release
}

/**
 * The Provider Center of a provider instance (S0, CT, SETTINGS-P, OFF-C): the connections, their cards and details, the
 * provider's side of their settings and authorized users, and off-boarding a consumer.
 */
export class ProviderCenter {
  readonly #store: ProviderStore
  readonly #rules: Rules
  readonly #consumers: ConsumerInstanceClient
  readonly #urls: RegistrationUrls
  readonly #mail: RegistrationMail
  readonly #clock: VirtualClock
  readonly #release: Release
  #issuedTokens = 0

  constructor(parts: ProviderCenterParts) {
    this.#store = parts.store
    this.#rules = parts.rules
    this.#consumers = parts.consumers
    this.#urls = parts.urls
    this.#mail = parts.mail
    this.#clock = parts.clock
    this.#release = parts.release
  }

  /** A provider admin creates a connection for a consumer company (S0). */
  async createConnection(actorInput: unknown, input: ConnectionRequest): Promise<Outcome<ConnectionCard>> {
    const store = this.#store
    const admin = actingAdmin(store, this.#rules, 'PC-04', actorInput)
    if (!admin.ok) return admin
    const { request, origin, company, preconditions } = readRequest(
      store,
      input,
      {
        providerRecord: 'PC-05',
        company: 'PC-06',
        contact: 'PC-07',
        instanceUrl: 'PC-09',
      },
      this.#rules,
    )
    const existing = store.connections
    const noDuplicate = this.#noDuplicate(request.companyId, company?.name, origin)
    const refusedFirst = this.#rules.firstRefusal([...preconditions, ...noDuplicate])
    if (refusedFirst) return { ok: false, refusal: refusedFirst }

    const version = await this.consumerVersion(origin)
    if (!version.ok) return version
    // Another request for the same instance may have been stored while the consumer instance answered.
    const refusedLate = this.#rules.parts.decidedAfterWaiting(
      'PC-10',
      () => this.#rules.firstRefusal(noDuplicate),
      undefined,
    )
    if (refusedLate) return { ok: false, refusal: refusedLate }
    const connection: StoredConnection = {
      // Stryker disable next-line StringLiteral: only a registration of kind 'task' is told apart
      kind: 'connection',
      // counted down, the numbers are just as unique, and their digits are free
      // Stryker disable next-line UpdateOperator: for the reason above
      number: nextNumber('CONN', store.connectionsNumbered++),
      companyId: request.companyId,
      contactId: request.contactId,
      origin,
      pageState: this.#initialCardState(),
      checks: [],
      // an accepted version read is undefined only while PC-41 to PC-43 are switched off (prove-faults)
      // Stryker disable next-line ConditionalExpression: for the reason above
      ...(version.value !== undefined ? { appVersion: version.value } : {}),
      token: this.newToken(),
      tokenUsed: false,
      createdAt: this.#clock.now(),
      settings: this.#rules.parts.newSettings(),
      authorizedUsers: [],
    }
    existing.push(connection)
    // PC-20, PC-21: the registration URL goes to the contact only when email notifications are on.
    if (this.#rules.parts.invitesByEmail(store.emailNotifications)) {
      await this.#rules.enactInTurn([['PC-20', () => this.#mail.send(connection)]])
      for (const contactId of this.#rules.parts.copiesTo('invitation', admin.value.id))
        await this.#mail.send({ ...connection, contactId })
    }
    return accepted(this.#card(connection))
  }

  /** PC-10, PC-11: no second connection for a company and instance, and an instance for one company only. */
  #noDuplicate(companyId: string, companyName: string | undefined, origin: string): Guard[] {
    const existing = this.#store.connections
    return [
      [
        'PC-10',
        () =>
          existing.some((c) => c.companyId === companyId && this.#rules.companyHolds(c.origin, origin))
            ? refusal('connection-exists', `${companyName} already has a connection for ${origin}`)
            : undefined,
      ],
      // for the same company PC-10 refuses first, except in the reversed refusal order (FREE-08) that npm run
      // prove-fairness runs
      // Stryker disable ConditionalExpression: for the reason above
      [
        'PC-11',
        () =>
          existing.some((c) => c.origin === origin && c.companyId !== companyId)
            ? refusal('instance-url-in-use', `${origin} already belongs to the connection of another company`)
            : undefined,
      ],
    ]
  }

  // Stryker restore ConditionalExpression
  /** The Connections tab: every connection card, most recent first. */
  listConnections(actorInput: unknown): Outcome<ConnectionCard[]> {
    const admin = actingAdmin(this.#store, this.#rules, 'PC-04', actorInput)
    if (!admin.ok) return admin
    return accepted(this.#rules.listed(this.#store.connections.map((connection) => this.#card(connection))))
  }

  /** The Connections tab filtered by a connection state (CT-08): exactly the connections in it, to an admin. */
  filterConnections(actorInput: unknown, query: unknown): Outcome<ConnectionCard[]> {
    const admin = actingAdmin(this.#store, this.#rules, 'PC-04', actorInput)
    if (!admin.ok) return admin
    const filter = parseInput(StateFilter, query)
    if (!filter.ok) return filter
    const cards = this.#store.connections.map((connection) => this.#card(connection))
    const outside = (card: ConnectionCard) => this.#rules.applies('CT-08', () => card.state !== filter.value.state)
    return accepted(this.#rules.listed(cards.filter((card) => !outside(card))))
  }

  /** A connection's authorized users, to a provider user holding admin (AUTH-USERS). */
  listAuthorizedUsers(actorInput: unknown, number: unknown): Outcome<AuthorizedUser[]> {
    const connection = this.#connectionForAdmin(actorInput, number, 'AU-02')
    return connection.ok
      ? accepted(connection.value.authorizedUsers.map((authorized) => ({ ...authorized })))
      : connection
  }

  /** The provider admin approves or rejects an authorized user: the approval is the provider's (AU-02). */
  decideAuthorizedUser(actorInput: unknown, number: unknown, input: AuthorizedUserDecision): Outcome<AuthorizedUser> {
    const connection = this.#connectionForAdmin(actorInput, number, 'AU-02')
    if (!connection.ok) return connection
    const authorized = connection.value.authorizedUsers.find((candidate) => candidate.id === input.id)
    if (!authorized)
      return refused('authorized-user-not-found', `connection ${String(number)} has no authorized user ${input.id}`)
    authorized.approval = input.approval
    return accepted({ ...authorized })
  }

  /** The connection a provider user holding admin names, the admin rule named by the requirement served. */
  #connectionForAdmin(actorInput: unknown, number: unknown, requirement: RequirementId): Outcome<StoredConnection> {
    const admin = actingAdmin(this.#store, this.#rules, requirement, actorInput)
    if (!admin.ok) return admin
    const connection = this.#store.connections.find((candidate) => candidate.number === number)
    return connection
      ? accepted(connection)
      : refused('connection-not-found', `no connection is numbered ${String(number)}`)
  }

  /**
   * The provider admin updates the Authorized Users tab of a connection's settings (SETTINGS-P): restrict, its maximum
   * and auto approve. The auto-activate settings are the consumer's: the form shows them, and a change to them is
   * refused.
   */
  changeConnectionSettings(
    actorInput: unknown,
    number: unknown,
    input: ProviderSettingsChange,
  ): Outcome<ConnectionSettings> {
    const found = this.#connectionForAdmin(actorInput, number, 'SET-03')
    if (!found.ok) return found
    const connection = found.value
    const current = connection.settings
    const {
      autoActivateRrp = current.autoActivateRrp,
      autoActivateRtd = current.autoActivateRtd,
      ...authorizedUsers
    } = input
    const consumersOwn = autoActivateRrp !== current.autoActivateRrp || autoActivateRtd !== current.autoActivateRtd
    const refusedBy = this.#rules.firstRefusal([
      [
        'SET-03',
        () =>
          consumersOwn
            ? refusal(
                'setting-not-changeable',
                "the auto-activate settings are the consumer's: the provider may change only the authorized-user settings",
              )
            : undefined,
      ],
      maxOnlyWhileRestricted(authorizedUsers),
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    connection.settings = { ...authorizedUsers, autoActivateRrp, autoActivateRtd }
    return accepted({ ...connection.settings })
  }

  /**
   * A provider user holding admin and sn_sb.admin off-boards a consumer (OFF-C): the connection and its records go, so
   * its registration URL opens nothing and the company and instance may be registered again. Its tasks go too only when
   * asked for and confirmed by typing Delete.
   */
  offboardConsumer(actorInput: unknown, number: unknown, input: OffboardRequest): Outcome<Offboarded> {
    const signedIn = signedInUser(this.#store, this.#rules, actorInput)
    if (!signedIn.ok) return signedIn
    const { deleteTasks, typed } = input
    const refusedBy = this.#rules.firstRefusal([
      // Stryker disable next-line StringLiteral: prose, which a fair kit never asserts
      sbAdminGuard('OFF-01', signedIn.value, this.#rules, 'off-boarding a consumer'),
      [
        'OFF-02',
        () =>
          deleteTasks && typed !== DELETE_CONFIRMATION
            ? refusal('offboarding-not-confirmed', `to delete the tasks too, type ${DELETE_CONFIRMATION} in the dialog`)
            : undefined,
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    const connections = this.#store.connections
    const index = connections.findIndex((candidate) => candidate.number === number)
    if (index < 0) return refused('connection-not-found', `no connection is numbered ${String(number)}`)
    this.#store.offboardedOrigins.add(connections[index]!.origin)
    this.#rules.enact([['OFF-03', () => connections.splice(index, 1)]])
    return accepted({ number: String(number), tasksDeleted: deleteTasks })
  }

  /** View details on a connection card (S0 Result). */
  viewConnectionDetails(actorInput: unknown, number: unknown): Outcome<ConnectionDetails> {
    const found = this.#connectionForAdmin(actorInput, number, 'PC-04')
    if (!found.ok) return found
    const connection = found.value
    const contact = this.#store.contactOf(connection)
    return accepted({
      card: this.#card(connection),
      registration: {
        company: this.#store.companyName(connection.companyId),
        contact: this.#rules.parts.shownContact({
          name: `${contact.firstName} ${contact.lastName}`,
          email: contact.email,
        }),
        instanceUrl: connection.origin,
        // a field set to undefined is left out of the answer just the same
        // Stryker disable next-line ConditionalExpression: for the reason above
        ...(connection.appVersion !== undefined ? { appVersion: connection.appVersion } : {}),
        createdAt: connection.createdAt.toISOString(),
        ...(connection.onboardedAt ? { onboardedAt: connection.onboardedAt.toISOString() } : {}),
      },
      settings: { ...connection.settings },
    })
  }

  // What the rules rest on.

  /** CT-01, CT-02: Awaiting Validation in Australia, Pending in Brazil. */
  #initialCardState() {
    return this.#rules.parts.firstCardState(this.#release)
  }

  /** PC-40..PC-43: the consumer's Service Exchange release, read from the instance itself. */
  consumerVersion(origin: string): Promise<Outcome<string | undefined>> {
    return consumerVersion(this.#consumers, this.#rules, origin)
  }

  /** PC-02, PC-03: a fresh token from the CSPRNG for every registration URL. */
  newToken(): string {
    // the count is read only by a faulty token issuer (PC-03), which npm run prove-faults proves red
    // Stryker disable next-line AssignmentOperator: for the reason above
    this.#issuedTokens += 1
    // read only by a faulty token issuer (PC-02), which npm run prove-faults proves red
    // Stryker disable OptionalChaining: for the reason above
    return this.#rules.parts.issueToken({
      fresh: newRegistrationToken,
      issued: this.#issuedTokens,
      first: this.#store.connections[0]?.token,
    })
  }

  // Stryker restore OptionalChaining
  /** RD-01: the card shows the URL when no email carries it; with email on, showing it too is free (FREE-06). */
  #showsRegistrationUrl(): boolean {
    return this.#rules.readings.urlOnCard(this.#store.emailNotifications)
  }

  /**
   * PC-01: an onboarded connection's card shows the consumer's app version; before that, showing it is free (FREE-18).
   */
  #cardShowsVersion(connection: StoredConnection): connection is StoredConnection & { appVersion: string } {
    const due = this.#rules.readings.versionOnCard(connection.pageState === 'Onboarded')
    return this.#rules.applies('PC-01', () => due && connection.appVersion !== undefined)
  }

  #card(connection: StoredConnection): ConnectionCard {
    return {
      number: connection.number,
      company: this.#store.companyName(connection.companyId),
      instanceUrl: connection.origin,
      state: connection.pageState,
      ...(this.#cardShowsVersion(connection) ? { appVersion: connection.appVersion } : {}),
      ...(connection.pageState !== 'Onboarded' && this.#showsRegistrationUrl()
        ? { registrationUrl: this.#urls.urlOf(connection.token) }
        : {}),
    }
  }
}

/** The Provider Center's operations of the contract. */
export const PROVIDER_CENTER_OPERATIONS = {
  createConnection: (center, { actor, body }) => center.createConnection(actor, body),
  listConnections: (center, { actor }) => center.listConnections(actor),
  filterConnections: (center, { actor, query }) => center.filterConnections(actor, query),
  viewConnectionDetails: (center, { actor, number }) => center.viewConnectionDetails(actor, number),
  listAuthorizedUsers: (center, { actor, number }) => center.listAuthorizedUsers(actor, number),
  decideAuthorizedUser: (center, { actor, number, body }) => center.decideAuthorizedUser(actor, number, body),
  changeConnectionSettings: (center, { actor, number, body }) => center.changeConnectionSettings(actor, number, body),
  offboardConsumer: (center, { actor, number, body }) => center.offboardConsumer(actor, number, body),
} satisfies PartOperations<ProviderCenter>
