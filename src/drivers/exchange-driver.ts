import type { Actor } from '../contract/actor.schema'
import type { ConnectionCard, ConnectionDetails, ConnectionRequest } from '../contract/connection.schema'
import type { Created, NewCompany, NewProviderRecord, NewUser } from '../contract/provider-setup.schema'
import type { Outcome } from '../contract/refusal.schema'

/**
 * The records a scenario starts from, set up on the target before the parties act (Pact's provider
 * states). Every scenario creates its own parties, so a target never has to be reset between scenarios.
 */
export interface ProviderSetup {
  createProviderRecord(record: NewProviderRecord): Promise<Outcome<Created>>
  addCompany(company: NewCompany): Promise<Outcome<Created>>
  addUser(user: NewUser): Promise<Outcome<Created>>
  setEmailNotifications(on: boolean): Promise<void>
}

/** Everything an implementation of Service Exchange onboarding must let a party do. */
export interface ExchangeDriver extends ProviderSetup {
  /** How reports name the implementation under test. */
  readonly target: string
  createConnection(actor: Actor, request: ConnectionRequest): Promise<Outcome<ConnectionCard>>
  listConnections(actor: Actor): Promise<Outcome<ConnectionCard[]>>
  viewConnectionDetails(actor: Actor, connectionNumber: string): Promise<Outcome<ConnectionDetails>>
  completeRegistration(actor: Actor, registrationUrl: string): Promise<Outcome<ConnectionCard>>
}
