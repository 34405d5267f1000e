import { legacy, portal, procedure, rule } from '../rule'

/** The legacy Service Bridge onboarding and self-registration on the two portals (optional parts). */
export const legacyAndPortalRules = [
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
      'When allowed email domains are configured, a sign-up from any other domain is refused; the domain is compared whole (a subdomain is another domain) and without regard to case, and an empty list allows every domain.',
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
