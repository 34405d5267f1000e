import { randomUUID } from 'node:crypto'
import type { CardState, ConnectionSettings } from '../contract/connection.schema'
import type { KmfStatus } from '../contract/kmf.schema'
import type { InstallationGuidance } from '../contract/mail.schema'
import type { CheckResult } from '../contract/pre-onboarding.schema'
import type { NewCompany, NewUser } from '../contract/provider-setup.schema'
import type { CheckRunOutcome, TaskState } from '../contract/registration-task.schema'
import type { LegacyState } from '../spec/legacy-integration.workflow'
import type { StartingSettings } from '../contract/starting-settings'
import type { AuthorizedUser } from '../contract/authorized-user.schema'

/** A user of the provider instance. */
export type StoredUser = NewUser & { id: string }

/**
 * What the consumer's registration page works on: a connection of the Provider Center, or the link of a registration
 * task. Both carry a single-use token and the page's state and check results.
 */
export type Registration = {
  number: string
  companyId: string
  contactId: string
  origin: string
  /** The token of the registration URL; a task has none until it is Open. */
  token?: string
  tokenUsed: boolean
  /** The state of the consumer's page; for a connection it is the card's state. */
  pageState: CardState
  /** The last pre-onboarding results shown on the page. */
  checks: CheckResult[]
  appVersion?: string
  createdAt: Date
  onboardedAt?: Date
  /** The connection settings the consumer configures after success, and the provider's authorized-user settings. */
  settings: ConnectionSettings
  /**
   * The connection's authorized users: the account's contacts from the first registration on, and those the consumer
   * adds.
   */
  authorizedUsers: AuthorizedUser[]
}

/** A connection of the Provider Center (S0). */
export type StoredConnection = Registration & { kind: 'connection'; token: string }

/** A registration task of the classic path (S1). */
export type StoredTask = Registration & {
  kind: 'task'
  state: TaskState
  /** Checks still failing, shown in the Validation Failed banner. */
  banner: CheckResult[]
  lastCheckRun?: { outcome: CheckRunOutcome; at: Date; reason?: string }
  nextScanAt: Date
  comments: string[]
}

/** A legacy Service Bridge registration (S2): its case on the provider and where the integration stands. */
export type StoredLegacyRegistration = {
  caseNumber: string
  accountId: string
  contactId: string
  origin: string
  state: LegacyState
  subscriptionNumber?: string
  workNotes: string[]
  guidance?: InstallationGuidance
}

/** Every record the provider instance keeps, shared by the parts of the reference. */
export class ProviderStore {
  providerRecord: string | undefined
  readonly companies = new Map<string, NewCompany>()
  readonly users = new Map<string, StoredUser>()
  readonly connections: StoredConnection[] = []
  /** How many connections were ever created: numbers go on after one is off-boarded, never repeating. */
  connectionsNumbered = 0
  /**
   * The consumer instances whose connection was off-boarded. Only a switched-off OFF-04 reads it: a target that takes
   * off-boarding the consumer to have cleared the consumer instance's records as well.
   */
  readonly offboardedOrigins = new Set<string>()
  readonly tasks: StoredTask[] = []
  /** The legacy provider's producer replication set exists (S2, Before you begin). */
  producerReplicationSet = false
  readonly legacy: StoredLegacyRegistration[] = []

  /** The setup switches set so far: one not set yet is as the instance started, read only when it is needed. */
  readonly #switched: { emailNotifications?: boolean; production?: boolean; kmf?: KmfStatus } = {}

  constructor(private readonly start: StartingSettings) {}

  get emailNotifications(): boolean {
    return this.#switched.emailNotifications ?? this.start.emailNotifications
  }
  set emailNotifications(on: boolean) {
    this.#switched.emailNotifications = on
  }

  /** A production instance needs a contact with a valid email address for a registration task (S1, TASK-05). */
  get production(): boolean {
    return this.#switched.production ?? this.start.productionInstance
  }
  set production(on: boolean) {
    this.#switched.production = on
  }

  get kmf(): KmfStatus {
    return this.#switched.kmf ?? this.start.kmfStatus
  }
  set kmf(status: KmfStatus) {
    this.#switched.kmf = status
  }

  userNamed(userName: string): StoredUser | undefined {
    return [...this.users.values()].find((user) => user.userName === userName)
  }

  /** The connection or task whose registration URL carries this token. */
  registrationWithToken(token: string): StoredConnection | StoredTask | undefined {
    const carries = (registration: { token?: string }) => registration.token === token
    return this.connections.find(carries) ?? this.tasks.find(carries)
  }

  companyName(id: string): string {
    return this.companies.get(id)?.name ?? ''
  }

  /** The contact a record names; records are only stored with a contact that exists. */
  contactOf(record: { contactId: string }): StoredUser {
    const contact = this.users.get(record.contactId)
    if (!contact) throw new Error(`a record names the contact ${record.contactId}, which the store does not have`)
    return contact
  }
}

/** A record identifier in the platform's style: 32 hex digits. */
/** The number of a kind's next record: its prefix and seven digits, counted up from 1000001. */
export const nextNumber = (prefix: string, taken: number): string =>
  // counted down, the numbers are just as unique, and their digits are free
  // Stryker disable next-line ArithmeticOperator: for the reason above
  `${prefix}${1_000_001 + taken}`

export const newId = (): string => randomUUID().replaceAll('-', '')
