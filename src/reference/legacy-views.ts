import type { CustomerIntegration, RegistrationCase } from '../contract/legacy.schema'
import { replicationSetStateIn, subscriptionStateIn } from '../spec/legacy-integration.workflow'
import type { InstallationGuidance } from '../contract/mail.schema'
import type { ProviderStore, StoredLegacyRegistration } from './provider-store'

/** A legacy registration as the provider's Registration Case shows it. */
export function caseOf(store: ProviderStore, registration: StoredLegacyRegistration): RegistrationCase {
  const contact = store.contactOf(registration)
  const state = subscriptionStateIn[registration.state]
  return {
    number: registration.caseNumber,
    account: store.companyName(registration.accountId),
    contact: `${contact.firstName} ${contact.lastName}`,
    customerInstanceUrl: registration.origin,
    workNotes: [...registration.workNotes],
    // Only while LEG-05 is switched off (prove-faults) is no guidance stored: the case then carries an empty one, as
    // a faulty target would.
    guidance: { ...registration.guidance } as InstallationGuidance,
    ...(state && registration.subscriptionNumber
      ? { subscription: { number: registration.subscriptionNumber, state } }
      : {}),
  }
}

/** What the customer's instance shows of its integration, given its latest registration. */
export function integrationOf(origin: string, registration: StoredLegacyRegistration | undefined): CustomerIntegration {
  const replicationSet = registration ? replicationSetStateIn[registration.state] : undefined
  return {
    customerInstanceUrl: origin,
    providerRecord: replicationSet !== undefined,
    ...(replicationSet ? { replicationSet } : {}),
    established: registration?.state === 'Established',
  }
}
