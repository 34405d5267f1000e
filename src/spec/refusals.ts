import type { RequirementId } from '../requirements/catalog'

/**
 * Every code an implementation may refuse a request with, and the requirements whose rules give it, the first being
 * the rule the code is named for. A code with no requirement is the contract's own: a record the request names does
 * not exist, a request outside its shape, the server's limits. Codes are stable: reports, waivers and remote targets
 * depend on them, so a code is added here, never renamed.
 */
export const REFUSALS = {
  'invalid-request': [],
  'not-authenticated': ['AUTH-02'],
  'unknown-user': ['AUTH-01'],
  'not-admin': ['PC-04', 'TASK-01', 'LEG-01', 'LEG-10', 'SET-03', 'AU-02'],
  'provider-record-missing': ['PC-05', 'TASK-02', 'LEG-02'],
  'company-not-found': ['PC-06', 'TASK-03'],
  'contact-not-found': ['PC-07'],
  'contact-not-in-company': ['PC-07', 'TASK-03', 'LEG-04'],
  'instance-url-malformed': ['PC-09', 'TASK-03'],
  'connection-exists': ['PC-10'],
  'instance-url-in-use': ['PC-11'],
  'connection-not-found': [],
  'registration-url-unknown': [],
  'registration-url-used': ['PC-34'],
  'not-named-contact': ['PC-30'],
  'contact-not-consumer-admin': ['PC-31'],
  'version-too-old': ['PC-40', 'PC-44'],
  'version-malformed': ['PC-41'],
  'consumer-app-missing': ['PC-42'],
  'instance-unreachable': ['PC-43', 'LEG-04'],
  'instance-timeout': ['PC-43'],
  'instance-answer-malformed': ['PC-43'],
  'not-validated': ['CT-04'],
  'checks-did-not-run': ['CT-07'],
  'issue-not-found': ['CT-06'],
  'contact-lacks-consumer-role': ['TASK-04'],
  'contact-email-invalid': ['TASK-05'],
  'registration-task-exists': ['TASK-06'],
  'registration-task-not-found': [],
  'kmf-roles-missing': ['KMF-01'],
  'producer-replication-set-missing': ['LEG-03'],
  'instance-id-mismatch': ['LEG-04'],
  'registration-exists': ['LEG-07'],
  'registration-case-not-found': [],
  'registration-not-initiated': ['LEG-08'],
  'not-customer-admin': ['CSM-06', 'LEG-08', 'LEG-12'],
  'provider-record-exists': ['PR-02', 'LEG-13'],
  'subscription-not-requested': ['LEG-12', 'LEG-10'],
  'subscription-already-decided': ['LEG-13'],
  'subscription-not-approved': ['LEG-12'],
  'subscription-rejected': ['LEG-11'],
  'provider-instance-not-found': [],
  'operation-not-found': [],
  'registration-not-offered': ['PORT-02'],
  'email-taken': ['PORT-03'],
  'email-domain-not-allowed': ['PORT-12'],
  'captcha-not-verified': ['PORT-04', 'CSM-01'],
  'terms-not-accepted': ['PORT-05', 'CSM-01'],
  'verification-link-unknown': [],
  'verification-link-used': ['PORT-10'],
  'verification-link-expired': ['PORT-11'],
  'account-not-verified': ['PORT-08'],
  'sign-in-failed': ['AUTH-01'],
  'registration-code-invalid': ['CSM-03'],
  'registration-request-not-found': [],
  'registration-request-decided': ['CSM-07'],
  'setup-token-invalid': [],
  'user-name-taken': [],
  'unsupported-media-type': [],
  'body-too-large': [],
  'record-limit-reached': [],
  'server-full': [],
  'internal-error': [],
  'consumer-token-invalid': ['AUTH-02'],
  'sb-admin-roles-missing': ['PR-01', 'OFF-01'],
  'offboarding-not-confirmed': ['OFF-02'],
  'not-onboarded': ['SET-01', 'AU-03'],
  'max-without-restrict': ['SET-02'],
  'setting-not-changeable': ['SET-03'],
  'authorized-user-exists': ['AU-03'],
  'authorized-user-not-found': [],
  'authorized-users-limit-reached': ['AU-04'],
  'provider-name-invalid': ['PR-03'],
  'not-consumer-admin': ['SET-01', 'AU-03'],
} as const satisfies Record<string, readonly RequirementId[]>

/** A refusal's code. */
export type RefusalCodeName = keyof typeof REFUSALS

/** Every refusal code, in the order of the table. */
export const REFUSAL_CODES = Object.keys(REFUSALS) as [RefusalCodeName, ...RefusalCodeName[]]

/** The requirement a refusal code is named for, if it is a rule's and not the contract's own. */
export const requirementOf = (code: RefusalCodeName): RequirementId | undefined => REFUSALS[code][0]
