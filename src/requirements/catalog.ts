import { z } from 'zod'
import { Reading, Requirement, type Release } from './requirement.schema'

type RuleOptions = { releases?: Release[]; level?: Requirement['level']; part?: Requirement['part']; attested?: true }
const both: Release[] = ['australia', 'brazil']
type Entry<I extends string> = Omit<Requirement, 'procedure' | 'id'> & { id: I }
const rule = <const I extends string>(
  id: I,
  statement: string,
  source: string,
  options: RuleOptions = {},
): Entry<I> => ({
  id,
  statement,
  source,
  releases: options.releases ?? both,
  level: options.level ?? 'MUST',
  ...(options.part ? { part: options.part } : {}),
  ...(options.attested ? { attested: true } : {}),
})
/** The requirements of one documented procedure, which the reports group them by. */
const procedure = <const E extends Entry<string>>(name: string, rules: readonly E[]): (E & { procedure: string })[] =>
  rules.map((entry) => ({ ...entry, procedure: name }))
const legacy: RuleOptions = { part: 'legacy' }
const portal: RuleOptions = { part: 'portal' }

/** Every documented rule the kit verifies, one entry each, as written. */
const entries = [
  ...procedure('Setting up the provider record', [
    rule(
      'PR-01',
      'Only a user holding both admin and sn_sb.admin may set up the provider record; a user lacking either is refused, and no record is set up.',
      'NEWPROV, Before you begin: role required',
    ),
    rule(
      'PR-02',
      'The provider record is set up once: while one exists, setting up another is refused, and the first keeps its name.',
      'NEWPROV, About this task (a one-time setup task)',
    ),
    rule(
      'PR-03',
      'A provider name holds only letters, digits and dashes: a name with a space or any other character, or no name at all, is refused, and no record is set up.',
      'NEWPROV, procedure step 2',
    ),
  ]),
  ...procedure('Creating a connection from the Provider Center', [
    rule(
      'PC-01',
      'Creating a connection produces a connection card showing the company, a connection number, the instance URL and its state; once the connection is onboarded, the card also shows the consumer app version.',
      'S0, procedure step 5; CT, the Connections tab (what a card shows, the app version for onboarded connections)',
    ),
    rule(
      'PC-02',
      'Every connection gets a registration URL of its own: no two connections share one.',
      'S0, About this task',
    ),
    rule(
      'PC-03',
      'The token in a registration URL is unguessable: across many tokens of one provider, each is unique and varies in enough places, over its alphabet, to carry at least 128 bits.',
      "S0, About this task (a unique URL); the strength is this kit's security requirement",
    ),
    rule(
      'PC-46',
      'Registration tokens are drawn from a cryptographically secure random generator: no black-box test can prove it, so the implementer attests it.',
      "S0, About this task (a unique URL); this kit's security requirement",
      { attested: true },
    ),
    rule('PC-04', 'Only a user holding the admin role may create a connection.', 'S0, Before you begin: role required'),
    rule('PC-05', 'A connection cannot be created before the provider record exists.', 'S0, Before you begin'),
    rule('PC-06', 'The company of a connection must exist in the provider instance.', 'S0, Before you begin'),
    rule(
      'PC-07',
      'The contact of a connection must be associated with its company.',
      'S0, Before you begin and procedure step 4',
    ),
    rule('PC-08', 'Company, contact and instance URL are all required to create a connection.', 'S0, procedure step 4'),
    rule(
      'PC-09',
      'The instance URL must be the address of an instance: an absolute http(s) URL with a host and no credentials; whether a path, a query or a fragment after the address is refused or dropped is left open (reading RD-20).',
      "S0, procedure step 4 (the URL of the consumer instance); refusing credentials is this kit's security requirement (KIT); the Brazil form checks the URL format as it is typed",
    ),
    rule(
      'PC-10',
      'There is at most one connection for a given company and instance URL; whether a company may also hold one for another of its instances is left open (reading RD-18).',
      'COMP-P, business rule "Limit registration tasks by Company and URL"',
    ),
    rule(
      'PC-11',
      'A consumer instance URL belongs to one connection only, whatever the company.',
      'COMP-P, business rule "Abort if duplicate URL"',
    ),
  ]),
  ...procedure('Resuming a connection', [
    rule(
      'RES-01',
      "Opening a registration again (Setup connection on the consumer's card) resumes it from the state it was left in: not yet started, it waits for Get Started; Validation Failed, it lists its issues; Validated, Start Registration is enabled.",
      'CT, connection card actions (Setup connection resumes the registration from its current state) and states; CC',
    ),
  ]),
  ...procedure('Configuring connection settings', [
    rule(
      'SET-01',
      "Once the registration is Onboarded, an admin of the consumer instance (the named contact or another) configures the connection settings (auto-activate remote record producers and remote task definitions, restrict authorized users and their maximum, auto approve authorized users), and the provider's View details then shows them; before Onboarded, or by a user of that instance without the admin role, the settings are refused and stay as they were.",
      'CC, steps 4 and 5; SETTINGS, Before you begin (role required: admin) and procedure; COMP-P, business rule "Update consumer registration"',
    ),
    rule(
      'SET-02',
      'Max authorized users is offered only while Restrict authorized users is set: a maximum given without the restriction is refused or not kept, and a connection without the restriction has no maximum.',
      'SETTINGS, step 8; SETTINGS-P, step 4',
    ),
    rule(
      'SET-03',
      'A provider user holding the admin role may change only the authorized-user settings (restrict, maximum, auto approve); the auto-activate settings stay as the consumer set them, a change to them refused or without effect.',
      'SETTINGS-P, Before you begin and step 5 (the note)',
    ),
    rule(
      'SET-04',
      "A new connection's settings start with every check box cleared and no maximum.",
      'SETTINGS and SETTINGS-P (each box is selected "if you want"); reading RD-15',
    ),
  ]),
  ...procedure('Authorized users', [
    rule(
      'AU-01',
      "At the first registration, the active contacts of the consumer's account on the provider instance become the connection's authorized users, approved and active; a contact who is not active does not.",
      'AUTH-USERS (the contacts are added automatically and synced)',
    ),
    rule(
      'AU-02',
      "The provider manages an authorized user's approval: a provider user holding admin approves or rejects it; one without admin is refused.",
      'AUTH-USERS (the providers manage the approval state); SETTINGS-P, Before you begin',
    ),
    rule(
      'AU-03',
      "Once onboarded, an admin of the consumer instance (the named contact or another) adds users of its instance as authorized users, each once, and manages whether each is active, and a user of that instance without the admin role is refused; an added user is approved at once when the settings approve authorized users by themselves, and otherwise awaits the provider's approval.",
      'ADD-AUTH-USER, Before you begin (role required: admin) and Result; AUTH-USERS (the consumers manage the active state); SETTINGS, step 8 (auto approve); reading RD-16',
    ),
    rule(
      'AU-04',
      'With a maximum of authorized users set, the active authorized users never exceed it: adding or activating one more is refused, and nothing changes; without a maximum, any number may be active.',
      'AUTH-USERS (the maximum each connection may set); SETTINGS, step 8',
    ),
  ]),
  ...procedure('Off-boarding a consumer', [
    rule(
      'OFF-01',
      'Only a user holding both admin and sn_sb.admin may off-board a consumer; a user lacking either is refused, and the connection stays as it was.',
      'OFF-C, Before you begin: role required',
    ),
    rule(
      'OFF-02',
      "The connection's tasks are deleted with it only when asked for and confirmed by typing Delete in the dialog; asked for without the word, the dialog is not confirmed: the off-boarding does not go ahead, and nothing changes.",
      'OFF-C, procedure step 5',
    ),
    rule(
      'OFF-03',
      'Off-boarding removes the connection and its registration: the card and its details are gone, its registration URL opens nothing, and the same company and instance may be registered again, under a new registration URL.',
      'OFF-C, Result (sn_sb_pro_registration and sn_sb_pro_consumer_connection are deleted); COMP-P (the duplicate rules look at those records)',
    ),
    rule(
      'OFF-04',
      "Off-boarding a consumer deletes the provider instance's records only: the consumer instance keeps its own Provider Connection record, so a new registration of that instance fails the stale-records check until the consumer's admin off-boards the provider there (Off-Board Provider), and passes it afterwards.",
      'OFF-C, Result (only the provider\'s tables); OFF-P, Result (sn_sb_con_provider_connection is deleted); SCAN, "Stale Provider Connection records"',
    ),
  ]),
  ...procedure('Acting as a signed-in user', [
    rule(
      'AUTH-01',
      'A request that acts as a user is refused as not authenticated unless that user of the instance signs in with their own password: no credentials, an unknown user name or a wrong password establish nobody, and change nothing.',
      'S0, Before you begin (the role each step requires belongs to a signed-in user); CSP, step 7',
    ),
    rule(
      'AUTH-02',
      'A user of a consumer or customer instance is whoever that instance says signed in: the provider asks the instance whose access token a request carries. A name, a registration URL, or a token of another instance establishes nobody, and changes nothing.',
      'REG (the consumer authenticates: Authenticate, the OAuth page, Allow); ONB (the OAuth step fails for anyone but the contact); BLOG-A (instance-to-instance traffic uses OAuth)',
    ),
  ]),
  ...procedure('Sending the registration URL', [
    rule(
      'PC-20',
      'With email notifications on, the contact receives exactly one email, and it carries the registration URL.',
      'S0, About this task; S1, why and when',
    ),
    rule(
      'PC-21',
      'With email notifications off, no email is sent and the registration URL is shown on the connection card for the provider admin to copy.',
      'S0, About this task and procedure step 6',
    ),
  ]),
  ...procedure('Completing the registration', [
    rule(
      'PC-30',
      'Only the named contact of the connection can complete the registration.',
      'S0, note under procedure step 4',
    ),
    rule(
      'PC-31',
      'The contact must be an admin user in the consumer instance to complete the registration.',
      'S0, note under procedure step 4; ONB',
    ),
    rule('PC-32', 'Once the consumer completes the registration, the connection card is Onboarded.', 'S0, Result; CT'),
    rule(
      'PC-33',
      "View details of a connection shows its registration and its connection settings; the kit reads the registration as the contract gives it: the company, contact and instance URL it was created with, the consumer app version, and when it was created and onboarded (the date the connection was established), in the instance's own time.",
      'S0, Result (review the registration details and configure connection settings); CT, Connection card (View details: Registration and Settings tabs); CC, Result (the date the connection was established)',
    ),
    rule(
      'PC-34',
      'A registration URL completes one registration only: using it again, or using a URL that was never issued, is refused.',
      "S0, About this task (the URL belongs to one connection request); single use is this kit's security requirement",
    ),
  ]),
  ...procedure('Gating by consumer version', [
    rule(
      'PC-40',
      'The consumer instance must run Service Exchange 2.3.18 or later, compared part by part as numbers.',
      'S0, Before you begin; CC',
    ),
    rule(
      'PC-41',
      'A consumer instance whose reported version is not a release number is refused.',
      'S0, Before you begin; KIT',
    ),
    rule(
      'PC-42',
      'A consumer instance without Service Exchange for Consumers installed is refused.',
      'S0, Before you begin; CC',
    ),
    rule(
      'PC-43',
      'A consumer instance that cannot be reached, does not answer in time, or answers with something other than its data, is refused, each with its own code.',
      'S0, Before you begin; KIT',
    ),
    rule(
      'PC-44',
      "The consumer's release is read when the connection is created and again at each step the consumer contact takes on the registration page (opening the registration URL, Get Started, Start Registration): a release changed in the meantime is the one that counts (reading RD-02).",
      'S0, Before you begin; CC',
    ),
  ]),
  ...procedure("The connection card and the consumer's registration page", [
    rule(
      'CT-01',
      'A new connection card is Awaiting Validation, and stays there when the contact opens the registration URL, until the pre-onboarding checks run.',
      'CT (Australia), card states',
      { releases: ['australia'] },
    ),
    rule(
      'CT-02',
      'A new connection card is Pending, and becomes Awaiting Validation when the named contact opens the registration URL.',
      'CT-brazil, card states',
      { releases: ['brazil'] },
    ),
    rule(
      'CT-03',
      'Get Started runs the pre-onboarding checks: when all pass the card is Validated and Start Registration is enabled; when any fails the card is Validation Failed and every failed check is listed with how to resolve it.',
      'CC, steps 1 and 2; CT',
    ),
    rule(
      'CT-04',
      'Start Registration is refused until the checks have validated the registration.',
      'CC, step 2; REG, step 3 (Connect to Provider appears only when validated)',
    ),
    rule(
      'CT-05',
      'While any check fails, Start Registration does not appear; once the issues are resolved, Get Started again validates the registration.',
      'CC (Australia), step 2',
      { releases: ['australia'] },
    ),
    rule(
      'CT-06',
      'While any check fails, Start Registration is disabled; Validate & resolve runs one issue again and marks it resolved, and the registration is Validated once every issue is resolved.',
      'CC-brazil, step 2',
      { releases: ['brazil'] },
    ),
    rule(
      'CT-07',
      'When the checks themselves cannot run, the attempt is refused as such, the card stays where it was and Start Registration stays unavailable.',
      'CC-brazil, step 2 ("Failed running the pre-onboarding checks")',
    ),
  ]),
  ...procedure('The Pre-Onboarding suite', [
    rule(
      'VAL-01',
      'The pre-onboarding checks fail while the provider record is missing.',
      'SCAN, "[PRO] Provider is missing"; S1, Before you begin',
    ),
    rule(
      'VAL-02',
      'The pre-onboarding checks fail while Key Management Framework on the provider instance is not Operational.',
      'SCAN, "KMF is unhealthy"; S1, Before you begin',
    ),
    rule(
      'VAL-03',
      'The pre-onboarding checks fail while Key Management Framework on the consumer instance is not Operational.',
      'SCAN, "KMF is unhealthy"; REG, Before you begin',
    ),
    rule(
      'VAL-04',
      'The pre-onboarding checks fail while the consumer instance has an empty glide.servlet.uri property.',
      'SCAN, "glide.servlet.uri is empty"; service-bridge-v2-install',
    ),
    rule(
      'VAL-05',
      'The pre-onboarding checks fail while Service Exchange for Providers and for Consumers on the consumer instance differ in version.',
      'SCAN, "Provider and Consumer app versions are the same"; RN',
    ),
    rule(
      'VAL-06',
      'The pre-onboarding checks fail while the consumer instance holds stale Provider Connection records for this provider.',
      'SCAN, "Stale Provider Connection records"',
    ),
  ]),
  ...procedure('The registration task (classic path)', [
    rule(
      'TASK-01',
      'Only a user holding the admin role may create or view a registration task.',
      'S1, Before you begin: role required',
    ),
    rule('TASK-02', 'A registration task cannot be created before the provider record exists.', 'S1, Before you begin'),
    rule(
      'TASK-03',
      'A registration task needs an existing company, a contact associated with it and a well-formed consumer instance URL.',
      'S1, Before you begin; ONB, procedure',
    ),
    rule(
      'TASK-04',
      'The contact of a registration task must hold the sn_sb_pro.consumer role.',
      'S1, Before you begin; ONB',
    ),
    rule(
      'TASK-05',
      'On a production instance, the contact of a registration task must have a valid email address.',
      'S1, Before you begin',
    ),
    rule(
      'TASK-06',
      'A company has at most one registration task in progress for a given instance URL; whether it may also have one for another of its instances is left open (reading RD-18).',
      'COMP-P, business rule "Limit registration tasks by Company and URL"',
    ),
    rule(
      'TASK-07',
      'A saved registration task is Awaiting Validation; the pre-onboarding checks run in the background within 5 minutes, and when all pass the task is Open.',
      'S1, procedure; ONB (Australia); the 5-minute bound is KIT',
    ),
    rule(
      'TASK-08',
      'When any check fails the task is Validation Failed, and its banner says that checks did not pass and leads to the issues found (the Health Dashboard), every failed check with how to resolve it.',
      'ONB, procedure step 3 (the Validation Failed banner with its link to the Health Dashboard)',
    ),
    rule(
      'TASK-09',
      'No registration link exists while the task has not passed validation: no email is sent and none is left in the comments.',
      'ONB (Australia), Validation Failed',
    ),
    rule(
      'TASK-10',
      'Resolving some issues leaves the task Validation Failed with the rest listed; once every issue is resolved the task becomes Open by itself within 5 minutes and the registration resumes with its link.',
      'S1, procedure; the 5-minute bound is KIT',
    ),
    rule(
      'TASK-11',
      'When the task opens, the contact is emailed the registration link while email sending is on; while it is off, the link is left in the task comments for the provider admin to copy (on a production instance, reading RD-17).',
      'S1, why and when',
    ),
    rule(
      'TASK-12',
      'When the named contact completes the registration from the link, the task is Closed Complete.',
      'REG, step 4; ONB',
    ),
    rule(
      'TASK-13',
      'When the checks themselves cannot run, the task stays where it was and the run is reported as not run, never as passed.',
      'SCAN; CC-brazil, step 2; KIT',
    ),
  ]),
  ...procedure('Key Management Framework', [
    rule(
      'KMF-01',
      'Viewing KMF health diagnostics requires both sn_kmf.admin and sn_kmf.cryptographic_manager; a user lacking either is refused.',
      'S1, Before you begin; KMF',
    ),
    rule(
      'KMF-02',
      'KMF diagnostics report Operational, Degraded, Disabled or Malfunction, and only Operational counts as healthy.',
      'KMF, diagnostics; S1 (the health check must pass)',
    ),
  ]),
  ...procedure('Legacy Service Bridge onboarding', [
    rule(
      'LEG-01',
      'Only a user holding the admin role may submit a Service Bridge Registration request or read its case.',
      'S2, onboarding: role required',
      legacy,
    ),
    rule(
      'LEG-02',
      'A Service Bridge Registration request is refused before the provider record exists.',
      'S2, onboarding: Before you begin',
      legacy,
    ),
    rule(
      'LEG-03',
      'A Service Bridge Registration request is refused before the producer replication set exists.',
      'S2, onboarding: Before you begin',
      legacy,
    ),
    rule(
      'LEG-04',
      'The request names an existing account, a contact of that account, a customer instance URL and the instance ID of that very instance.',
      'S2, onboarding; the Service Bridge Registration catalog item',
      legacy,
    ),
    rule(
      'LEG-05',
      'Submitting the request creates a registration case automatically, whose work notes give the agents installation and configuration guidance.',
      'S2, onboarding: Result',
      legacy,
    ),
    rule(
      'LEG-06',
      'The customer contact receives one notification with instructions to install the application from the ServiceNow Store and complete the registration.',
      'S2, onboarding: Result',
      legacy,
    ),
    rule(
      'LEG-07',
      'A customer instance is registered once: a second request for it is refused while its registration stands, and another instance of the same account needs a registration of its own.',
      'S2 (one registration per customer instance); COMP-P, "Abort if duplicate URL"',
      legacy,
    ),
    rule(
      'LEG-08',
      'Only an admin of the customer instance may create the provider record there, and only once a registration was initiated for that instance on the provider.',
      'S2, create a provider record: Before you begin, role required',
      legacy,
    ),
    rule(
      'LEG-09',
      'Creating the provider record in the customer instance produces a Replication Subscription awaiting approval on the provider, linked from the work notes of the registration case.',
      'S2, create a provider record; approve the request, steps 3 to 5',
      legacy,
    ),
    rule(
      'LEG-10',
      'Only a provider admin may approve the subscription, only once it exists, and only by confirming with Yes; without the confirmation nothing changes.',
      'S2, approve the customer request: steps 5 and 6, role required',
      legacy,
    ),
    rule(
      'LEG-11',
      'The provider can reject the subscription instead; the customer then cannot activate its replication set.',
      'IDR (an approval can be denied); S2',
      legacy,
    ),
    rule(
      'LEG-12',
      'Only an admin of the customer instance may activate the replication set, and only after the provider approved the subscription; activating it establishes the integration, visible on both instances.',
      'S2, activate the replication set: Before you begin, Result',
      legacy,
    ),
    rule(
      'LEG-13',
      'Repeating a step is refused when it would change a decision or duplicate a record (a second provider record, a second decision), and changes nothing when it asks for what already holds (activating an active replication set).',
      'KIT (S2 is silent on repeated steps)',
      legacy,
    ),
  ]),
  ...procedure('Self-registration on the Consumer Service Portal', [
    rule(
      'PORT-01',
      'A visitor who is not signed in finds Register on the Consumer Service Portal: in the portal header in Xanadu; from Yokohama on, once the External User Registration plugin is installed, in the portal header (the portal pages) or the login widget (the plugin page), either being conforming (reading RD-12).',
      'CSP-xanadu and CSP-yokohama, step 2 and Before you begin; CSP-zurich, CSP-australia, Before you begin; EXTREG',
      portal,
    ),
    rule(
      'PORT-02',
      'From Yokohama on, without the External User Registration plugin the Consumer Service Portal offers no Register link and accepts no sign-up.',
      'CSP-yokohama, CSP-zurich, CSP-australia: Before you begin',
      portal,
    ),
    rule(
      'PORT-03',
      'The email address of a sign-up must be unique: an address an account or a user of the instance already has is refused, and the person can try again with another; whether an address in other capitals is the same one is left open (reading RD-19).',
      'S3; CSP, step 3 (an address already in the system is refused; try another)',
      portal,
    ),
    rule(
      'PORT-04',
      'In Xanadu and Yokohama, Sign Up is refused until the CAPTCHA has been verified.',
      'S3; CSP-xanadu, CSP-yokohama, step 4',
      portal,
    ),
    rule(
      'PORT-05',
      'In Xanadu and Yokohama, Sign Up is refused until the person agrees to the privacy policy and the terms and conditions.',
      'S3; CSP-xanadu, CSP-yokohama, step 5',
      portal,
    ),
    rule(
      'PORT-06',
      'From Zurich on, the Consumer Service Portal form asks for neither a CAPTCHA nor the consent, and Sign Up goes ahead without them.',
      'CSP-zurich, CSP-australia',
      portal,
    ),
    rule(
      'PORT-07',
      'Sign Up sends exactly one verification email, through the mail gateway, carrying the link; the account awaits verification until the link is followed.',
      'S3; CSP, steps 6 and 7',
      portal,
    ),
    rule(
      'PORT-08',
      'An account whose email address has not been verified cannot sign in.',
      'CSP, step 7 (registration is complete once the link is selected)',
      portal,
    ),
    rule(
      'PORT-09',
      'Following the verification link activates the account with the sn_customerservice.consumer role, and the person can then sign in.',
      'CSP, step 7; CSP-jakarta (the consumer role)',
      portal,
    ),
    rule(
      'PORT-10',
      'A verification link works once: following it again, or following a link the portal never sent, is refused.',
      "EXTREG (registration links); single use is this kit's security requirement",
      portal,
    ),
    rule(
      'PORT-11',
      'A verification link expires after the configured number of days, 3 unless configured otherwise; an expired link is refused.',
      'EXTREG, sn_ext_usr_reg.Reg_link_expiration_days',
      portal,
    ),
    rule(
      'PORT-12',
      'When allowed email domains are configured, a sign-up from any other domain is refused; the domain is compared without regard to case, and an empty list allows every domain.',
      'EXTREG, sn_ext_usr_reg.allowed_email_domains',
      portal,
    ),
  ]),
  ...procedure('Self-registration on the CSM customer portal', [
    rule(
      'CSM-01',
      'The customer portal shows Register in its header, and Submit is refused until the person agrees to the privacy policy and terms and verifies the CAPTCHA.',
      'CSMREG, steps 1 to 4',
      portal,
    ),
    rule(
      'CSM-02',
      "A registration with a valid registration code creates a request in state Requested, which every customer admin of the code's account sees and nobody of another account does.",
      'CSMREG, result',
      portal,
    ),
    rule(
      'CSM-03',
      'A registration code no account has is refused (registration-code-invalid; the pages word the message "Invalid Registration Code" or "Incorrect Registration Code", reading RD-13), and no request is created.',
      'CSMREG, submit a registration request',
      portal,
    ),
    rule(
      'CSM-04',
      'Approving a request creates the user with the sn_esm_user and snc_external roles and emails the requester a user ID and a temporary password.',
      'CSMREG, manage registration requests',
      portal,
    ),
    rule(
      'CSM-05',
      'Rejecting a request emails the requester, and no user is created.',
      'CSMREG, manage registration requests',
      portal,
    ),
    rule(
      'CSM-06',
      'Only a customer admin of the account a request belongs to may approve or reject it.',
      'CSMREG (the approval goes to the customer admins of the account)',
      portal,
    ),
    rule(
      'CSM-07',
      'One decision settles a request: once approved or rejected, a further decision is refused.',
      'CSMREG (one approval is enough)',
      portal,
    ),
  ]),
]

/** The ID of a requirement of the catalog: a mistyped ID does not compile. */
export type RequirementId = (typeof entries)[number]['id']

/**
 * A rule the reference enforces, and a fault can switch off: a requirement, or one way of keeping it, named
 * ID:variant (PC-10:checked-before-waiting).
 */
export type RuleName = RequirementId | `${RequirementId}:${string}`

/** Every documented rule the kit verifies, one entry each. The conformance report is a table of these. */
export const requirements: readonly Requirement[] = z.array(Requirement).parse(entries)

const side = (position: string, sources: string) => ({ position, sources })

/** How the kit reads the places where its sources disagree (domain brief §4): the readings register. */
export const readings: readonly Reading[] = z.array(Reading).parse([
  {
    id: 'RD-01',
    question:
      'Where does the provider admin find the registration URL of a Provider Center connection when email notifications are off?',
    contradiction: 'domain brief §4, item 3',
    implemented: side('On the connection card, for the provider admin to copy.', 'S0, procedure step 6'),
    alternatives: [side('In the connection details.', 'Brazil Provider Center page')],
    why: 'S0 is the source of the Provider Center flow and names the card.',
  },
  {
    id: 'RD-02',
    question: 'When is the consumer instance version checked?',
    implemented: side(
      'When the connection is created (nothing is created for an older instance), and again at each step the consumer contact takes on the registration page (opening the registration URL, Get Started, Start Registration).',
      'S0, Before you begin; CC',
    ),
    alternatives: [
      side(
        'Only when the consumer opens the registration URL: older consumers are sent to the classic experience.',
        'CC-brazil',
      ),
    ],
    why: 'S0 lists the version among the preconditions of creating the connection and the card shows the app version, yet the consumer instance may change before the contact opens the URL.',
  },
  {
    id: 'RD-03',
    question: 'Who may complete the registration?',
    contradiction: 'domain brief §4, item 4',
    implemented: side(
      'Only the named contact, who must be an admin user in the consumer instance.',
      'S0, note under step 4; ONB',
    ),
    alternatives: [side("The named contact or an admin in the provider's instance.", 'REG')],
    why: 'S0 says no other user can complete the registration; REG widens it for the classic flow only.',
  },
  {
    id: 'RD-04',
    question: 'Where does the provider admin find the link of a registration task when no email carries it?',
    contradiction: 'domain brief §4, item 3',
    implemented: side('In the comments of the registration task.', 'S1, why and when; ONB, About'),
    alternatives: [
      side('In the work notes of the registration task.', 'ONB, procedure; BLOG-A'),
      side('On the connection card.', 'S0 (the Provider Center flow, see RD-01)'),
    ],
    why: 'S1 is the source of the registration-task procedure and names the comments.',
  },
  {
    id: 'RD-05',
    question: 'What does Awaiting Validation mean on a connection card, and where does a card start?',
    contradiction: 'domain brief §4, item 1',
    implemented: side(
      'Per release: in Australia a card starts in Awaiting Validation (checks not started); in Brazil it starts in Pending and is Awaiting Validation once the consumer opened the URL.',
      'CT (Australia); CT-brazil',
    ),
    alternatives: [side('One meaning for every release.', 'S0 names no initial state')],
    why: 'The two pages describe two releases; the release is a run parameter, so each target is held to the page of its release.',
  },
  {
    id: 'RD-06',
    question: 'Where does a registration go once every issue found by the checks is resolved?',
    contradiction: 'domain brief §4, item 2',
    implemented: side(
      'A registration task goes back to Open by itself; a connection card (and the consumer page) goes straight to Validated, without passing through Awaiting Validation again.',
      'S1, procedure; ONB; CT; CC',
    ),
    alternatives: [
      side(
        'The consumer-side record goes to Open and the registration resumes.',
        'REG, closing paragraph (copied from ONB)',
      ),
      side(
        'The card passes through Awaiting Validation while the checks run again.',
        'not stated by any source; an inference',
      ),
    ],
    why: 'Each source is followed for the record it describes; no source shows Awaiting Validation re-entered.',
  },
  {
    id: 'RD-07',
    question: 'What must be true of the contact before a registration can be created?',
    contradiction: 'domain brief §4, item 5',
    implemented: side(
      'For a Provider Center connection: only that the contact belongs to the company. For a registration task: also the sn_sb_pro.consumer role and, on a production instance, a valid email address.',
      'S0, Before you begin; S1, Before you begin',
    ),
    alternatives: [
      side(
        'The role and the email rules apply to every path; the contact also needs active credentials.',
        'ONB; BLOG-A',
      ),
    ],
    why: 'Each path is held to its own procedure; BLOG-A is a community post, not documentation.',
  },
  {
    id: 'RD-08',
    question: 'Which roles does viewing KMF health diagnostics require?',
    contradiction: 'domain brief §4, item 7',
    implemented: side('Both sn_kmf.admin and sn_kmf.cryptographic_manager.', 'S1, Before you begin'),
    alternatives: [
      side('sn_kmf.admin plus either cryptographic_auditor or cryptographic_manager.', 'KMF, diagnostics'),
      side('Any one of admin, auditor or manager.', 'BLOG-A'),
    ],
    why: 'The kit verifies the Service Exchange procedure, and S1 is its source; the stricter reading cannot let a user in whom S1 would keep out.',
  },
  {
    id: 'RD-09',
    question: 'Is a healthy Key Management Framework a precondition of registering in Australia?',
    contradiction: 'domain brief §4, item 8',
    implemented: side(
      'Yes, in every release: KMF health is one of the pre-onboarding checks, on both instances.',
      'S1 (Australia, pt-BR); REG (Australia); SCAN',
    ),
    alternatives: [side('No longer a listed precondition.', 'ONB (Australia, English) dropped the bullet')],
    why: 'The check moved into the Pre-Onboarding suite rather than away: SCAN still lists "KMF is unhealthy".',
  },
  {
    id: 'RD-10',
    question: 'What happens to Start Registration while checks fail?',
    contradiction: 'domain brief §4, item 9',
    implemented: side(
      'Per release: it does not appear in Australia, and it is shown disabled in Brazil.',
      'CC (Australia); CC-brazil',
    ),
    alternatives: [side('The same behaviour in every release.', 'no source')],
    why: 'The two pages describe two releases; either way the consumer cannot start the registration.',
  },
  {
    id: 'RD-11',
    question: 'Which releases does the legacy onboarding apply to?',
    implemented: side(
      'It is verified as an optional part, whatever the release parameter: a target that no longer offers it declares so and its requirements are not applicable.',
      'S2 (Washington DC docs); BLOG-B and RN (legacy is not supported from Xanadu on)',
    ),
    alternatives: [
      side('Only for releases before Xanadu, which the kit does not otherwise model.', 'BLOG-B; KB1499823'),
    ],
    why: 'Providers still migrating off legacy need it verified, yet current targets must not fail for lacking it.',
  },
  {
    id: 'RD-12',
    question: 'Where does a visitor find Register on the Consumer Service Portal?',
    contradiction: 'domain brief §4, item 10',
    implemented: side(
      'In the portal header in Xanadu; from Yokohama on, only with the External User Registration plugin, in the portal header as the portal pages say, or in the login widget that visitors who are not signed in see, as the plugin page says: either is conforming, and prove-fairness runs both (FREE-19).',
      'CSP-xanadu; CSP-yokohama, CSP-zurich, CSP-australia (the header); EXTREG (the login widget)',
    ),
    alternatives: [
      side('Register is not on /csp at all, only on the CSM customer portal.', 'S3, the asker'),
      side('Register appears on /csp once the person is logged in.', 'S3, the answerer (second reply)'),
      side(
        'In the portal header, as the Xanadu page says, whatever the release.',
        'S3, the answerer (first reply, quoting CSP-xanadu)',
      ),
    ],
    why: 'The thread predates Yokohama by ten days; the release documents explain what its asker saw (no plugin, no link), and a link for registering that appears only after signing in contradicts itself.',
  },
  {
    id: 'RD-13',
    question: 'What does the customer portal say about a registration code no account has?',
    contradiction: 'domain brief §4, item 13',
    implemented: side(
      'The request is refused as registration-code-invalid, which the reference words as "Incorrect Registration Code"; the kit asserts the code, so either wording passes.',
      'CSMREG, the task page',
    ),
    alternatives: [
      side('"Invalid Registration Code".', 'CSMREG, the concept page'),
      side(
        'The request is kept as a Pending Contact Registration for an admin to assign an account.',
        'CSMREG, pending contact registrations',
      ),
    ],
    why: "The task page is the procedure a person follows; the pending list is an administrator's later clean-up, outside the registration itself.",
  },
  {
    id: 'RD-14',
    question: 'Does the provider record name a company?',
    implemented: side(
      'No: the provider record holds its name only, as the Service Exchange page for setting it up describes.',
      'NEWPROV',
    ),
    alternatives: [
      side(
        'The provider record also takes a company, which must already have a user with sn_sb_pro.consumer.',
        'PSDS (the public sector variant)',
      ),
    ],
    why: 'PSDS documents its own variant of the application (sn_sb_psds); the provider record of Service Exchange itself is set up with a name alone, and no scenario asks a target for a company there.',
  },
  {
    id: 'RD-15',
    question: 'How do the settings of a new connection start?',
    implemented: side(
      'Every check box cleared (no auto-activation, no restriction, no auto approval) and no maximum: the pages ask to select each box if it is wanted.',
      'SETTINGS; SETTINGS-P',
    ),
    alternatives: [
      side(
        'The pages give no defaults, so a target may start any box ticked.',
        'SETTINGS, SETTINGS-P (silent on defaults)',
      ),
    ],
    why: 'A box the administrator is told to select "if you want" the behaviour is one that starts cleared; auto approval in particular would let users in that nobody approved.',
  },
  {
    id: 'RD-16',
    question: 'What approval does an authorized user start with?',
    implemented: side(
      'The contacts added at the first registration are Approved; a user the consumer adds is Approved when the settings approve authorized users by themselves, and otherwise Requested until the provider decides.',
      'AUTH-USERS (approved by default); SETTINGS (auto approve authorized users); ADD-AUTH-USER (the record syncs to the provider for approval)',
    ),
    alternatives: [
      side(
        'Every authorized user starts Approved, whatever the settings.',
        'AUTH-USERS (by default, the approval state is Approved)',
      ),
    ],
    why: 'The auto-approve setting would mean nothing if every user started approved; the default the concept page gives is read as the one of the contacts it adds itself.',
  },
  {
    id: 'RD-17',
    question: "Does a production instance email a registration task's link while email sending is off?",
    implemented: side(
      'No: the link is emailed while email sending is on, and left in the comments while it is off, whatever the instance.',
      'S1, why and when (a production instance named as one where email sending is enabled; with it not enabled, the link is copied from the comments)',
    ),
    alternatives: [
      side(
        'Yes: a production instance emails the link whatever the switch says.',
        'S1, why and when, read as naming production instances apart from the switch',
      ),
    ],
    why: 'The page names production instances among those where email sending is enabled, then says what happens when it is not; the kit asserts neither for a production instance with the switch off, and prove-fairness runs both (FREE-16).',
  },
  {
    id: 'RD-18',
    question: 'May a company hold a connection, or a registration task, for more than one of its instances?',
    implemented: side(
      'Yes: the duplicate rules look at the company and the instance URL together, so another instance of the same company is a new registration.',
      'COMP-P, business rule "Limit registration tasks by Company and URL"',
    ),
    alternatives: [
      side(
        'No: each connection needs a company (or account) of its own, so a second instance needs a second company.',
        'KB1649163 (best practice)',
      ),
    ],
    why: 'The business rule is what the product enforces; the knowledge article is guidance for the people who set it up. The kit asserts neither for a second instance of one company, and prove-fairness runs both (FREE-17).',
  },
  {
    id: 'RD-19',
    question:
      'On the Consumer Service Portal, is an email address in other capitals the same address as one already registered?',
    implemented: side(
      'Yes: addresses are compared without regard to case, as mail systems treat them in practice.',
      'CSP, step 3 (an address already in the system), read with the usage of mail',
    ),
    alternatives: [side('No: an address is taken only as it was typed.', 'CSP, step 3, read literally')],
    why: 'The pages say an address must be unique and say nothing of case; the kit asserts only the same address as typed, and prove-fairness runs both (FREE-20).',
  },
  {
    id: 'RD-20',
    question: "What of a path, a query or a fragment typed after the consumer instance's address?",
    implemented: side(
      'Refused: the field asks for the URL of the instance, not of a page in it.',
      'S0, procedure step 4; ONB, procedure step 2',
    ),
    alternatives: [
      side(
        "Dropped: the instance is read from the URL's address alone.",
        'S0, procedure step 4 (silent on what the field keeps)',
      ),
    ],
    why: 'Either way the connection names the instance and nothing else; the kit accepts both, and prove-fairness runs both (FREE-21).',
  },
])

/** The requirement with this ID, if the catalog has it. */
export const requirementById = (id: string): Requirement | undefined => requirements.find((entry) => entry.id === id)

/** The reading with this ID, if the catalog has it. */
export const readingById = (id: string): Reading | undefined => readings.find((entry) => entry.id === id)
