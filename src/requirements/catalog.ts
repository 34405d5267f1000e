import { z } from 'zod'
import { Reading, Requirement } from './requirement.schema'

const australia = ['australia'] as const satisfies Requirement['releases']
const rule = (id: string, statement: string, source: string, level: Requirement['level'] = 'MUST'): Requirement => ({
  id,
  statement,
  source,
  releases: [...australia],
  level,
})

/** Every documented rule the kit verifies, one entry each. The conformance report is a table of these. */
export const requirements: readonly Requirement[] = z.array(Requirement).parse([
  // Creating a connection from the Provider Center
  rule('PC-01', 'Creating a connection produces a connection card showing the company, a connection number, the instance URL, its state (Awaiting Validation) and the consumer app version.', `S0, procedure step 5; CT, card fields`),
  rule('PC-02', 'Every connection gets a registration URL of its own: no two connections share one.', `S0, About this task`),
  rule('PC-03', 'The token in a registration URL is unguessable: at least 128 bits drawn from a cryptographically secure generator.', `S0, About this task (a unique URL); the strength is this kit's security requirement`),
  rule('PC-04', 'Only a user holding the admin role may create a connection.', `S0, Before you begin: role required`),
  rule('PC-05', 'A connection cannot be created before the provider record exists.', `S0, Before you begin`),
  rule('PC-06', 'The company of a connection must exist in the provider instance.', `S0, Before you begin`),
  rule('PC-07', 'The contact of a connection must be associated with its company.', `S0, Before you begin and procedure step 4`),
  rule('PC-08', 'Company, contact and instance URL are all required to create a connection.', `S0, procedure step 4`),
  rule('PC-09', 'The instance URL must be the plain address of an instance: an absolute http(s) URL with a host and no path, query or credentials.', `S0, procedure step 4; the Brazil form checks the URL format as it is typed`),
  rule('PC-10', 'There is at most one connection for a given company and instance URL.', `COMP-P, business rule "Limit registration tasks by Company and URL"`),
  rule('PC-11', 'A consumer instance URL belongs to one connection only, whatever the company.', `COMP-P, business rule "Abort if duplicate URL"`),

  // Sending the registration URL
  rule('PC-20', 'With email notifications on, the contact receives exactly one email, and it carries the registration URL.', `S0, About this task; S1, why and when`),
  rule('PC-21', 'With email notifications off, no email is sent and the registration URL is shown on the connection card for the provider admin to copy.', `S0, About this task and procedure step 6`),

  // Completing the registration
  rule('PC-30', 'Only the named contact of the connection can complete the registration.', `S0, note under procedure step 4`),
  rule('PC-31', 'The contact must be an admin user in the consumer instance to complete the registration.', `S0, note under procedure step 4; ONB`),
  rule('PC-32', 'Once the consumer completes the registration, the connection card is Onboarded.', `S0, Result; CT`),
  rule('PC-33', 'View details shows the registration (company, contact, instance URL, app version, when it was created and onboarded) and the connection settings.', `S0, Result; CT; SETTINGS`),
  rule('PC-34', 'A registration URL completes one registration only: using it again, or using a URL that was never issued, is refused.', `S0, About this task (the URL belongs to one connection request); single use is this kit's security requirement`),

  // Gating by consumer version
  rule('PC-40', 'The consumer instance must run Service Exchange 2.3.18 or later, compared part by part as numbers.', `S0, Before you begin; CC`),
  rule('PC-41', 'A consumer instance whose reported version is not a release number is refused.', `S0, Before you begin; KIT`),
  rule('PC-42', 'A consumer instance without Service Exchange for Consumers installed is refused.', `S0, Before you begin; CC`),
  rule('PC-43', 'A consumer instance that cannot be reached, or does not answer in time, is refused, each with its own code.', `S0, Before you begin; KIT`),
  rule('PC-44', 'The consumer version is checked when the connection is created and again when the registration is completed.', `S0, Before you begin; CC`),
])

/** How the kit reads the places where its sources disagree (domain brief §4). */
export const readings: readonly Reading[] = z.array(Reading).parse([
  {
    id: 'RD-01',
    question: 'Where does the provider admin find the registration URL when email notifications are off?',
    implemented: 'On the connection card of the Provider Center, for the provider admin to copy.',
    alternatives: [
      'In the comments of the registration task (S1, About this task; ONB, About).',
      'In the work notes of the registration task (ONB procedure; community blog "Registering and onboarding a new Service Bridge consumer").',
      'In the connection details (Brazil Provider Center page).',
    ],
    why: 'S0 is the source of the Provider Center flow and names the card; the other places belong to the classic registration task.',
  },
  {
    id: 'RD-02',
    question: 'When is the consumer instance version checked?',
    implemented: 'When the connection is created (nothing is created for an older instance) and again when the registration is completed.',
    alternatives: ['Only when the consumer opens the registration URL: older consumers are sent to the classic experience (CC, Brazil).'],
    why: 'S0 lists the version among the preconditions of creating the connection and the card shows the app version, yet the consumer instance may change before the contact completes the registration.',
  },
  {
    id: 'RD-03',
    question: 'Who may complete the registration?',
    implemented: 'Only the named contact, who must be an admin user in the consumer instance.',
    alternatives: [`The named contact or an admin in the provider's instance (REG).`],
    why: 'S0 says no other user can complete the registration; REG widens it for the classic flow only.',
  },
])

/** The requirement with this ID, if the catalog has it. */
export const requirementById = (id: string): Requirement | undefined => requirements.find((entry) => entry.id === id)

/** The reading with this ID, if the catalog has it. */
export const readingById = (id: string): Reading | undefined => readings.find((entry) => entry.id === id)
