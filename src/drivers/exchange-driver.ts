import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { AuthorizedUser, AuthorizedUserDecision } from '../contract/authorized-user.schema'
import type {
  ConnectionCard,
  ConnectionDetails,
  ConnectionRequest,
  ConnectionSettings,
  Offboarded,
  OffboardRequest,
  ProviderSettingsChange,
} from '../contract/connection.schema'
import type {
  CustomerIntegration,
  LegacyRegistrationRequest,
  RegistrationCase,
  SubscriptionDecision,
} from '../contract/legacy.schema'
import type { KmfHealth, KmfStatus } from '../contract/kmf.schema'
import type { CheckName } from '../contract/pre-onboarding.schema'
import type {
  Created,
  NewCompany,
  NewProviderRecord,
  NewUser,
  ProviderRecord,
  ProviderRecordForm,
} from '../contract/provider-setup.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import type { RegistrationTask } from '../contract/registration-task.schema'
import type {
  ConsumerAccount,
  ConsumerSignUp,
  CustomerRegistrationDecision,
  CustomerRegistrationForm,
  CustomerRegistrationRequest,
  PortalHome,
  PortalSettings,
  PortalSignIn,
} from '../contract/portal.schema'

/**
 * The records a scenario starts from, set up on the target before the parties act (Pact's provider states). Every
 * scenario creates its own parties, so a target never has to be reset between scenarios.
 */
export interface ProviderSetup {
  createProviderRecord(record: NewProviderRecord): Promise<Outcome<Created>>
  /** The provider record is gone, as after an instance clone that excluded it. */
  removeProviderRecord(): Promise<void>
  addCompany(company: NewCompany): Promise<Outcome<Created>>
  addUser(user: NewUser): Promise<Outcome<Created>>
  setEmailNotifications(on: boolean): Promise<void>
  setProductionInstance(on: boolean): Promise<void>
  setKmfStatus(status: KmfStatus): Promise<Outcome<KmfHealth>>
  /** The legacy provider's producer replication set (S2). */
  createProducerReplicationSet(): Promise<void>
  /** Moves the target's clock forward, running whatever falls due in the meantime. */
  advanceClock(minutes: number): Promise<Outcome<{ now: string }>>
  /** The portals' platform release and external user registration properties. */
  configurePortals(settings: PortalSettings): Promise<void>
}

/** Everything an implementation of Service Exchange onboarding must let a party do. */
export interface ExchangeDriver extends ProviderSetup {
  /** How reports name the implementation under test. */
  readonly target: string

  // The provider admin, setting the instance up once (NEWPROV).
  setUpProviderRecord(actor: Actor, form: ProviderRecordForm): Promise<Outcome<ProviderRecord>>
  viewProviderRecord(actor: Actor): Promise<Outcome<ProviderRecord>>

  // The provider admin, in the Provider Center.
  createConnection(actor: Actor, request: ConnectionRequest): Promise<Outcome<ConnectionCard>>
  listConnections(actor: Actor): Promise<Outcome<ConnectionCard[]>>
  viewConnectionDetails(actor: Actor, connectionNumber: string): Promise<Outcome<ConnectionDetails>>
  offboardConsumer(actor: Actor, connectionNumber: string, request: OffboardRequest): Promise<Outcome<Offboarded>>
  listAuthorizedUsers(actor: Actor, connectionNumber: string): Promise<Outcome<AuthorizedUser[]>>
  decideAuthorizedUser(
    actor: Actor,
    connectionNumber: string,
    decision: AuthorizedUserDecision,
  ): Promise<Outcome<AuthorizedUser>>
  changeConnectionSettings(
    actor: Actor,
    connectionNumber: string,
    change: ProviderSettingsChange,
  ): Promise<Outcome<ConnectionSettings>>

  // The provider admin, on the classic path.
  createRegistrationTask(actor: Actor, request: ConnectionRequest): Promise<Outcome<RegistrationTask>>
  listRegistrationTasks(actor: Actor): Promise<Outcome<RegistrationTask[]>>
  viewRegistrationTask(actor: Actor, taskNumber: string): Promise<Outcome<RegistrationTask>>
  viewKmfHealth(actor: Actor): Promise<Outcome<KmfHealth>>

  // Legacy Service Bridge onboarding (S2): the provider admin, then the customer admin, signed in to the customer
  // instance.
  submitServiceBridgeRegistration(actor: Actor, request: LegacyRegistrationRequest): Promise<Outcome<RegistrationCase>>
  viewRegistrationCase(actor: Actor, caseNumber: string): Promise<Outcome<RegistrationCase>>
  decideSubscription(
    actor: Actor,
    caseNumber: string,
    decision: SubscriptionDecision,
  ): Promise<Outcome<RegistrationCase>>
  createProviderRecordInCustomerInstance(
    actor: ConsumerUser,
    customerInstanceUrl: string,
  ): Promise<Outcome<CustomerIntegration>>
  activateReplicationSet(actor: ConsumerUser, customerInstanceUrl: string): Promise<Outcome<CustomerIntegration>>
  viewCustomerIntegration(actor: ConsumerUser, customerInstanceUrl: string): Promise<Outcome<CustomerIntegration>>

  // The consumer contact, signed in to the consumer instance, on the page a registration URL opens.
  openRegistrationUrl(actor: ConsumerUser, registrationUrl: string): Promise<Outcome<RegistrationPage>>
  getStarted(actor: ConsumerUser, registrationUrl: string): Promise<Outcome<RegistrationPage>>
  validateAndResolve(actor: ConsumerUser, registrationUrl: string, check: CheckName): Promise<Outcome<RegistrationPage>>
  startRegistration(actor: ConsumerUser, registrationUrl: string): Promise<Outcome<RegistrationPage>>
  addAuthorizedUser(actor: ConsumerUser, registrationUrl: string, userName: string): Promise<Outcome<AuthorizedUser>>
  setAuthorizedUserActive(
    actor: ConsumerUser,
    registrationUrl: string,
    id: string,
    active: boolean,
  ): Promise<Outcome<AuthorizedUser>>
  configureSettings(
    actor: ConsumerUser,
    registrationUrl: string,
    settings: ConnectionSettings,
  ): Promise<Outcome<ConnectionSettings>>

  // A visitor of the Consumer Service Portal, who signs up and verifies their address (CSP).
  viewConsumerPortal(): Promise<Outcome<PortalHome>>
  signUpToConsumerPortal(form: ConsumerSignUp): Promise<Outcome<ConsumerAccount>>
  followVerificationLink(link: string): Promise<Outcome<ConsumerAccount>>
  signInToConsumerPortal(credentials: PortalSignIn): Promise<Outcome<ConsumerAccount>>

  // A visitor of the CSM customer portal, then a customer admin of the account (CSMREG).
  viewCustomerPortal(): Promise<Outcome<PortalHome>>
  submitCustomerRegistration(form: CustomerRegistrationForm): Promise<Outcome<CustomerRegistrationRequest>>
  listCustomerRegistrations(actor: Actor): Promise<Outcome<CustomerRegistrationRequest[]>>
  decideCustomerRegistration(
    actor: Actor,
    requestNumber: string,
    decision: CustomerRegistrationDecision,
  ): Promise<Outcome<CustomerRegistrationRequest>>
}

/** A verb of the port: every member of the driver but its name. */
type Verb = Exclude<keyof ExchangeDriver, 'target'>

/** How an adapter carries out each verb, given what carries it (the reference, a contract client, the screens). */
export type VerbTable<Carrier> = {
  [V in Verb]: (carrier: Carrier, ...args: Parameters<ExchangeDriver[V]>) => ReturnType<ExchangeDriver[V]>
}

/** The verbs of a table, each bound to the one carrier that carries them out. */
export function boundVerbs<Carrier>(table: Partial<VerbTable<Carrier>>, carrier: Carrier): Partial<ExchangeDriver> {
  return Object.fromEntries(
    Object.entries(table).map(([verb, call]) => [
      verb,
      (...args: unknown[]) => (call as (carrier: Carrier, ...rest: unknown[]) => unknown)(carrier, ...args),
    ]),
  )
}
