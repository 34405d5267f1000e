import { KMF_DIAGNOSTICS_ROLES, KmfStatus, type KmfHealth } from '../contract/kmf.schema'
import { PortalSettings } from '../contract/portal.schema'
import {
  NewCompany,
  NewProviderRecord,
  NewUser,
  type Created,
  type ProviderRecord,
  type ProviderRecordForm,
} from '../contract/provider-setup.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { Release } from '../requirements/requirement.schema'
import type { VirtualClock } from './clock'
import { LEGACY_OPERATIONS, LegacyOnboarding } from './legacy-onboarding'
import { ConsumerInstanceClient } from './consumer-instance.client'
import { AUTHORIZED_USER_OPERATIONS, AuthorizedUsers } from './authorized-users'
import { ConsumerWizard, REGISTRATION_PAGE_OPERATIONS } from './consumer-wizard'
import type { Faults } from '../run/faults'
import { MailClient } from './mail.client'
import { PreOnboardingSuite } from './pre-onboarding.checks'
import { signedInUser } from './provider-admin'
import { startingFrom, type StartingSettings } from '../contract/starting-settings'
import { newId, ProviderStore } from './provider-store'
import { RegistrationMail } from './registration-mail'
import { REGISTRATION_TASK_OPERATIONS, RegistrationTasks } from './registration-tasks'
import { PROVIDER_CENTER_OPERATIONS, ProviderCenter } from './provider-center'
import { setUpProviderRecord, viewProviderRecord } from './provider-record'
import { RegistrationUrls } from './registration-url'
import { refusal, Rules } from './rules'
import { CONSUMER_PORTAL_OPERATIONS, ConsumerPortal } from './portal/consumer-portal'
import { CUSTOMER_PORTAL_OPERATIONS, CustomerPortal } from './portal/customer-portal'
import { PortalConfiguration } from './portal/portal-configuration'
import type { ImplementationParts } from '../run/implementation-parts'
import type { Readings } from '../run/readings'
import type { VerbName } from '../contract/operations'
import { servedBy, type Operation, type PartOperations } from './call'

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
  /**
   * How the setup switches start, where not as the reference starts them (to show that no scenario relies on a
   * default).
   */
  startsWith?: Partial<StartingSettings>
  /** What it does where the documents leave a choice, when not the reference's own readings (prove-fairness). */
  readings?: Readings
  /** Parts supplied in place of the reference's own: a fault's (prove-faults), handed in when it is put together. */
  parts?: Partial<ImplementationParts>
}

/**
 * The provider's side of Service Exchange onboarding, with the consumer's registration page it serves: the reference
 * every other implementation is measured against. Every refusal is a value and leaves the records as they were.
 */
export class ProviderInstance {
  readonly #store: ProviderStore
  readonly #rules: Rules
  readonly #mail: RegistrationMail
  /** The consumer's registration page. */
  readonly wizard: ConsumerWizard
  /** The consumer's authorized users. */
  readonly authorizedUsers: AuthorizedUsers
  /** Registration tasks, the classic path. */
  readonly tasks: RegistrationTasks
  /** Legacy Service Bridge onboarding (S2): the provider instance, then the customer instance. */
  readonly legacy: LegacyOnboarding
  readonly #portals: PortalConfiguration
  /** The Provider Center: connections, their cards and details, settings, authorized users, off-boarding. */
  readonly providerCenter: ProviderCenter
  /** Self-registration on the Consumer Service Portal (/csp). */
  readonly consumerPortal: ConsumerPortal
  /** Self-registration on the CSM customer portal. */
  readonly customerPortal: CustomerPortal
  /**
   * Every operation of the contract, as the reference server routes it and the in-process driver calls it: each part
   * serves its own (its table beside its rules), the instance serves setup, the provider record and KMF diagnostics.
   */
  readonly operations: Record<VerbName, Operation>

  /** The Service Exchange release the instance runs, which some screens differ by. */
  get release(): Release {
    return this.options.release
  }

  constructor(private readonly options: ProviderInstanceOptions) {
    const start = startingFrom(options.startsWith)
    this.#store = new ProviderStore(start)
    const outbound = { fetch: options.fetch, timeoutMs: options.outboundTimeoutMs }
    const store = this.#store
    const rules = (this.#rules = new Rules(options.faults, options.readings, options.parts))
    const urls = new RegistrationUrls(options.baseUrl, rules.readings.tokenLinks)
    const consumers = new ConsumerInstanceClient({
      ...outbound,
      tableQuery: rules.readings.tableQuery,
    })
    const suite = new PreOnboardingSuite(store, consumers, rules, options.baseUrl)
    const mail = new MailClient({ ...outbound, gatewayUrl: options.mailGatewayUrl })
    this.#mail = new RegistrationMail(store, mail, urls)
    const center = (this.providerCenter = new ProviderCenter({
      store,
      rules,
      consumers,
      urls,
      mail: this.#mail,
      clock: options.clock,
      release: options.release,
    }))
    // The registration URL's mail obeys the switch by its own rules (PC-21, TASK-11); whether the rest does is free
    // (FREE-15).
    const otherMail = new MailClient({
      ...outbound,
      gatewayUrl: options.mailGatewayUrl,
      sendsWhile: rules.readings.otherMailSends(() => store.emailNotifications),
    })
    this.legacy = new LegacyOnboarding({ store, rules, consumers, mail: otherMail, baseUrl: options.baseUrl })
    const common = { store, rules, suite, urls, clock: options.clock, release: options.release }
    this.tasks = new RegistrationTasks({ ...common, mail: this.#mail, newToken: () => center.newToken() })
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
    this.wizard = new ConsumerWizard({
      ...common,
      consumers,
      consumerVersion: (origin) => center.consumerVersion(origin),
      onboarded: (registration) => {
        this.authorizedUsers.registered(registration)
        if (registration.kind === 'task') this.tasks.completed(registration)
      },
    })
    this.authorizedUsers = new AuthorizedUsers({ store, rules, consumers, wizard: this.wizard })
    this.operations = this.#operationsOfParts(center)
  }

  // Setup: the records a scenario starts from. The kit sends setup only valid input, so its refusals are checked
  // over HTTP by reference-server.test.ts and hardening.test.ts, which mutation testing does not run.

  /** Creates the provider record (NEWPROV). */
  createProviderRecord(input: NewProviderRecord): Outcome<Created> {
    this.#store.providerRecord = input.name
    return accepted({ id: input.name })
  }

  /** The provider admin sets up the provider record (NEWPROV, PR-01 to PR-03). */
  setUpProviderRecord(actorInput: unknown, input: ProviderRecordForm): Outcome<ProviderRecord> {
    return setUpProviderRecord(this.#store, this.#rules, actorInput, input)
  }

  /** The provider record, to a signed-in user of the instance; refused while none is set up. */
  viewProviderRecord(actorInput: unknown): Outcome<ProviderRecord> {
    return viewProviderRecord(this.#store, this.#rules, actorInput)
  }

  /** Removes the provider record, as an instance clone that excludes it does (service-bridge-v2-cloning). */
  removeProviderRecord(): void {
    this.#store.providerRecord = undefined
  }

  /** Adds a company (account) to the provider instance. */
  addCompany(input: NewCompany): Outcome<Created> {
    const id = newId()
    this.#store.companies.set(id, input)
    return accepted({ id })
  }

  /** Adds a user, optionally a contact of a company. */
  addUser(input: NewUser): Outcome<Created> {
    const { userName, companyId } = input
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (this.#store.userNamed(userName)) return refused('user-name-taken', `a user named ${userName} already exists`)
    // Stryker disable next-line all: setup input, which the kit always sends valid (see Setup)
    if (companyId !== undefined && !this.#store.companies.has(companyId)) {
      return refused('company-not-found', `no company has the identifier ${companyId}`)
    }
    const id = newId()
    this.#store.users.set(id, { ...input, id })
    return accepted({ id })
  }

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
  setKmfStatus(status: KmfStatus): Outcome<KmfHealth> {
    this.#store.kmf = status
    return accepted(this.#kmfHealth())
  }

  /** Configures the portals: their platform release and the external user registration properties. */
  configurePortals(input: PortalSettings): Outcome<void> {
    this.#portals.apply(input)
    return accepted(undefined)
  }

  /** Creates the producer replication set of the legacy provider (S2, Before you begin). */
  createProducerReplicationSet(): void {
    this.#store.producerReplicationSet = true
  }

  /** Moves the instance's clock forward and runs the background jobs that fell due. */
  async advanceClock(minutes: number): Promise<Outcome<{ now: string }>> {
    this.options.clock.advance(minutes * 60_000)
    await this.tasks.runDueScans()
    return accepted({ now: this.options.clock.now().toISOString() })
  }

  /** Every operation of the contract, each served by its part. */
  #operationsOfParts(center: ProviderCenter): Record<VerbName, Operation> {
    const asRead = this.#rules.parts.requestAsRead
    return {
      ...servedBy(this, PROVIDER_INSTANCE_OPERATIONS, asRead),
      ...servedBy(center, PROVIDER_CENTER_OPERATIONS, asRead),
      ...servedBy(this.tasks, REGISTRATION_TASK_OPERATIONS, asRead),
      ...servedBy(this.legacy, LEGACY_OPERATIONS, asRead),
      ...servedBy(this.wizard, REGISTRATION_PAGE_OPERATIONS, asRead),
      ...servedBy(this.authorizedUsers, AUTHORIZED_USER_OPERATIONS, asRead),
      ...servedBy(this.consumerPortal, CONSUMER_PORTAL_OPERATIONS, asRead),
      ...servedBy(this.customerPortal, CUSTOMER_PORTAL_OPERATIONS, asRead),
    }
  }

  // KMF diagnostics.

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

  // What the rules rest on.

  #kmfHealth(): KmfHealth {
    // KMF-02: only Operational is healthy.
    const healthy = this.#rules.parts.kmfHealthy(this.#store.kmf)
    return { status: this.#store.kmf, healthy }
  }
}

/** The operations the instance serves itself: setup, the provider record and KMF diagnostics. */
const PROVIDER_INSTANCE_OPERATIONS = {
  createProviderRecord: (provider, { body }) => provider.createProviderRecord(body),
  removeProviderRecord: (provider) => provider.removeProviderRecord(),
  addCompany: (provider, { body }) => provider.addCompany(body),
  addUser: (provider, { body }) => provider.addUser(body),
  setEmailNotifications: (provider, { body }) => provider.setEmailNotifications(body.on),
  setProductionInstance: (provider, { body }) => provider.setProductionInstance(body.on),
  setKmfStatus: (provider, { body }) => provider.setKmfStatus(body.status),
  createProducerReplicationSet: (provider) => provider.createProducerReplicationSet(),
  advanceClock: (provider, { body }) => provider.advanceClock(body.minutes),
  configurePortals: (provider, { body }) => provider.configurePortals(body),
  setUpProviderRecord: (provider, { actor, body }) => provider.setUpProviderRecord(actor, body),
  viewProviderRecord: (provider, { actor }) => provider.viewProviderRecord(actor),
  viewKmfHealth: (provider, { actor }) => provider.viewKmfHealth(actor),
} satisfies PartOperations<ProviderInstance>
