import type { Outcome } from '../contract/refusal.schema'
import type { Capabilities, NewProviderInstance } from '../contract/target.schema'
import { ContractClient, TargetError, type Exchange } from './contract-client'
import { boundVerbs, type VerbTable, type ExchangeDriver } from './exchange-driver'

/** Where the target is, how long a call may take, and the token its setup operations carry, if it has one. */
export type HttpTarget = {
  url: string
  timeoutMs: number
  setupToken?: string
  onExchange?: (exchange: Exchange) => void
}

/** Asks a target what it implements. */
export async function readCapabilities(target: HttpTarget): Promise<Capabilities> {
  return settled(await new ContractClient({ ...target, baseUrl: target.url }).call('capabilities'), 'capabilities')
}

/**
 * Any implementation, over the HTTP contract: a provider instance of the scenario's own is opened on the target, and
 * every verb becomes one call of the contract, its answer parsed with the contract's schema.
 */
export async function openHttpDriver(
  target: HttpTarget,
  instance: NewProviderInstance,
  name: string,
): Promise<{ driver: ExchangeDriver; providerUrl: string; exchanges: Exchange[]; close(): Promise<void> }> {
  // The scenario's own exchanges, for its reports, besides whatever the run records.
  const exchanges: Exchange[] = []
  const recordForRun = target.onExchange
  target = {
    ...target,
    onExchange: (exchange) => {
      exchanges.push(exchange)
      recordForRun?.(exchange)
    },
  }
  const root = new ContractClient({ ...target, baseUrl: target.url })
  const opened = settled(await root.call('openProviderInstance', { body: instance }), 'open a provider instance')
  const client = new ContractClient({ ...target, baseUrl: opened.url })
  const driver = { target: name, ...boundVerbs(CALLS, client) } as ExchangeDriver
  return {
    driver,
    providerUrl: opened.url,
    exchanges,
    // The scenario's exchanges were attached to its report before it closes: only the run's record sees this one.
    close: () =>
      closeInstance(
        new ContractClient({ ...target, onExchange: (exchange) => recordForRun?.(exchange), baseUrl: opened.url }),
      ),
  }
}

/**
 * Closes a scenario's provider instance, so that a target serves any number of runs. The operation is optional:
 * cleaning up is no rule of the procedures, so whatever the target answers (it may not offer it) judges nothing.
 */
async function closeInstance(client: ContractClient): Promise<void> {
  await client.call('closeProviderInstance').catch(() => undefined)
}

/** The value of a call the run depends on; a refusal there means the target cannot be verified this way. */
function settled<T>(outcome: Outcome<T>, what: string): T {
  if (outcome.ok) return outcome.value
  throw new TargetError(`the target refused to ${what}: ${outcome.refusal.code}: ${outcome.refusal.reason}`)
}

/** A setup step over the contract: a refusal is a mistake of the scenario, not a finding. */
async function setup(outcome: Promise<Outcome<unknown>>, what: string): Promise<void> {
  settled(await outcome, what)
}

/** The call of the contract that carries each verb of the port: every verb, or the kit does not compile. */
const CALLS: VerbTable<ContractClient> = {
  createProviderRecord: (client, body) => client.call('createProviderRecord', { body }),
  removeProviderRecord: (client) => setup(client.call('removeProviderRecord'), 'remove the provider record'),
  addCompany: (client, body) => client.call('addCompany', { body }),
  addUser: (client, body) => client.call('addUser', { body }),
  setEmailNotifications: (client, on) =>
    setup(client.call('setEmailNotifications', { body: { on } }), 'switch email notifications'),
  setProductionInstance: (client, on) =>
    setup(client.call('setProductionInstance', { body: { on } }), 'mark the production instance'),
  setKmfStatus: (client, status) => client.call('setKmfStatus', { body: { status } }),
  createProducerReplicationSet: (client) =>
    setup(client.call('createProducerReplicationSet'), 'create the producer replication set'),
  advanceClock: (client, minutes) => client.call('advanceClock', { body: { minutes } }),
  createConnection: (client, actor, body) => client.call('createConnection', { actor, body }),
  listConnections: (client, actor) => client.call('listConnections', { actor }),
  viewConnectionDetails: (client, actor, number) => client.call('viewConnectionDetails', { actor, number }),
  createRegistrationTask: (client, actor, body) => client.call('createRegistrationTask', { actor, body }),
  listRegistrationTasks: (client, actor) => client.call('listRegistrationTasks', { actor }),
  viewRegistrationTask: (client, actor, number) => client.call('viewRegistrationTask', { actor, number }),
  viewKmfHealth: (client, actor) => client.call('viewKmfHealth', { actor }),
  listAuthorizedUsers: (client, actor, number) => client.call('listAuthorizedUsers', { actor, number }),
  decideAuthorizedUser: (client, actor, number, body) => client.call('decideAuthorizedUser', { actor, number, body }),
  changeConnectionSettings: (client, actor, number, body) =>
    client.call('changeConnectionSettings', { actor, number, body }),
  offboardConsumer: (client, actor, number, body) => client.call('offboardConsumer', { actor, number, body }),
  setUpProviderRecord: (client, actor, body) => client.call('setUpProviderRecord', { actor, body }),
  viewProviderRecord: (client, actor) => client.call('viewProviderRecord', { actor }),
  submitServiceBridgeRegistration: (client, actor, body) =>
    client.call('submitServiceBridgeRegistration', { actor, body }),
  viewRegistrationCase: (client, actor, number) => client.call('viewRegistrationCase', { actor, number }),
  decideSubscription: (client, actor, number, body) => client.call('decideSubscription', { actor, number, body }),
  createProviderRecordInCustomerInstance: (client, actor, customerInstanceUrl) =>
    client.call('createProviderRecordInCustomerInstance', { actor, body: { customerInstanceUrl } }),
  activateReplicationSet: (client, actor, customerInstanceUrl) =>
    client.call('activateReplicationSet', { actor, body: { customerInstanceUrl } }),
  viewCustomerIntegration: (client, actor, customerInstanceUrl) =>
    client.call('viewCustomerIntegration', { actor, query: { customerInstanceUrl } }),
  openRegistrationUrl: (client, actor, registrationUrl) =>
    client.call('openRegistrationUrl', { actor, body: { registrationUrl } }),
  getStarted: (client, actor, registrationUrl) => client.call('getStarted', { actor, body: { registrationUrl } }),
  validateAndResolve: (client, actor, registrationUrl, check) =>
    client.call('validateAndResolve', { actor, body: { registrationUrl, check } }),
  startRegistration: (client, actor, registrationUrl) =>
    client.call('startRegistration', { actor, body: { registrationUrl } }),
  addAuthorizedUser: (client, actor, registrationUrl, userName) =>
    client.call('addAuthorizedUser', { actor, body: { registrationUrl, userName } }),
  setAuthorizedUserActive: (client, actor, registrationUrl, id, active) =>
    client.call('setAuthorizedUserActive', { actor, body: { registrationUrl, id, active } }),
  configureSettings: (client, actor, registrationUrl, settings) =>
    client.call('configureSettings', { actor, body: { registrationUrl, settings } }),
  configurePortals: (client, body) => setup(client.call('configurePortals', { body }), 'configure the portals'),
  viewConsumerPortal: (client) => client.call('viewConsumerPortal'),
  signUpToConsumerPortal: (client, body) => client.call('signUpToConsumerPortal', { body }),
  followVerificationLink: (client, link) => client.call('followVerificationLink', { body: { link } }),
  signInToConsumerPortal: (client, body) => client.call('signInToConsumerPortal', { body }),
  viewCustomerPortal: (client) => client.call('viewCustomerPortal'),
  submitCustomerRegistration: (client, body) => client.call('submitCustomerRegistration', { body }),
  listCustomerRegistrations: (client, actor) => client.call('listCustomerRegistrations', { actor }),
  decideCustomerRegistration: (client, actor, number, body) =>
    client.call('decideCustomerRegistration', { actor, number, body }),
}
