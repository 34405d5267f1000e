import type { InstallationGuidance, MailMessage } from '../contract/mail.schema'
import type { StoredLegacyRegistration, StoredUser } from './provider-store'

/** The facts of the guidance (LEG-05, LEG-06): install from the Store, then create the provider record. */
export const INSTALLATION_GUIDANCE: InstallationGuidance = {
  installFrom: 'ServiceNow Store',
  thenCreate: 'provider record',
}

/** Guidance the agents find in every registration case (S2, Result), in words; the case carries it as facts too. */
// Stryker disable all: prose, which a fair kit never asserts; the kit asserts the guidance the case carries as facts
export const GUIDANCE = [
  'Installation: the customer installs Service Bridge from the ServiceNow Store on the customer instance.',
  'Configuration: the customer then creates a provider record in that instance; its approval request will be linked here.',
]
// Stryker restore all

/** The customer contact's notification (LEG-06): the guidance as facts, and the steps in words. */
export function installationMail(
  contact: StoredUser,
  providerName: string | undefined,
  registration: StoredLegacyRegistration,
): MailMessage {
  return {
    kind: 'installation-guidance',
    guidance: INSTALLATION_GUIDANCE,
    to: contact.email,
    subject: `Service Bridge registration with ${providerName}`,
    text: [
      `Hello ${contact.firstName},`,
      `${providerName} has registered ${registration.origin} for a Service Bridge integration (case ${registration.caseNumber}).`,
      '1. Install the Service Bridge application from the ServiceNow Store on that instance.',
      '2. Create a provider record for us in the Service Bridge application: it sends us the approval request.',
      '3. Once we approve it, activate the replication set.',
    ].join('\n\n'),
  }
}
