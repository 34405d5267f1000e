import type { Actor } from '../contract/actor.schema'
import type { LegacyRegistrationRequest, RegistrationCase, SubscriptionDecision } from '../contract/legacy.schema'
import type { InstallationGuidance } from '../contract/mail.schema'
import { instanceIdOf } from '../../mocks/consumer-instances'
import { actorOf, type Person } from './parties'
import type { Scenario } from './scenario'

/** The customer of every legacy onboarding scenario. */
export const CUSTOMER = 'the customer'
/**
 * The facts the documents ask the guidance to carry (LEG-05, LEG-06): install from the Store, then create the provider
 * record.
 */
export const EXPECTED_GUIDANCE: InstallationGuidance = {
  installFrom: 'ServiceNow Store',
  thenCreate: 'provider record',
}

/** The customer's first instance, or the second one the scenario gave the account. */
export function instanceUrl(world: Scenario, which: string): string {
  if (which === "customer's instance") return world.cast.consumer(CUSTOMER).instanceUrl
  if (!world.cast.secondInstanceUrl)
    throw new Error('the customer account has no second instance: add one in an earlier step')
  return world.cast.secondInstanceUrl
}

/** The Service Bridge Registration request for one of the customer's instances, as the catalog item is filled. */
export function request(world: Scenario, which: string): LegacyRegistrationRequest {
  const customer = world.cast.consumer(CUSTOMER)
  const url = instanceUrl(world, which)
  return {
    accountId: customer.companyId,
    contactId: customer.contact.id,
    customerInstanceUrl: url,
    customerInstanceId: instanceIdOf(url),
  }
}

/** The provider admin submits a request; the case of the first instance is remembered. */
export async function submit(world: Scenario, body: LegacyRegistrationRequest, actor?: Person) {
  await world.cast.producerReplicationSetReady()
  const who = actor ? actorOf(actor) : await world.cast.asProviderAdmin()
  if (actor) await world.cast.providerReady()
  const outcome = world.record(await world.driver.submitServiceBridgeRegistration(who, body))
  if (outcome.ok && body.customerInstanceUrl === world.cast.consumer(CUSTOMER).instanceUrl)
    world.legacyCase = outcome.value
  return outcome
}

/** The registration case of the customer's first instance, as the provider shows it now. */
export async function currentCase(world: Scenario): Promise<RegistrationCase> {
  if (!world.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  return world.must(
    await world.driver.viewRegistrationCase(await world.cast.asProviderAdmin(), world.legacyCase.number),
  )
}

export async function decide(world: Scenario, actor: Actor, decision: SubscriptionDecision) {
  if (!world.legacyCase) throw new Error("no registration case was opened for the customer's instance")
  return world.record(await world.driver.decideSubscription(actor, world.legacyCase.number, decision))
}

/** The customer's contact, an admin of its instances, signed in to the one the step is about. */
export const customerAdmin = (world: Scenario, which = "customer's instance") =>
  world.cast.consumerUser(world.cast.consumer(CUSTOMER).contact, instanceUrl(world, which))

export async function integration(world: Scenario, which = "customer's instance") {
  return world.must(await world.driver.viewCustomerIntegration(customerAdmin(world, which), instanceUrl(world, which)))
}
