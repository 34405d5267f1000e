/**
 * A source the catalog cites, as a reader finds it: the page's title, where it is published (ServiceNow's documentation
 * site, or the community), and, for a page of ServiceNow's documentation repository, its folder and file (which a test
 * holds to the pages kept beside the kit, where they are).
 */
export type Source = {
  title: string
  url?: string
  page?: { folder: 'service-exchange' | 'customer-service-management'; file: string }
}

/** A page of ServiceNow's documentation, under the address its pages give as their own. */
const docsPage = (folder: 'service-exchange' | 'customer-service-management', file: string, title: string): Source => ({
  title,
  url: `https://www.servicenow.com/docs/r/${folder}/${file}.html`,
  page: { folder, file },
})

const serviceExchange = (file: string, title: string): Source => docsPage('service-exchange', file, title)

/**
 * The sources the catalog cites, by the short keys its requirements use; the reports print this legend. A key with a
 * release after it (CSP-zurich, CT-brazil where the legend has no entry of its own) is that release's page.
 */
export const sourceLegend = {
  S0: {
    ...serviceExchange('se-provider-center-onboarding', 'Register a consumer from the Provider Center'),
    title: 'Register a consumer from the Provider Center (Australia, June 2026)',
  },
  S1: {
    ...serviceExchange('service-bridge-v2-onboarding', 'Register a Service Exchange consumer'),
    title: 'Register a Service Exchange consumer (Australia, the registration task)',
  },
  S2: {
    title: "Onboard a new Service Exchange customer (legacy), Washington DC release of ServiceNow's documentation",
  },
  S3: {
    title: 'Consumer vs Customer registration process (ServiceNow community, CSM forum, January 2025)',
    url: 'https://www.servicenow.com/community/csm-forum/consumer-vs-customer-registration-process/m-p/3153553',
  },
  CT: serviceExchange('se-connections-tab', 'Connections'),
  CC: serviceExchange('se-consumer-center-onboarding', 'Consumer registration from the Consumer Center'),
  ONB: serviceExchange('service-bridge-v2-onboarding', 'Register a Service Exchange consumer'),
  REG: serviceExchange('service-bridge-v2-register', 'Connect to a provider'),
  'COMP-P': serviceExchange(
    'service-bridge-v2-installed-components-provider',
    'Components installed with Service Exchange for Providers',
  ),
  NEWPROV: serviceExchange('service-bridge-v2-new-provider', 'Set up a Service Exchange provider record'),
  'OFF-C': serviceExchange('service-bridge-v2-offboard-consumer', 'Off-board a Service Exchange consumer'),
  'OFF-P': serviceExchange('service-bridge-v2-offboard-provider', 'Off-board a Service Exchange provider'),
  'SETTINGS-P': serviceExchange('service-bridge-v2-configure-settings', 'Update settings for authorized users'),
  'AUTH-USERS': serviceExchange('service-bridge-v2-auth-users', 'Service Exchange authorized users and personas'),
  'ADD-AUTH-USER': serviceExchange('service-bridge-v2-create-auth-user', 'Add an authorized user'),
  SETTINGS: serviceExchange(
    'service-bridge-v2-configure-consumer-settings',
    'Configure settings on the consumer instance',
  ),
  SCAN: serviceExchange('service-bridge-v2-list-of-scan-checks-in-sb', 'List of scan checks'),
  INSTALL: serviceExchange('service-bridge-v2-install', 'Configure Service Exchange for Consumers'),
  'CT-brazil': {
    title: "Connections (Brazil release, as published on ServiceNow's documentation site)",
    url: 'https://www.servicenow.com/docs/r/service-exchange/se-connections-tab.html',
  },
  'CC-brazil': {
    title: 'Consumer registration from the Consumer Center (Brazil release, as published)',
    url: 'https://www.servicenow.com/docs/r/service-exchange/se-consumer-center-onboarding.html',
  },
  CSP: docsPage(
    'customer-service-management',
    'create-a-consumer-registration',
    'Register for the Consumer Service Portal',
  ),
  CSMREG: {
    ...docsPage('customer-service-management', 'c_PortalSelfRegistration', 'Customer contact self-registration'),
    title: 'Customer contact self-registration, with submitting and managing registration requests',
  },
  EXTREG: { title: 'External user self-registration (ServiceNow documentation, platform security)' },
  PSDS: { title: 'Service Bridge configuration for the public sector (ServiceNow documentation, government industry)' },
  KMF: { title: 'KMF diagnostics, and assigning the KMF roles (ServiceNow documentation, platform encryption)' },
  RN: { title: 'Service Bridge release notes (ServiceNow documentation)' },
  IDR: {
    title: 'Instance Data Replication: continuous replication, and approving a consumer (ServiceNow documentation)',
  },
  'BLOG-A': {
    title: 'Registering and onboarding a new Service Bridge consumer (ServiceNow community, technology blog)',
    url: 'https://www.servicenow.com/community/technology-blog/registering-and-onboarding-a-new-service-bridge-consumer/ba-p/2769590',
  },
  'BLOG-B': {
    title: 'Migrating from the legacy Service Bridge applications (ServiceNow community, technology blog)',
    url: 'https://www.servicenow.com/community/technology-blog/migrating-from-the-legacy-service-bridge-applications/ba-p/2755812',
  },
  KIT: {
    title:
      "This kit's own rule where the sources are silent: a precondition that cannot be verified is not met, and what happens on its own happens within a bound",
  },
} as const satisfies Record<string, Source>
