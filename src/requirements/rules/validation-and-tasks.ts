import { procedure, rule } from '../rule'

/** The connection card and the registration page, the Pre-Onboarding suite, the registration task and KMF. */
export const validationAndTaskRules = [
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
    rule(
      'CT-08',
      'The Connections tab can be filtered by connection state: filtered, it shows exactly the connections in that state.',
      'CT (Australia), the Connections tab',
      { releases: ['australia'] },
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
]
