import { accepted, type Outcome } from '../contract/refusal.schema'
import type { ProviderInstance } from '../reference/provider-instance'
import { boundVerbs, type VerbTable, type ExchangeDriver } from './exchange-driver'

/**
 * The reference implementation called directly, in the test process: the fastest way to run the spec. Values are cloned
 * on the way in and out, as they would be over a wire, so no step can reach into the reference's records.
 */
export function inProcessDriver(provider: ProviderInstance): ExchangeDriver {
  return { target: 'reference (in-process)', ...boundVerbs(CALLS, provider) } as ExchangeDriver
}

/** How the reference carries out each verb of the port: every verb, or the kit does not compile. */
const CALLS: VerbTable<ProviderInstance> = {
  createProviderRecord: async (provider, record) => clone(provider.createProviderRecord(clone(record))),
  removeProviderRecord: async (provider) => provider.removeProviderRecord(),
  addCompany: async (provider, company) => clone(provider.addCompany(clone(company))),
  addUser: async (provider, user) => clone(provider.addUser(clone(user))),
  setEmailNotifications: async (provider, on) => provider.setEmailNotifications(on),
  setProductionInstance: async (provider, on) => provider.setProductionInstance(on),
  setKmfStatus: async (provider, status) => clone(provider.setKmfStatus(status)),
  createProducerReplicationSet: async (provider) => provider.createProducerReplicationSet(),
  advanceClock: async (provider, minutes) => clone(await provider.advanceClock(minutes)),
  setUpProviderRecord: async (provider, actor, form) => clone(provider.setUpProviderRecord(clone(actor), clone(form))),
  viewProviderRecord: async (provider, actor) => clone(provider.viewProviderRecord(clone(actor))),
  createConnection: async (provider, actor, request) =>
    clone(await provider.providerCenter.createConnection(clone(actor), clone(request))),
  listConnections: async (provider, actor) => clone(provider.providerCenter.listConnections(clone(actor))),
  viewConnectionDetails: async (provider, actor, number) =>
    clone(provider.providerCenter.viewConnectionDetails(clone(actor), number)),
  listAuthorizedUsers: async (provider, actor, number) =>
    clone(provider.providerCenter.listAuthorizedUsers(clone(actor), number)),
  decideAuthorizedUser: async (provider, actor, number, decision) =>
    clone(provider.providerCenter.decideAuthorizedUser(clone(actor), number, clone(decision))),
  changeConnectionSettings: async (provider, actor, number, change) =>
    clone(provider.providerCenter.changeConnectionSettings(clone(actor), number, clone(change))),
  offboardConsumer: async (provider, actor, number, request) =>
    clone(provider.providerCenter.offboardConsumer(clone(actor), number, clone(request))),
  createRegistrationTask: async (provider, actor, request) =>
    clone(await provider.createRegistrationTask(clone(actor), clone(request))),
  listRegistrationTasks: async (provider, actor) => clone(provider.listRegistrationTasks(clone(actor))),
  viewRegistrationTask: async (provider, actor, number) => clone(provider.viewRegistrationTask(clone(actor), number)),
  viewKmfHealth: async (provider, actor) => clone(provider.viewKmfHealth(clone(actor))),
  submitServiceBridgeRegistration: async (provider, actor, request) =>
    clone(await provider.submitServiceBridgeRegistration(clone(actor), clone(request))),
  viewRegistrationCase: async (provider, actor, number) => clone(provider.viewRegistrationCase(clone(actor), number)),
  decideSubscription: async (provider, actor, number, decision) =>
    clone(provider.decideSubscription(clone(actor), number, clone(decision))),
  createProviderRecordInCustomerInstance: async (provider, actor, url) =>
    clone(await provider.createProviderRecordInCustomerInstance(clone(actor), url)),
  activateReplicationSet: async (provider, actor, url) =>
    clone(await provider.activateReplicationSet(clone(actor), url)),
  viewCustomerIntegration: async (provider, actor, url) =>
    clone(await provider.viewCustomerIntegration(clone(actor), url)),
  openRegistrationUrl: async (provider, actor, url) => clone(await provider.openRegistrationUrl(clone(actor), url)),
  getStarted: async (provider, actor, url) => clone(await provider.getStarted(clone(actor), url)),
  validateAndResolve: async (provider, actor, url, check) =>
    clone(await provider.validateAndResolve(clone(actor), url, { check })),
  addAuthorizedUser: async (provider, actor, url, userName) =>
    clone(await provider.addAuthorizedUser(clone(actor), { registrationUrl: url, userName })),
  setAuthorizedUserActive: async (provider, actor, url, id, active) =>
    clone(await provider.setAuthorizedUserActive(clone(actor), { registrationUrl: url, id, active })),
  configureSettings: async (provider, actor, url, settings) =>
    clone(await provider.configureSettings(clone(actor), url, clone(settings))),
  startRegistration: async (provider, actor, url) => clone(await provider.startRegistration(clone(actor), url)),
  configurePortals: async (provider, settings) => settled(provider.configurePortals(clone(settings))),
  viewConsumerPortal: async (provider) => clone(accepted(provider.consumerPortal.home())),
  signUpToConsumerPortal: async (provider, form) => clone(await provider.consumerPortal.signUp(clone(form))),
  followVerificationLink: async (provider, link) => clone(provider.consumerPortal.verify(link)),
  signInToConsumerPortal: async (provider, credentials) => clone(provider.consumerPortal.signIn(clone(credentials))),
  viewCustomerPortal: async (provider) => clone(accepted(provider.customerPortal.home())),
  submitCustomerRegistration: async (provider, form) => clone(await provider.customerPortal.submit(clone(form))),
  listCustomerRegistrations: async (provider, actor) => clone(provider.customerPortal.approvals(clone(actor))),
  decideCustomerRegistration: async (provider, actor, number, decision) =>
    clone(await provider.customerPortal.decide(clone(actor), number, clone(decision))),
}

const clone = <T>(value: T): T => structuredClone(value)

/** A setup verb's outcome: setup the reference refuses is a mistake of the scenario, not a finding. */
function settled(outcome: Outcome<unknown>): void {
  if (!outcome.ok)
    throw new Error(`the reference refused a setup step: ${outcome.refusal.code}: ${outcome.refusal.reason}`)
}
