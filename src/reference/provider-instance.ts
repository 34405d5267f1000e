import { randomUUID } from 'node:crypto'
import { Actor } from '../contract/actor.schema'
import {
  ConnectionRequest,
  type CardState,
  type ConnectionCard,
  type ConnectionDetails,
  type ConnectionSettings,
} from '../contract/connection.schema'
import { parseInput } from '../contract/parse-input'
import { NewCompany, NewProviderRecord, NewUser, type Created } from '../contract/provider-setup.schema'
import { accepted, refused, type Outcome, type Refusal } from '../contract/refusal.schema'
import type { Clock } from './clock'
import { nextCardState, INITIAL_CARD_STATE, type CardEvent } from './connection-card.workflow'
import { ConsumerInstanceClient } from './consumer-instance.client'
import type { Faults } from './faults'
import { readInstanceUrl } from './instance-url'
import { MailClient } from './mail.client'
import { newRegistrationToken } from './registration-token'
import { formatVersion, isAtLeast, MINIMUM_CONSUMER_VERSION } from './service-exchange-version'

/** What a provider instance needs from the world around it. */
export type ProviderInstanceOptions = {
  /** Where the provider instance is reached; registration URLs start with it. */
  baseUrl: string
  mailGatewayUrl: string
  fetch: typeof fetch
  clock: Clock
  /** How long to wait for a consumer instance or the mail gateway. */
  outboundTimeoutMs: number
  faults: Faults
}

type StoredUser = NewUser & { id: string }
type StoredConnection = {
  number: string
  companyId: string
  contactId: string
  origin: string
  state: CardState
  appVersion?: string
  token: string
  tokenUsed: boolean
  createdAt: Date
  onboardedAt?: Date
  settings: ConnectionSettings
}

/** The documented defaults of a new connection's settings. */
const DEFAULT_SETTINGS: ConnectionSettings = {
  autoActivateRrp: false,
  autoActivateRtd: false,
  restrictAuthorizedUsers: false,
  maxAuthorizedUsers: 0,
  autoApproveAuthorizedUsers: false,
}

/** A guard: the requirement it enforces and the refusal it gives, if any. */
type Guard = readonly [requirement: string, refusal: () => Refusal | undefined]

const refusal = (code: Refusal['code'], reason: string): Refusal => ({ code, reason })
const ADMIN_ROLE = 'admin'
const REGISTRATION_PATH = '/sx/registration/'

/**
 * The provider's side of Service Exchange onboarding: the reference every other implementation is
 * measured against. Every refusal is a value and leaves the records as they were.
 */
export class ProviderInstance {
  readonly #consumers: ConsumerInstanceClient
  readonly #mail: MailClient
  #providerRecord: string | undefined
  #emailNotifications = true
  readonly #companies = new Map<string, { name: string }>()
  readonly #users = new Map<string, StoredUser>()
  readonly #connections: StoredConnection[] = []
  #issuedTokens = 0

  constructor(private readonly options: ProviderInstanceOptions) {
    const outbound = { fetch: options.fetch, timeoutMs: options.outboundTimeoutMs }
    this.#consumers = new ConsumerInstanceClient(outbound)
    this.#mail = new MailClient({ ...outbound, gatewayUrl: options.mailGatewayUrl })
  }

  // Setup: the records a scenario starts from.

  /** Creates the provider record (NEWPROV). */
  createProviderRecord(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewProviderRecord, input)
    if (!parsed.ok) return parsed
    this.#providerRecord = parsed.value.name
    return accepted({ id: parsed.value.name })
  }

  /** Adds a company (account) to the provider instance. */
  addCompany(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewCompany, input)
    if (!parsed.ok) return parsed
    const id = newId()
    this.#companies.set(id, parsed.value)
    return accepted({ id })
  }

  /** Adds a user, optionally a contact of a company. */
  addUser(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewUser, input)
    if (!parsed.ok) return parsed
    const { userName, companyId } = parsed.value
    if ([...this.#users.values()].some((user) => user.userName === userName)) {
      return refused('invalid-request', `a user named ${userName} already exists`)
    }
    if (companyId !== undefined && !this.#companies.has(companyId)) {
      return refused('company-not-found', `no company has the identifier ${companyId}`)
    }
    const id = newId()
    this.#users.set(id, { ...parsed.value, id })
    return accepted({ id })
  }

  /** Turns outbound email notifications on or off. */
  setEmailNotifications(on: boolean): void {
    this.#emailNotifications = on
  }

  // The Provider Center.

  /** A provider admin creates a connection for a consumer company (S0). */
  async createConnection(actorInput: unknown, input: unknown): Promise<Outcome<ConnectionCard>> {
    const admin = this.#admin(actorInput)
    if (!admin.ok) return admin
    const parsed = this.#on('PC-08') ? parseInput(ConnectionRequest, input) : accepted(input as ConnectionRequest)
    if (!parsed.ok) return parsed
    const request = parsed.value
    const url = readInstanceUrl(request.instanceUrl)
    const origin = url.ok ? url.origin : request.instanceUrl
    const company = this.#companies.get(request.companyId)
    const contact = this.#users.get(request.contactId)
    const existing = this.#connections
    const preconditions: Guard[] = [
      ['PC-05', () => (this.#providerRecord ? undefined : refusal('provider-record-missing', 'set up the provider record before creating connections'))],
      ['PC-06', () => (company ? undefined : refusal('company-not-found', `no company has the identifier ${request.companyId}`))],
      ['PC-07', () => (contact ? undefined : refusal('contact-not-found', `no user has the identifier ${request.contactId}`))],
      ['PC-07', () => (contact?.companyId === request.companyId ? undefined : refusal('contact-not-in-company', `${contact?.userName} is not a contact of ${company?.name}`))],
      ['PC-09', () => (url.ok ? undefined : refusal('instance-url-malformed', `"${request.instanceUrl}" is not an instance URL: ${url.ok ? '' : url.problem}`))],
    ]
    const noDuplicate: Guard[] = [
      ['PC-10', () => (existing.some((c) => c.companyId === request.companyId && c.origin === origin) ? refusal('connection-exists', `${company?.name} already has a connection for ${origin}`) : undefined)],
      ['PC-11', () => (existing.some((c) => c.origin === origin) ? refusal('instance-url-in-use', `${origin} already belongs to the connection of another company`) : undefined)],
    ]
    const refusedFirst = this.#firstRefusal([...preconditions, ...noDuplicate])
    if (refusedFirst) return { ok: false, refusal: refusedFirst }

    const version = await this.#consumerVersion(origin)
    if (!version.ok) return version
    // Another request for the same instance may have been stored while the consumer instance answered.
    const refusedLate = this.#firstRefusal(noDuplicate)
    if (refusedLate) return { ok: false, refusal: refusedLate }
    const token = this.#newToken()
    const connection: StoredConnection = {
      number: `CONN${String(1_000_001 + this.#connections.length).padStart(7, '0')}`,
      companyId: request.companyId,
      contactId: request.contactId,
      origin,
      state: INITIAL_CARD_STATE,
      ...(this.#on('PC-01') && version.value !== undefined ? { appVersion: version.value } : {}),
      token,
      tokenUsed: false,
      createdAt: this.options.clock.now(),
      settings: { ...DEFAULT_SETTINGS },
    }
    this.#connections.push(connection)
    await this.#sendRegistrationUrl(connection)
    return accepted(this.#card(connection))
  }

  /** The Connections tab: every connection card, most recent first. */
  listConnections(actorInput: unknown): Outcome<ConnectionCard[]> {
    const admin = this.#admin(actorInput)
    if (!admin.ok) return admin
    return accepted(this.#connections.map((connection) => this.#card(connection)).reverse())
  }

  /** View details on a connection card (S0 Result). */
  viewConnectionDetails(actorInput: unknown, number: unknown): Outcome<ConnectionDetails> {
    const admin = this.#admin(actorInput)
    if (!admin.ok) return admin
    const connection = this.#connections.find((candidate) => candidate.number === number)
    if (!connection) return refused('connection-not-found', `no connection is numbered ${String(number)}`)
    const contact = this.#users.get(connection.contactId)!
    return accepted({
      card: this.#card(connection),
      registration: {
        company: this.#companies.get(connection.companyId)!.name,
        contact: this.#on('PC-33')
          ? { name: `${contact.firstName} ${contact.lastName}`, email: contact.email }
          : { name: '', email: '' },
        instanceUrl: connection.origin,
        ...(connection.appVersion !== undefined ? { appVersion: connection.appVersion } : {}),
        createdAt: connection.createdAt.toISOString(),
        ...(connection.onboardedAt ? { onboardedAt: connection.onboardedAt.toISOString() } : {}),
      },
      settings: { ...connection.settings },
    })
  }

  // The consumer's side of the registration URL.

  /** The consumer contact completes the registration from the registration URL (S0, CC). */
  async completeRegistration(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<ConnectionCard>> {
    const actor = parseInput(Actor, actorInput)
    if (!actor.ok) return actor
    const connection = this.#connectionOf(registrationUrl)
    if (!connection) return refused('registration-url-unknown', 'this registration URL was not issued by this provider')
    const contact = this.#users.get(connection.contactId)!
    const guards: Guard[] = [
      ['PC-34', () => (connection.tokenUsed ? refusal('registration-url-used', 'this registration URL has already completed a registration') : undefined)],
      ['PC-30', () => (actor.value.userName === contact.userName ? undefined : refusal('not-named-contact', `only ${contact.userName}, the named contact, can complete this registration`))],
    ]
    const refusedBy = this.#firstRefusal(guards)
    if (refusedBy) return { ok: false, refusal: refusedBy }

    const version = this.#on('PC-44') ? await this.#consumerVersion(connection.origin) : accepted(connection.appVersion)
    if (!version.ok) return version
    if (this.#on('PC-31')) {
      const roles = await this.#consumers.rolesOf(connection.origin, contact.userName)
      if (!roles.ok) return roles
      if (!roles.value.includes(ADMIN_ROLE)) {
        return refused('contact-not-consumer-admin', `${contact.userName} is not an admin user in ${connection.origin}`)
      }
    }
    this.#apply(connection, 'ChecksPassed')
    if (this.#on('PC-32')) this.#apply(connection, 'RegistrationCompleted')
    if (version.value !== undefined) connection.appVersion = version.value
    connection.onboardedAt = this.options.clock.now()
    if (this.#on('PC-34')) connection.tokenUsed = true
    return accepted(this.#card(connection))
  }

  // The rules, and what they rest on.

  #on(requirement: string): boolean {
    return !this.options.faults.has(requirement)
  }

  #firstRefusal(guards: readonly Guard[]): Refusal | undefined {
    for (const [requirement, check] of guards) {
      const found = this.#on(requirement) ? check() : undefined
      if (found) return found
    }
    return undefined
  }

  /** PC-04: the acting user exists and holds the admin role. */
  #admin(actorInput: unknown): Outcome<StoredUser> {
    const actor = parseInput(Actor, actorInput)
    if (!actor.ok) return actor
    const user = [...this.#users.values()].find((candidate) => candidate.userName === actor.value.userName)
    if (!user) return refused('unknown-user', `no user is named ${actor.value.userName}`)
    if (this.#on('PC-04') && !user.roles.includes(ADMIN_ROLE)) {
      return refused('not-admin', `${user.userName} does not hold the admin role`)
    }
    return accepted(user)
  }

  /** PC-40..PC-43: the consumer's Service Exchange release, read from the instance itself. */
  async #consumerVersion(origin: string): Promise<Outcome<string | undefined>> {
    const read = await this.#consumers.serviceExchangeVersion(origin)
    if (!read.ok) {
      const requirement = { 'version-malformed': 'PC-41', 'consumer-app-missing': 'PC-42' }[read.refusal.code as string] ?? 'PC-43'
      return this.#on(requirement) ? read : accepted(undefined)
    }
    const version = read.value
    const oldEnough = this.#on('PC-40:lexical')
      ? isAtLeast(version, MINIMUM_CONSUMER_VERSION)
      : formatVersion(version) >= formatVersion(MINIMUM_CONSUMER_VERSION)
    if (this.#on('PC-40') && !oldEnough) {
      return refused('version-too-old', `${origin} runs Service Exchange ${formatVersion(version)}; ${formatVersion(MINIMUM_CONSUMER_VERSION)} or later is required`)
    }
    return accepted(formatVersion(version))
  }

  /** PC-20, PC-21: the registration URL goes to the contact only when email notifications are on. */
  async #sendRegistrationUrl(connection: StoredConnection): Promise<void> {
    const emailOn = this.#on('PC-21') ? this.#emailNotifications : true
    if (!emailOn || !this.#on('PC-20')) return
    const contact = this.#users.get(connection.contactId)!
    await this.#mail.send({
      to: contact.email,
      subject: `Complete your Service Exchange registration with ${this.#providerRecord}`,
      text: [
        `Hello ${contact.firstName},`,
        `${this.#providerRecord} has invited ${this.#companies.get(connection.companyId)!.name} to connect through Service Exchange.`,
        `Sign in to ${connection.origin} as an admin and open this registration URL to complete the registration:`,
        this.#registrationUrl(connection),
      ].join('\n\n'),
    })
  }

  /** PC-02, PC-03: a fresh token from the CSPRNG for every connection. */
  #newToken(): string {
    this.#issuedTokens += 1
    if (!this.#on('PC-03')) return `t${this.#issuedTokens}`
    if (!this.#on('PC-02') && this.#connections[0]) return this.#connections[0].token
    return newRegistrationToken()
  }

  #registrationUrl(connection: StoredConnection): string {
    return `${this.options.baseUrl}${REGISTRATION_PATH}${connection.token}`
  }

  #connectionOf(registrationUrl: unknown): StoredConnection | undefined {
    if (typeof registrationUrl !== 'string' || !URL.canParse(registrationUrl)) return undefined
    const url = new URL(registrationUrl)
    if (url.origin !== new URL(this.options.baseUrl).origin || !url.pathname.startsWith(REGISTRATION_PATH)) return undefined
    const token = url.pathname.slice(REGISTRATION_PATH.length)
    return this.#connections.find((connection) => connection.token === token)
  }

  /** Moves the card as the workflow table says; an event the table has no row for leaves it where it is. */
  #apply(connection: StoredConnection, event: CardEvent): void {
    connection.state = nextCardState(connection.state, event) ?? connection.state
  }

  #card(connection: StoredConnection): ConnectionCard {
    return {
      number: connection.number,
      company: this.#companies.get(connection.companyId)!.name,
      instanceUrl: connection.origin,
      state: connection.state,
      ...(connection.appVersion !== undefined ? { appVersion: connection.appVersion } : {}),
      ...(connection.state !== 'Onboarded' ? { registrationUrl: this.#registrationUrl(connection) } : {}),
    }
  }
}

/** A record identifier in the platform's style: 32 hex digits. */
const newId = (): string => randomUUID().replaceAll('-', '')
