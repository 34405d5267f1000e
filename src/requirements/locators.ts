import { sourceLegend, type Source } from './sources'
import type { DocsRelease, Locator, OtherSource, PageLocator } from './locator.schema'

type Legend = typeof sourceLegend

/** A section of the page the legend names by this key (S0, CT, ONB…), in one release. */
const on =
  (release: DocsRelease) =>
  (key: keyof Legend, section: string): PageLocator => {
    const page = (sourceLegend[key] as Source).page
    if (!page) throw new Error(`${key} is not a page of the documentation repository`)
    return { release, ...page, section }
  }
const au = on('australia')
const zu = on('zurich')
const yo = on('yokohama')
const xa = on('xanadu')
/** A source outside the documentation repository, by its key in the legend. */
const elsewhere = (key: keyof Legend, detail?: string): OtherSource => ({
  elsewhere: key,
  ...(detail ? { detail } : {}),
})

// Section headings as each page writes them; a page's title stands for the text under it.
const S0 = {
  title: 'Register a consumer from the Provider Center',
  before: 'Before you begin',
  about: 'About this task',
  procedure: 'Procedure',
  result: 'Result',
}
const CT = { title: 'Connections', card: 'Connection card' }
const CC = {
  title: 'Consumer registration from the Consumer Center',
  before: 'Before you begin',
  procedure: 'Procedure',
  result: 'Result',
}
const ONB = { before: 'Before you begin', about: 'About this task', procedure: 'Procedure' }
const REG = { before: 'Before you begin', about: 'About this task', procedure: 'Procedure' }
const COMP_P = 'Business rules installed'
const SCAN = 'List of scan checks'
const CSP = { before: 'Before you begin', procedure: 'Procedure', result: 'Result' }
const CSMREG = 'Customer contact self-registration'
const portalReleases = (section: string) => [
  xa('CSP', section),
  yo('CSP', section),
  zu('CSP', section),
  au('CSP', section),
]

/**
 * Where each requirement rests, section by section: the pages of ServiceNow's documentation it was read against (`npm
 * run sources` holds every one to a checkout of them), and the sources outside it.
 */
export const locators: Record<string, Locator[]> = {
  'PR-01': [au('NEWPROV', 'Before you begin')],
  'PR-02': [au('NEWPROV', 'About this task')],
  'PR-03': [au('NEWPROV', 'Procedure')],
  'PC-01': [au('S0', S0.procedure), au('CT', CT.title)],
  'PC-02': [au('S0', S0.about)],
  'PC-03': [au('S0', S0.about), elsewhere('KIT', 'the strength of an unguessable token')],
  'PC-46': [au('S0', S0.about), elsewhere('KIT', 'a secure generator, attested')],
  'PC-04': [au('S0', S0.before)],
  'PC-05': [au('S0', S0.before)],
  'PC-06': [au('S0', S0.before)],
  'PC-07': [au('S0', S0.before), au('S0', S0.procedure)],
  'PC-08': [au('S0', S0.procedure)],
  'PC-09': [au('S0', S0.procedure), elsewhere('CC-brazil', 'the URL format checked as it is typed')],
  'PC-10': [au('COMP-P', COMP_P), elsewhere('KIT', 'KB1649163, one company per connection: reading RD-18')],
  'PC-11': [au('COMP-P', COMP_P)],
  'RES-01': [au('CT', CT.card), au('CC', CC.procedure)],
  'SET-01': [
    au('CC', CC.procedure),
    au('SETTINGS', 'Before you begin'),
    au('SETTINGS', 'Procedure'),
    au('COMP-P', COMP_P),
  ],
  'SET-02': [au('SETTINGS', 'Procedure'), au('SETTINGS-P', 'Procedure')],
  'SET-03': [au('SETTINGS-P', 'Before you begin'), au('SETTINGS-P', 'Procedure')],
  'SET-04': [au('SETTINGS', 'Procedure'), au('SETTINGS-P', 'Procedure')],
  'AU-01': [au('AUTH-USERS', 'Service Exchange authorized users and personas')],
  'AU-02': [au('AUTH-USERS', 'Service Exchange authorized users and personas'), au('SETTINGS-P', 'Before you begin')],
  'AU-03': [
    au('ADD-AUTH-USER', 'Before you begin'),
    au('ADD-AUTH-USER', 'Result'),
    au('AUTH-USERS', 'Service Exchange authorized users and personas'),
    au('SETTINGS', 'Procedure'),
  ],
  'AU-04': [au('AUTH-USERS', 'Service Exchange authorized users and personas'), au('SETTINGS', 'Procedure')],
  'OFF-01': [au('OFF-C', 'Before you begin')],
  'OFF-02': [au('OFF-C', 'Procedure')],
  'OFF-03': [au('OFF-C', 'Result'), au('COMP-P', COMP_P)],
  'OFF-04': [au('OFF-C', 'Result'), au('OFF-P', 'Result'), au('SCAN', SCAN)],
  'AUTH-01': [au('S0', S0.before), au('CSP', CSP.procedure)],
  'AUTH-02': [au('REG', REG.procedure), au('ONB', ONB.about), elsewhere('BLOG-A')],
  'PC-20': [au('S0', S0.about), au('ONB', ONB.about)],
  'PC-21': [au('S0', S0.about), au('S0', S0.procedure)],
  'PC-30': [au('S0', S0.procedure)],
  'PC-31': [au('S0', S0.procedure), au('ONB', ONB.procedure)],
  'PC-32': [au('S0', S0.result), au('CT', CT.card)],
  'PC-33': [au('S0', S0.result), au('CT', CT.card), au('CC', CC.result)],
  'PC-34': [au('S0', S0.about), elsewhere('KIT', 'single use of a registration URL')],
  'PC-40': [au('S0', S0.before), au('CC', CC.before)],
  'PC-41': [au('S0', S0.before), elsewhere('KIT', 'a release that cannot be read')],
  'PC-42': [au('S0', S0.before), au('CC', CC.before)],
  'PC-43': [au('S0', S0.before), elsewhere('KIT', 'an instance that cannot be asked')],
  'PC-44': [au('S0', S0.before), au('CC', CC.before)],
  'CT-01': [au('CT', CT.card)],
  'CT-02': [elsewhere('CT-brazil', 'card states')],
  'CT-03': [au('CC', CC.procedure), au('CT', CT.card)],
  'CT-04': [au('CC', CC.procedure), au('REG', REG.procedure)],
  'CT-05': [au('CC', CC.procedure)],
  'CT-06': [elsewhere('CC-brazil', 'step 2')],
  'CT-07': [elsewhere('CC-brazil', 'step 2, failed running the pre-onboarding checks')],
  'CT-08': [au('CT', CT.title)],
  'VAL-01': [au('SCAN', SCAN), au('ONB', ONB.before)],
  'VAL-02': [
    au('SCAN', SCAN),
    au('REG', REG.before),
    elsewhere('S1', 'Before you begin, KMF health (Australia, pt-BR)'),
  ],
  'VAL-03': [au('SCAN', SCAN), au('REG', REG.before)],
  'VAL-04': [au('SCAN', SCAN), au('INSTALL', 'Pre-installation checks')],
  'VAL-05': [au('SCAN', SCAN), elsewhere('RN')],
  'VAL-06': [au('SCAN', SCAN)],
  'TASK-01': [au('ONB', ONB.before)],
  'TASK-02': [au('ONB', ONB.before)],
  'TASK-03': [au('ONB', ONB.before), au('ONB', ONB.procedure)],
  'TASK-04': [au('ONB', ONB.before), au('ONB', ONB.procedure)],
  'TASK-05': [au('ONB', ONB.before)],
  'TASK-06': [au('COMP-P', COMP_P), elsewhere('KIT', 'KB1649163, one company per connection: reading RD-18')],
  'TASK-07': [au('ONB', ONB.procedure), elsewhere('KIT', 'the five-minute bound')],
  'TASK-08': [au('ONB', ONB.procedure)],
  'TASK-09': [au('ONB', ONB.procedure)],
  'TASK-10': [au('ONB', ONB.procedure), elsewhere('KIT', 'the five-minute bound')],
  'TASK-11': [au('ONB', ONB.about), au('ONB', ONB.procedure)],
  'TASK-12': [au('REG', REG.procedure)],
  'TASK-13': [
    au('SCAN', SCAN),
    elsewhere('CC-brazil', 'step 2'),
    elsewhere('KIT', 'a run that did not happen is not a pass'),
  ],
  'KMF-01': [au('REG', REG.before), elsewhere('S1', 'Before you begin'), elsewhere('KMF')],
  'KMF-02': [elsewhere('KMF', 'diagnostics'), au('SCAN', SCAN)],
  'LEG-01': [elsewhere('S2', 'onboarding, role required')],
  'LEG-02': [elsewhere('S2', 'onboarding, Before you begin')],
  'LEG-03': [elsewhere('S2', 'onboarding, Before you begin')],
  'LEG-04': [elsewhere('S2', 'onboarding, the catalog item')],
  'LEG-05': [elsewhere('S2', 'onboarding, Result')],
  'LEG-06': [elsewhere('S2', 'onboarding, Result')],
  'LEG-07': [elsewhere('S2'), au('COMP-P', COMP_P)],
  'LEG-08': [elsewhere('S2', 'create a provider record, Before you begin')],
  'LEG-09': [elsewhere('S2', 'create a provider record; approve the request, steps 3 to 5')],
  'LEG-10': [elsewhere('S2', 'approve the customer request, steps 5 and 6')],
  'LEG-11': [elsewhere('IDR'), elsewhere('S2')],
  'LEG-12': [elsewhere('S2', 'activate the replication set')],
  'LEG-13': [elsewhere('KIT', 'S2 is silent on repeated steps')],
  'PORT-01': [...portalReleases(CSP.before), ...portalReleases(CSP.procedure), elsewhere('EXTREG')],
  'PORT-02': [yo('CSP', CSP.before), zu('CSP', CSP.before), au('CSP', CSP.before)],
  'PORT-03': [...portalReleases(CSP.procedure), elsewhere('S3')],
  'PORT-04': [xa('CSP', CSP.procedure), yo('CSP', CSP.procedure), elsewhere('S3')],
  'PORT-05': [xa('CSP', CSP.procedure), yo('CSP', CSP.procedure), elsewhere('S3')],
  'PORT-06': [zu('CSP', CSP.procedure), au('CSP', CSP.procedure)],
  'PORT-07': [...portalReleases(CSP.procedure), elsewhere('S3')],
  'PORT-08': [...portalReleases(CSP.procedure), ...portalReleases(CSP.result)],
  'PORT-09': [...portalReleases(CSP.procedure), elsewhere('CSP', 'the Jakarta page: the consumer role')],
  'PORT-10': [elsewhere('EXTREG', 'registration links'), elsewhere('KIT', 'single use of a verification link')],
  'PORT-11': [elsewhere('EXTREG', 'sn_ext_usr_reg.Reg_link_expiration_days')],
  'PORT-12': [elsewhere('EXTREG', 'sn_ext_usr_reg.allowed_email_domains')],
  'CSM-01': [elsewhere('CSMREG', 'the task page, steps 1 to 4')],
  'CSM-02': [au('CSMREG', CSMREG), elsewhere('CSMREG', 'the task page, result')],
  'CSM-03': [au('CSMREG', CSMREG), elsewhere('CSMREG', 'the task page: submit a registration request')],
  'CSM-04': [au('CSMREG', CSMREG), elsewhere('CSMREG', 'the task page: manage registration requests')],
  'CSM-05': [au('CSMREG', CSMREG), elsewhere('CSMREG', 'the task page: manage registration requests')],
  'CSM-06': [au('CSMREG', CSMREG)],
  'CSM-07': [au('CSMREG', CSMREG)],
}

/** The pages of each release that bear on onboarding: the coverage table lists every one, cited or not yet. */
export const onboardingPages: { folder: PageLocator['folder']; file: string }[] = [
  ...[
    'se-provider-center-onboarding',
    'se-consumer-center-onboarding',
    'se-connections-tab',
    'se-execute-scan-check',
    'se-con-execute-scan-check',
    'service-bridge-v2-onboarding',
    'service-bridge-v2-register',
    'service-bridge-v2-new-provider',
    'service-bridge-v2-install',
    'install-service-bridge-v2-provider',
    'install-service-bridge-v2-customer',
    'service-bridge-v2-installed-components-provider',
    'service-bridge-v2-list-of-scan-checks-in-sb',
    'service-bridge-v2-scan-checks',
    'service-bridge-v2-mismatch-version',
    'service-bridge-v2-configure-consumer-settings',
    'service-bridge-v2-configure-settings',
    'service-bridge-v2-auth-users',
    'service-bridge-v2-create-auth-user',
    'service-bridge-v2-offboard-consumer',
    'service-bridge-v2-offboard-provider',
    'service-bridge-v2-migrate',
  ].map((file) => ({ folder: 'service-exchange' as const, file })),
  ...[
    'create-a-consumer-registration',
    'consumer-portal-registration',
    'c_PortalSelfRegistration',
    'c_Business-PortalSelfRegistration',
  ].map((file) => ({ folder: 'customer-service-management' as const, file })),
]
