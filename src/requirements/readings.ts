import { z } from 'zod'
import { Reading } from './requirement.schema'

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

/** The reading with this ID, if the catalog has it. */
export const readingById = (id: string): Reading | undefined => readings.find((entry) => entry.id === id)
