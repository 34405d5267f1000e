import type { Actor, ConsumerActor } from '../contract/actor.schema'
import type { VerbName } from '../contract/operations'
import { parseInput } from '../contract/parse-input'
import { accepted, type Outcome } from '../contract/refusal.schema'
import { Switch } from '../contract/target.schema'
import type { ProviderInstance } from './provider-instance'

/** One request as the server understood it: who acts, the body, the query and the number in the path. */
export type Call = { actor: Actor | ConsumerActor; body: unknown; query: Record<string, string>; number: string }

type Answer = Outcome<unknown> | void
type Handler = (provider: ProviderInstance, call: Call) => Answer | Promise<Answer>

/** A setup verb that takes a parsed value and answers nothing. */
const setting =
  <T>(parse: (body: unknown) => Outcome<T>, apply: (provider: ProviderInstance, value: T) => void): Handler =>
  (provider, { body }) => {
    const value = parse(body)
    if (!value.ok) return value
    apply(provider, value.value)
    return accepted(undefined)
  }

/**
 * What each operation of the contract does to the reference: the same methods the in-process driver calls. The
 * reference parses every body itself, so a rule switched off in it is switched off over HTTP too.
 */
export const operationHandlers: Record<VerbName, Handler> = {
  createProviderRecord: (provider, { body }) => provider.createProviderRecord(body),
  removeProviderRecord: (provider) => provider.removeProviderRecord(),
  addCompany: (provider, { body }) => provider.addCompany(body),
  addUser: (provider, { body }) => provider.addUser(body),
  setEmailNotifications: setting(
    (body) => parseInput(Switch, body),
    (provider, { on }) => provider.setEmailNotifications(on),
  ),
  setProductionInstance: setting(
    (body) => parseInput(Switch, body),
    (provider, { on }) => provider.setProductionInstance(on),
  ),
  setKmfStatus: (provider, { body }) => provider.setKmfStatus(field(body, 'status')),
  createProducerReplicationSet: (provider) => provider.createProducerReplicationSet(),
  advanceClock: (provider, { body }) => provider.advanceClock(field(body, 'minutes')),

  createConnection: (provider, { actor, body }) => provider.providerCenter.createConnection(actor, body),
  listConnections: (provider, { actor }) => provider.providerCenter.listConnections(actor),
  viewConnectionDetails: (provider, { actor, number }) => provider.providerCenter.viewConnectionDetails(actor, number),
  createRegistrationTask: (provider, { actor, body }) => provider.createRegistrationTask(actor, body),
  listRegistrationTasks: (provider, { actor }) => provider.listRegistrationTasks(actor),
  viewRegistrationTask: (provider, { actor, number }) => provider.viewRegistrationTask(actor, number),
  viewKmfHealth: (provider, { actor }) => provider.viewKmfHealth(actor),
  listAuthorizedUsers: (provider, { actor, number }) => provider.providerCenter.listAuthorizedUsers(actor, number),
  decideAuthorizedUser: (provider, { actor, number, body }) =>
    provider.providerCenter.decideAuthorizedUser(actor, number, body),
  changeConnectionSettings: (provider, { actor, number, body }) =>
    provider.providerCenter.changeConnectionSettings(actor, number, body),
  offboardConsumer: (provider, { actor, number, body }) =>
    provider.providerCenter.offboardConsumer(actor, number, body),
  setUpProviderRecord: (provider, { actor, body }) => provider.setUpProviderRecord(actor, body),
  viewProviderRecord: (provider, { actor }) => provider.viewProviderRecord(actor),

  submitServiceBridgeRegistration: (provider, { actor, body }) => provider.submitServiceBridgeRegistration(actor, body),
  viewRegistrationCase: (provider, { actor, number }) => provider.viewRegistrationCase(actor, number),
  decideSubscription: (provider, { actor, number, body }) => provider.decideSubscription(actor, number, body),
  createProviderRecordInCustomerInstance: (provider, { actor, body }) =>
    provider.createProviderRecordInCustomerInstance(actor, field(body, 'customerInstanceUrl')),
  activateReplicationSet: (provider, { actor, body }) =>
    provider.activateReplicationSet(actor, field(body, 'customerInstanceUrl')),
  viewCustomerIntegration: (provider, { actor, query }) =>
    provider.viewCustomerIntegration(actor, query.customerInstanceUrl),

  openRegistrationUrl: (provider, { actor, body }) =>
    provider.openRegistrationUrl(actor, field(body, 'registrationUrl')),
  getStarted: (provider, { actor, body }) => provider.getStarted(actor, field(body, 'registrationUrl')),
  validateAndResolve: (provider, { actor, body }) =>
    provider.validateAndResolve(actor, field(body, 'registrationUrl'), { check: field(body, 'check') }),
  startRegistration: (provider, { actor, body }) => provider.startRegistration(actor, field(body, 'registrationUrl')),
  addAuthorizedUser: (provider, { actor, body }) => provider.addAuthorizedUser(actor, body),
  setAuthorizedUserActive: (provider, { actor, body }) => provider.setAuthorizedUserActive(actor, body),
  configureSettings: (provider, { actor, body }) =>
    provider.configureSettings(actor, field(body, 'registrationUrl'), field(body, 'settings')),

  configurePortals: (provider, { body }) => provider.configurePortals(body),
  viewConsumerPortal: (provider) => accepted(provider.consumerPortal.home()),
  signUpToConsumerPortal: (provider, { body }) => provider.consumerPortal.signUp(body),
  followVerificationLink: (provider, { body }) => provider.consumerPortal.verify(field(body, 'link')),
  signInToConsumerPortal: (provider, { body }) => provider.consumerPortal.signIn(body),
  viewCustomerPortal: (provider) => accepted(provider.customerPortal.home()),
  submitCustomerRegistration: (provider, { body }) => provider.customerPortal.submit(body),
  listCustomerRegistrations: (provider, { actor }) => provider.customerPortal.approvals(actor),
  decideCustomerRegistration: (provider, { actor, number, body }) =>
    provider.customerPortal.decide(actor, number, body),
}

/** One field of a JSON body, left for the reference to judge (a missing one arrives as undefined). */
function field(body: unknown, name: string): unknown {
  // a body that is not an object comes only from the fuzz of npm test (4,000 requests over HTTP), never from a scenario
  // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined
}
