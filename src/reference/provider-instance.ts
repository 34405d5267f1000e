import {
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
import type { CustomerIntegration, RegistrationCase } from '../contract/legacy.schema'
import { KMF_DIAGNOSTICS_ROLES, KmfStatus, type KmfHealth } from '../contract/kmf.schema'
import { parseInput } from '../contract/parse-input'
import { PortalSettings } from '../contract/portal.schema'
import {
  NewCompany,
  NewProviderRecord,
  NewUser,
  ProviderRecordForm,
  type Created,
  type ProviderRecord,
} from '../contract/provider-setup.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import type { RegistrationTask } from '../contract/registration-task.schema'
import type { Release } from '../requirements/requirement.schema'
import type { VirtualClock } from './clock'
import { initialCardState } from '../spec/connection-card.workflow'
import { LegacyOnboarding } from './legacy-onboarding'
import { ConsumerInstanceClient } from './consumer-instance.client'
import { maxOnlyWhileRestricted, NEW_SETTINGS, TICKED_SETTINGS } from './connection-settings'
import { AuthorizedUsers } from './authorized-users'
import { ConsumerWizard } from './consumer-wizard'
import type { ReferenceChoices } from '../spec/choices'
import type { Faults } from '../run/faults'
import { MailClient } from './mail.client'
import { PreOnboardingSuite } from './pre-onboarding.checks'
import { actingAdmin, sbAdminGuard, signedInUser } from './provider-admin'
import type { StorageBudget } from './storage-budget'
import { REFERENCE_STARTING_SETTINGS, type StartingSettings } from '../contract/starting-settings'
import { newId, nextNumber, ProviderStore, type StoredConnection } from './provider-store'
import { RegistrationMail } from './registration-mail'
import { readRequest } from './registration-request'
import { RegistrationTasks } from './registration-tasks'
import { newRegistrationToken } from './registration-token'
import { RegistrationUrls } from './registration-url'
import { refusal, Rules, type Guard } from './rules'
import { ConsumerPortal } from './portal/consumer-portal'
import { CustomerPortal } from './portal/customer-portal'
import { PortalConfiguration } from './portal/portal-configuration'
import { formatVersion, MINIMUM_CONSUMER_VERSION } from './service-exchange-version'
import type { RequirementId } from '../requirements/catalog'
import type { ImplementationParts } from '../spec/parts'

/** What a provider instance needs from the world around it. */
export type ProviderInstanceOptions = {
  /** Where the provider instance is reached; registration URLs start with it. */
  baseUrl: string
  mailGatewayUrl: string
  fetch: typeof fetch
  clock: VirtualClock
  /** Which release's behaviour the instance has (CT-australia, CT-brazil). */
  release: Release
  /** How long to wait for a consumer instance or the mail gateway. */
  outboundTimeoutMs: number
  faults: Faults
  /** What the records of all the instances of a server may hold together; no limit when not given. */
  storage?: StorageBudget
  /**
   * How the setup switches start, where not as the reference starts them (to show that no scenario relies on a
   * default).
   */
  startsWith?: Partial<StartingSettings>
  /** Another reading where the documents leave a choice (prove-fairness). */
  choices?: Partial<ReferenceChoices>
  /** Parts supplied in place of the reference's own: a fault's (prove-faults), handed in when it is put together. */
  parts?: Partial<ImplementationParts>
}

/**
 * The provider's side of Service Exchange onboarding, with the consumer's registration page it serves: the
 * reference every other implementation is measured against. Every refusal is a value and leaves the records
 * as they were.
 */
export class ProviderInstance {
  readonly #store: ProviderStore
  readonly #rules: Rules
  readonly #consumers: ConsumerInstanceClient
  readonly #mail: RegistrationMail
  readonly #wizard: ConsumerWizard
  readonly #authorized: AuthorizedUsers
  readonly #tasks: RegistrationTasks
  readonly #urls: RegistrationUrls
  readonly #legacy: LegacyOnboarding
  readonly #portals: PortalConfiguration
  /** Self-registration on the Consumer Service Portal (/csp). */
  readonly consumerPortal: ConsumerPortal
  /** Self-registration on the CSM customer portal. */
  readonly customerPortal: CustomerPortal
  #issuedTokens = 0

  /** The Service Exchange release the instance runs, which some screens differ by. */
  get release(): Release {
    return this.options.release
  }

  constructor(private readonly options: ProviderInstanceOptions) {
    // every scenario sets each setup switch it relies on, so none relies on how they start (FREE-01 to FREE-05)
    // Stryker disable next-line ObjectLiteral: for the reason above
    const start = { ...REFERENCE_STARTING_SETTINGS, ...options.startsWith }
    this.#store = new ProviderStore(start, options.storage)
    const outbound = { fetch: options.fetch, timeoutMs: options.outboundTimeoutMs }
    const store = this.#store
    const rules = (this.#rules = new Rules(options.faults, options.choices, options.parts))
    const urls = (this.#urls = new RegistrationUrls(options.baseUrl, { placement: rules.choices.tokenPlacement }))
    const consumers = (this.#consumers = new ConsumerInstanceClient({
      ...outbound,
      queries: rules.choices.tableQueries,
    }))
    const suite = new PreOnboardingSuite(store, consumers, rules, options.baseUrl)
    const mail = new MailClient({ ...outbound, gatewayUrl: options.mailGatewayUrl })
    this.#mail = new RegistrationMail(store, mail, urls)
    // The registration URL's mail obeys the switch by its own rules (PC-21, TASK-11); whether the rest does is free
    // (FREE-15).
    // either scope is conforming (FREE-15), and npm run prove-fairness runs both
    // Stryker disable ConditionalExpression,StringLiteral: for the reason above
    const otherMail =
      rules.choices.emailSwitchScope === 'all mail'
        ? new MailClient({
            ...outbound,
            gatewayUrl: options.mailGatewayUrl,
            sendsWhile: () => store.emailNotifications,
          })
        : mail
    // Stryker restore ConditionalExpression,StringLiteral
    this.#legacy = new LegacyOnboarding({ store, rules, consumers, mail: otherMail, baseUrl: options.baseUrl })
    const common = { store, rules, suite, urls, clock: options.clock, release: options.release }
    this.#tasks = new RegistrationTasks({ ...common, mail: this.#mail, newToken: () => this.#newToken() })
    this.#portals = new PortalConfiguration(options.release, start, rules)
    this.consumerPortal = new ConsumerPortal({
      store,
      rules,
      mail: otherMail,
      config: this.#portals,
      clock: options.clock,
      baseUrl: options.baseUrl,
    })
    this.customerPortal = new CustomerPortal({ store, rules, mail: otherMail })
    this.#wizard = new ConsumerWizard({
      ...common,
      consumers,
      consumerVersion: (origin) => this.#consumerVersion(origin),
      onboarded: (registration) => {
        this.#authorized.registered(registration)
        if (registration.kind === 'task') this.#tasks.completed(registration)
      },
    })
    this.#authorized = new AuthorizedUsers({ store, rules, wizard: this.#wizard })
  }

  // Setup: the records a scenario starts from. The kit sends setup only valid input, so its refusals are checked
  // over HTTP by reference-server.test.ts and hardening.test.ts, which mutation testing does not run.

  /** Creates the provider record (NEWPROV). */
  createProviderRecord(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewProviderRecord, input)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (!parsed.ok) return parsed
    this.#store.providerRecord = parsed.value.name
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    return accepted({ id: parsed.value.name })
  }

  /**
   * The provider admin sets up the provider record (NEWPROV): a user holding admin and sn_sb.admin, once, under a
   * name of letters, digits and dashes.
   */
  setUpProviderRecord(actorInput: unknown, input: unknown): Outcome<ProviderRecord> {
    const signedIn = signedInUser(this.#store, this.#rules, actorInput)
    if (!signedIn.ok) return signedIn
    const form = parseInput(ProviderRecordForm, input)
    // a request outside its schema, which no scenario sends; npm test's fuzz (src/cli/fuzz.test.ts) sends 10,000 and
    // fails any 5xx or change a refusal makes
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (!form.ok) return form
    const { name } = form.value
    const refusedBy = this.#rules.firstRefusal([
      // Stryker disable next-line StringLiteral: prose, which a fair kit never asserts
      sbAdminGuard('PR-01', signedIn.value, this.#rules, 'setting up the provider record'),
      [
        'PR-02',
        () =>
          this.#store.providerRecord === undefined
            ? undefined
            : refusal('provider-record-exists', 'the provider record is set up already, once for the instance'),
      ],
      [
        'PR-03',
        () =>
          this.#rules.parts.providerName(name)
            ? undefined
            : refusal('provider-name-invalid', 'a provider name holds only letters, digits and dashes'),
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    this.#store.providerRecord = name
    return accepted({ name })
  }

  /** The provider record, to a signed-in user of the instance; refused while none is set up. */
  viewProviderRecord(actorInput: unknown): Outcome<ProviderRecord> {
    const signedIn = signedInUser(this.#store, this.#rules, actorInput)
    if (!signedIn.ok) return signedIn
    const name = this.#store.providerRecord
    return name === undefined
      ? refused('provider-record-missing', 'the provider has not set up its provider record')
      : accepted({ name })
  }

  /** Removes the provider record, as an instance clone that excludes it does (service-bridge-v2-cloning). */
  removeProviderRecord(): void {
    this.#store.providerRecord = undefined
  }

  /** Adds a company (account) to the provider instance. */
  addCompany(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewCompany, input)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (!parsed.ok) return parsed
    const room = this.#store.admitRecord(parsed.value)
    if (!room.ok) return room
    const id = newId()
    this.#store.companies.set(id, parsed.value)
    return accepted({ id })
  }

  /** Adds a user, optionally a contact of a company. */
  addUser(input: unknown): Outcome<Created> {
    const parsed = parseInput(NewUser, input)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (!parsed.ok) return parsed
    const { userName, companyId } = parsed.value
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (this.#store.userNamed(userName)) return refused('invalid-request', `a user named ${userName} already exists`)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (companyId !== undefined && !this.#store.companies.has(companyId)) {
      return refused('company-not-found', `no company has the identifier ${companyId}`)
    }
    const room = this.#store.admitRecord(parsed.value)
    if (!room.ok) return room
    const id = newId()
    this.#store.users.set(id, { ...parsed.value, id })
    return accepted({ id })
  }

  /** What the records of this instance cost the server's storage budget. */
  // the reference server's storage budget: it keeps a shared server within its memory, is no documented rule, and
  // hardening.test.ts fills it
  // Stryker disable all: for the reason above
  get storedBytes(): number {
    return this.#store.storedBytes
  }
  // Stryker restore all

  /** Whether a user of this instance signs in with this password: how requests over HTTP are authenticated. */
  // only the reference server authenticates by password (in-process, the world names the acting user);
  // reference-server.test.ts checks a wrong password
  // Stryker disable all: for the reason above
  signsIn(userName: string, password: string): boolean {
    return this.#store.userNamed(userName)?.password === password
  }
  // Stryker restore all

  /** Turns outbound email notifications on or off. */
  setEmailNotifications(on: boolean): void {
    this.#store.emailNotifications = on
  }

  /** Marks the provider instance as a production instance, or not. */
  setProductionInstance(on: boolean): void {
    this.#store.production = on
  }

  /** Sets what the provider instance's KMF diagnostics report. */
  setKmfStatus(input: unknown): Outcome<KmfHealth> {
    const status = parseInput(KmfStatus, input)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (!status.ok) return status
    this.#store.kmf = status.value
    return accepted(this.#kmfHealth())
  }

  /** Configures the portals: their platform release and the external user registration properties. */
  configurePortals(input: unknown): Outcome<void> {
    const settings = parseInput(PortalSettings, input)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (!settings.ok) return settings
    this.#portals.apply(settings.value)
    return accepted(undefined)
  }

  /** Creates the producer replication set of the legacy provider (S2, Before you begin). */
  createProducerReplicationSet(): void {
    this.#store.producerReplicationSet = true
  }

  /** Moves the instance's clock forward and runs the background jobs that fell due. */
  async advanceClock(minutes: unknown): Promise<Outcome<{ now: string }>> {
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      return refused('invalid-request', 'minutes: a number of minutes, zero or more')
    }
    this.options.clock.advance(minutes * 60_000)
    await this.#tasks.runDueScans()
    return accepted({ now: this.options.clock.now().toISOString() })
  }

  // The Provider Center.

  /** A provider admin creates a connection for a consumer company (S0). */
  async createConnection(actorInput: unknown, input: unknown): Promise<Outcome<ConnectionCard>> {
    const store = this.#store
    const admin = actingAdmin(store, this.#rules, 'PC-04', actorInput)
    if (!admin.ok) return admin
    const parsed = this.#rules.on('PC-08') ? parseInput(ConnectionRequest, input) : accepted(input as ConnectionRequest)
    if (!parsed.ok) return parsed
    const { request, origin, company, preconditions } = readRequest(
      store,
      parsed.value,
      {
        providerRecord: 'PC-05',
        company: 'PC-06',
        contact: 'PC-07',
        instanceUrl: 'PC-09',
      },
      this.#rules.choices.urlExtras,
    )
    const existing = store.connections
    const noDuplicate: Guard[] = [
      [
        'PC-10',
        () =>
          existing.some((c) => c.companyId === request.companyId && this.#rules.companyHolds(c.origin, origin))
            ? refusal('connection-exists', `${company?.name} already has a connection for ${origin}`)
            : undefined,
      ],
      // for the same company PC-10 refuses first, except in the reversed refusal order (FREE-08) that npm run
      // prove-fairness runs
      // Stryker disable ConditionalExpression: for the reason above
      [
        'PC-11',
        () =>
          existing.some((c) => c.origin === origin && c.companyId !== request.companyId)
            ? refusal('instance-url-in-use', `${origin} already belongs to the connection of another company`)
            : undefined,
      ],
      // Stryker restore ConditionalExpression
    ]
    const refusedFirst = this.#rules.firstRefusal([...preconditions, ...noDuplicate])
    if (refusedFirst) return { ok: false, refusal: refusedFirst }

    const version = await this.#consumerVersion(origin)
    if (!version.ok) return version
    // Another request for the same instance may have been stored while the consumer instance answered.
    const refusedLate = this.#rules.on('PC-10:checked-before-waiting')
      ? this.#rules.firstRefusal(noDuplicate)
      : undefined
    if (refusedLate) return { ok: false, refusal: refusedLate }
    const room = store.admitRecord(request)
    if (!room.ok) return room
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
      token: this.#newToken(),
      tokenUsed: false,
      createdAt: this.options.clock.now(),
      settings: { ...(this.#rules.on('SET-04') ? NEW_SETTINGS : TICKED_SETTINGS) },
      authorizedUsers: [],
    }
    existing.push(connection)
    // PC-20, PC-21: the registration URL goes to the contact only when email notifications are on.
    const emailOn = this.#rules.on('PC-21') ? store.emailNotifications : true
    if (emailOn && this.#rules.on('PC-20')) await this.#mail.send(connection)
    // false while the rule holds, as in every normal run; npm run prove-faults switches it off
    // Stryker disable ConditionalExpression: for the reason above
    if (emailOn && !this.#rules.on('PC-20:copy-to-admin'))
      await this.#mail.send({ ...connection, contactId: admin.value.id })
    // Stryker restore ConditionalExpression
    return accepted(this.#card(connection))
  }

  /** The Connections tab: every connection card, most recent first. */
  listConnections(actorInput: unknown): Outcome<ConnectionCard[]> {
    const admin = actingAdmin(this.#store, this.#rules, 'PC-04', actorInput)
    if (!admin.ok) return admin
    return accepted(this.#rules.listed(this.#store.connections.map((connection) => this.#card(connection))))
  }

  /** A connection's authorized users, to a provider user holding admin (AUTH-USERS). */
  listAuthorizedUsers(actorInput: unknown, number: unknown): Outcome<AuthorizedUser[]> {
    const connection = this.#connectionForAdmin(actorInput, number, 'AU-02')
    return connection.ok
      ? accepted(connection.value.authorizedUsers.map((authorized) => ({ ...authorized })))
      : connection
  }

  /** The provider admin approves or rejects an authorized user: the approval is the provider's (AU-02). */
  decideAuthorizedUser(actorInput: unknown, number: unknown, input: unknown): Outcome<AuthorizedUser> {
    const connection = this.#connectionForAdmin(actorInput, number, 'AU-02')
    if (!connection.ok) return connection
    const decision = parseInput(AuthorizedUserDecision, input)
    // a request outside its schema, which no scenario sends; npm test's fuzz (src/cli/fuzz.test.ts) sends 10,000 and
    // fails any 5xx or change a refusal makes
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (!decision.ok) return decision
    const authorized = connection.value.authorizedUsers.find((candidate) => candidate.id === decision.value.id)
    if (!authorized)
      return refused(
        'authorized-user-not-found',
        `connection ${String(number)} has no authorized user ${decision.value.id}`,
      )
    authorized.approval = decision.value.approval
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
   * The provider admin updates the Authorized Users tab of a connection's settings (SETTINGS-P): restrict, its
   * maximum and auto approve. The auto-activate settings are the consumer's: the form shows them, and a change
   * to them is refused.
   */
  changeConnectionSettings(actorInput: unknown, number: unknown, input: unknown): Outcome<ConnectionSettings> {
    const found = this.#connectionForAdmin(actorInput, number, 'SET-03')
    if (!found.ok) return found
    const connection = found.value
    const change = parseInput(ProviderSettingsChange, input)
    // a request outside its schema, which no scenario sends; npm test's fuzz (src/cli/fuzz.test.ts) sends 10,000 and
    // fails any 5xx or change a refusal makes
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (!change.ok) return change
    const current = connection.settings
    const {
      autoActivateRrp = current.autoActivateRrp,
      autoActivateRtd = current.autoActivateRtd,
      ...authorizedUsers
    } = change.value
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
   * A provider user holding admin and sn_sb.admin off-boards a consumer (OFF-C): the connection and its records
   * go, so its registration URL opens nothing and the company and instance may be registered again. Its tasks go
   * too only when asked for and confirmed by typing Delete.
   */
  offboardConsumer(actorInput: unknown, number: unknown, input: unknown): Outcome<Offboarded> {
    const signedIn = signedInUser(this.#store, this.#rules, actorInput)
    if (!signedIn.ok) return signedIn
    const request = parseInput(OffboardRequest, input)
    // a request outside its schema, which no scenario sends; npm test's fuzz (src/cli/fuzz.test.ts) sends 10,000 and
    // fails any 5xx or change a refusal makes
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (!request.ok) return request
    const { deleteTasks, typed } = request.value
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
    if (this.#rules.on('OFF-03')) connections.splice(index, 1)
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
        contact: this.#rules.on('PC-33')
          ? { name: `${contact.firstName} ${contact.lastName}`, email: contact.email }
          : { name: '', email: '' },
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

  // Registration tasks (the classic path) and KMF diagnostics.

  /** A provider admin saves a registration task (S1). */
  createRegistrationTask(actorInput: unknown, input: unknown): Promise<Outcome<RegistrationTask>> {
    return this.#tasks.create(actorInput, input)
  }

  /** The list of registration tasks, most recent first. */
  listRegistrationTasks(actorInput: unknown): Outcome<RegistrationTask[]> {
    return this.#tasks.list(actorInput)
  }

  /** The registration task form. */
  viewRegistrationTask(actorInput: unknown, number: unknown): Outcome<RegistrationTask> {
    return this.#tasks.view(actorInput, number)
  }

  /** Key Management > Health (Diagnostics): only for a user with both KMF roles (S1, RD-08). */
  viewKmfHealth(actorInput: unknown): Outcome<KmfHealth> {
    const signedIn = signedInUser(this.#store, this.#rules, actorInput)
    if (!signedIn.ok) return signedIn
    const user = signedIn.value
    const missing = KMF_DIAGNOSTICS_ROLES.filter((role) => !user.roles.includes(role))
    const refusedBy = this.#rules.firstRefusal([
      [
        'KMF-01',
        () =>
          missing.length === 0
            ? undefined
            : refusal(
                'kmf-roles-missing',
                `${user.userName} lacks ${missing.join(' and ')}, which viewing KMF diagnostics requires`,
              ),
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    return accepted(this.#kmfHealth())
  }

  // Legacy Service Bridge onboarding (S2): the provider instance, then the customer instance.

  /** A provider admin submits the Service Bridge Registration request. */
  submitServiceBridgeRegistration(actorInput: unknown, input: unknown): Promise<Outcome<RegistrationCase>> {
    return this.#legacy.submitRegistration(actorInput, input)
  }

  /** A registration case, with its work notes. */
  viewRegistrationCase(actorInput: unknown, caseNumber: unknown): Outcome<RegistrationCase> {
    return this.#legacy.viewCase(actorInput, caseNumber)
  }

  /** Approve or Reject on the case's Replication Subscription, with the answer to the confirmation dialog. */
  decideSubscription(actorInput: unknown, caseNumber: unknown, decision: unknown): Outcome<RegistrationCase> {
    return this.#legacy.decideSubscription(actorInput, caseNumber, decision)
  }

  /** The customer admin creates a provider record in the customer instance. */
  createProviderRecordInCustomerInstance(
    actorInput: unknown,
    customerInstanceUrl: unknown,
  ): Promise<Outcome<CustomerIntegration>> {
    return this.#legacy.createProviderRecord(actorInput, customerInstanceUrl)
  }

  /** The customer admin activates the replication set. */
  activateReplicationSet(actorInput: unknown, customerInstanceUrl: unknown): Promise<Outcome<CustomerIntegration>> {
    return this.#legacy.activateReplicationSet(actorInput, customerInstanceUrl)
  }

  /** What the customer instance shows of its integration. */
  viewCustomerIntegration(actorInput: unknown, customerInstanceUrl: unknown): Promise<Outcome<CustomerIntegration>> {
    return this.#legacy.viewIntegration(actorInput, customerInstanceUrl)
  }

  // The consumer's registration page.

  /** The consumer contact opens the registration URL. */
  openRegistrationUrl(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    return this.#wizard.open(actorInput, registrationUrl)
  }

  /** Get Started on the registration page: the pre-onboarding checks run. */
  getStarted(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    return this.#wizard.getStarted(actorInput, registrationUrl)
  }

  /** Validate & resolve on one issue of the registration page. */
  validateAndResolve(
    actorInput: unknown,
    registrationUrl: unknown,
    issue: unknown,
  ): Promise<Outcome<RegistrationPage>> {
    return this.#wizard.validateAndResolve(actorInput, registrationUrl, issue)
  }

  /** The consumer's contact adds an authorized user (ADD-AUTH-USER). */
  addAuthorizedUser(actorInput: unknown, input: unknown): Promise<Outcome<AuthorizedUser>> {
    return this.#authorized.add(actorInput, input)
  }

  /** The consumer's contact activates or deactivates an authorized user. */
  setAuthorizedUserActive(actorInput: unknown, input: unknown): Promise<Outcome<AuthorizedUser>> {
    return this.#authorized.setActive(actorInput, input)
  }

  /** The consumer's Configure settings step, after success (CC, steps 4 and 5). */
  configureSettings(
    actorInput: unknown,
    registrationUrl: unknown,
    settings: unknown,
  ): Promise<Outcome<ConnectionSettings>> {
    return this.#wizard.configureSettings(actorInput, registrationUrl, settings)
  }

  /** Start Registration on the registration page. */
  startRegistration(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    return this.#wizard.startRegistration(actorInput, registrationUrl)
  }

  // The rules, and what they rest on.

  /** CT-01, CT-02: Awaiting Validation in Australia, Pending in Brazil. */
  #initialCardState() {
    // An Australia implementation that copied Brazil's card starts in Pending.
    return this.#rules.on('CT-01') ? initialCardState(this.options.release) : initialCardState('brazil')
  }

  /** PC-40..PC-43: the consumer's Service Exchange release, read from the instance itself. */
  async #consumerVersion(origin: string): Promise<Outcome<string | undefined>> {
    const read = await this.#consumers.serviceExchangeVersion(origin)
    if (!read.ok) {
      const requirement: RequirementId =
        ({ 'version-malformed': 'PC-41', 'consumer-app-missing': 'PC-42' } as const)[read.refusal.code as string] ??
        'PC-43'
      return this.#rules.on(requirement) ? read : accepted(undefined)
    }
    const version = read.value
    if (this.#rules.on('PC-40') && !this.#rules.parts.releaseAtLeast(version, MINIMUM_CONSUMER_VERSION)) {
      return refused(
        'version-too-old',
        `${origin} runs Service Exchange ${formatVersion(version)}; ${formatVersion(MINIMUM_CONSUMER_VERSION)} or later is required`,
      )
    }
    return accepted(formatVersion(version))
  }

  /** PC-02, PC-03: a fresh token from the CSPRNG for every registration URL. */
  #newToken(): string {
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
    // Stryker restore OptionalChaining
  }

  #kmfHealth(): KmfHealth {
    // KMF-02: only Operational is healthy.
    const healthy = this.#rules.on('KMF-02') ? this.#store.kmf === 'Operational' : this.#store.kmf !== 'Malfunction'
    return { status: this.#store.kmf, healthy }
  }

  /** RD-01: the card shows the URL when no email carries it; with email on, showing it too is free (FREE-06). */
  #showsRegistrationUrl(): boolean {
    // shown always, or only while email is off: either is conforming (FREE-06), and npm run prove-fairness runs both
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    return this.#rules.choices.registrationUrlOnCard === 'always' || !this.#store.emailNotifications
  }

  /**
   * PC-01: an onboarded connection's card shows the consumer's app version; before that, showing it is free (FREE-18).
   */
  #cardShowsVersion(connection: StoredConnection): connection is StoredConnection & { appVersion: string } {
    // shown from creation or once onboarded: either is conforming (FREE-18), and npm run prove-fairness runs both
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    const due = connection.pageState === 'Onboarded' || this.#rules.choices.cardVersion === 'from creation'
    return this.#rules.on('PC-01') && due && connection.appVersion !== undefined
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
