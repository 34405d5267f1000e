import { accepted, type Outcome } from '../contract/refusal.schema'
import type { ProviderInstance } from '../reference/provider-instance'
import type { ExchangeDriver } from './exchange-driver'

/**
 * The reference implementation called directly, in the test process: the fastest way to run the spec. Values are cloned
 * on the way in and out, as they would be over a wire, so no step can reach into the reference's records.
 */
export function inProcessDriver(provider: ProviderInstance): ExchangeDriver {
  return {
    target: 'reference (in-process)',
    createProviderRecord: async (record) => clone(provider.createProviderRecord(clone(record))),
    removeProviderRecord: async () => provider.removeProviderRecord(),
    addCompany: async (company) => clone(provider.addCompany(clone(company))),
    addUser: async (user) => clone(provider.addUser(clone(user))),
    setEmailNotifications: async (on) => provider.setEmailNotifications(on),
    setProductionInstance: async (on) => provider.setProductionInstance(on),
    setKmfStatus: async (status) => clone(provider.setKmfStatus(status)),
    createProducerReplicationSet: async () => provider.createProducerReplicationSet(),
    advanceClock: async (minutes) => clone(await provider.advanceClock(minutes)),
    setUpProviderRecord: async (actor, form) => clone(provider.setUpProviderRecord(clone(actor), clone(form))),
    viewProviderRecord: async (actor) => clone(provider.viewProviderRecord(clone(actor))),
    createConnection: async (actor, request) =>
      clone(await provider.providerCenter.createConnection(clone(actor), clone(request))),
    listConnections: async (actor) => clone(provider.providerCenter.listConnections(clone(actor))),
    viewConnectionDetails: async (actor, number) =>
      clone(provider.providerCenter.viewConnectionDetails(clone(actor), number)),
    listAuthorizedUsers: async (actor, number) =>
      clone(provider.providerCenter.listAuthorizedUsers(clone(actor), number)),
    decideAuthorizedUser: async (actor, number, decision) =>
      clone(provider.providerCenter.decideAuthorizedUser(clone(actor), number, clone(decision))),
    changeConnectionSettings: async (actor, number, change) =>
      clone(provider.providerCenter.changeConnectionSettings(clone(actor), number, clone(change))),
    offboardConsumer: async (actor, number, request) =>
      clone(provider.providerCenter.offboardConsumer(clone(actor), number, clone(request))),
    createRegistrationTask: async (actor, request) =>
      clone(await provider.createRegistrationTask(clone(actor), clone(request))),
    listRegistrationTasks: async (actor) => clone(provider.listRegistrationTasks(clone(actor))),
    viewRegistrationTask: async (actor, number) => clone(provider.viewRegistrationTask(clone(actor), number)),
    viewKmfHealth: async (actor) => clone(provider.viewKmfHealth(clone(actor))),
    submitServiceBridgeRegistration: async (actor, request) =>
      clone(await provider.submitServiceBridgeRegistration(clone(actor), clone(request))),
    viewRegistrationCase: async (actor, number) => clone(provider.viewRegistrationCase(clone(actor), number)),
    decideSubscription: async (actor, number, decision) =>
      clone(provider.decideSubscription(clone(actor), number, clone(decision))),
    createProviderRecordInCustomerInstance: async (actor, url) =>
      clone(await provider.createProviderRecordInCustomerInstance(clone(actor), url)),
    activateReplicationSet: async (actor, url) => clone(await provider.activateReplicationSet(clone(actor), url)),
    viewCustomerIntegration: async (actor, url) => clone(await provider.viewCustomerIntegration(clone(actor), url)),
    openRegistrationUrl: async (actor, url) => clone(await provider.openRegistrationUrl(clone(actor), url)),
    getStarted: async (actor, url) => clone(await provider.getStarted(clone(actor), url)),
    validateAndResolve: async (actor, url, check) =>
      clone(await provider.validateAndResolve(clone(actor), url, { check })),
    addAuthorizedUser: async (actor, url, userName) =>
      clone(await provider.addAuthorizedUser(clone(actor), { registrationUrl: url, userName })),
    setAuthorizedUserActive: async (actor, url, id, active) =>
      clone(await provider.setAuthorizedUserActive(clone(actor), { registrationUrl: url, id, active })),
    configureSettings: async (actor, url, settings) =>
      clone(await provider.configureSettings(clone(actor), url, clone(settings))),
    startRegistration: async (actor, url) => clone(await provider.startRegistration(clone(actor), url)),
    configurePortals: async (settings) => settled(provider.configurePortals(clone(settings))),
    viewConsumerPortal: async () => clone(accepted(provider.consumerPortal.home())),
    signUpToConsumerPortal: async (form) => clone(await provider.consumerPortal.signUp(clone(form))),
    followVerificationLink: async (link) => clone(provider.consumerPortal.verify(link)),
    signInToConsumerPortal: async (credentials) => clone(provider.consumerPortal.signIn(clone(credentials))),
    viewCustomerPortal: async () => clone(accepted(provider.customerPortal.home())),
    submitCustomerRegistration: async (form) => clone(await provider.customerPortal.submit(clone(form))),
    listCustomerRegistrations: async (actor) => clone(provider.customerPortal.approvals(clone(actor))),
    decideCustomerRegistration: async (actor, number, decision) =>
      clone(await provider.customerPortal.decide(clone(actor), number, clone(decision))),
  }
}

const clone = <T>(value: T): T => structuredClone(value)

/** A setup verb's outcome: setup the reference refuses is a mistake of the scenario, not a finding. */
function settled(outcome: Outcome<unknown>): void {
  if (!outcome.ok)
    throw new Error(`the reference refused a setup step: ${outcome.refusal.code}: ${outcome.refusal.reason}`)
}
