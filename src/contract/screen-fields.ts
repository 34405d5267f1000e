/**
 * What the screens of the reference UI call each field of the contract's records. The screens show a record as
 * labelled definitions under these words, and the browser driver reads them back by the same words, so a screen
 * and its reading cannot drift apart. Each label names one field only.
 */
export const SCREEN_FIELDS = {
  number: 'Number',
  company: 'Company',
  instanceUrl: 'URL',
  state: 'State',
  appVersion: 'Version',
  registrationUrl: 'Registration URL',
  card: 'Connection',
  registration: 'Registration',
  contact: 'Contact',
  name: 'Name',
  email: 'Email',
  createdAt: 'Created',
  onboardedAt: 'Onboarded',
  settings: 'Settings',
  autoActivateRrp: 'Auto-activate remote record producers',
  autoActivateRtd: 'Auto-activate remote task definitions',
  restrictAuthorizedUsers: 'Restrict authorized users',
  maxAuthorizedUsers: 'Maximum authorized users',
  autoApproveAuthorizedUsers: 'Auto-approve authorized users',
  provider: 'Provider',
  checks: 'Pre-onboarding checks',
  check: 'Check',
  status: 'Status',
  title: 'Issue',
  resolution: 'How to resolve',
  banner: 'Validation Failed',
  lastCheckRun: 'Last check run',
  outcome: 'Outcome',
  at: 'At',
  reason: 'Reason',
  comments: 'Comments',
  healthy: 'Healthy',
  account: 'Account',
  customerInstanceUrl: 'Customer instance URL',
  workNotes: 'Work notes',
  subscription: 'Replication Subscription',
  providerRecord: 'Provider record',
  replicationSet: 'Replication set',
  established: 'Integration established',
  roles: 'Roles',
  user: 'User',
  userName: 'User ID',
} as const

/** How a screen marks the kind of a value, so that "Yes" read back is a boolean and "3" a number. */
export type ValueKind = 'record' | 'list' | 'text' | 'boolean' | 'number' | 'time'
