import { procedure, rule } from '../rule'

/**
 * The Provider Center and the Consumer Center: the provider record, connections, settings, authorized users, off-
 * boarding, signing in, the registration URL, completing and gating.
 */
export const providerCenterRules = [
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
]
