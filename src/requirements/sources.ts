/** The sources the catalog cites, by the short keys of the domain brief; the report prints this legend. */
export const sourceLegend = {
  S0: 'seeds/000_14800592168b9337.txt: Register a consumer from the Provider Center (Australia, June 2026)',
  S1: 'seeds/001_39e5f266eccb196d.txt: Register a Service Exchange consumer (Australia)',
  CT: 'ServiceNowDocs markdown/service-exchange/se-connections-tab.md: the Connections tab',
  CC: 'ServiceNowDocs markdown/service-exchange/se-consumer-center-onboarding.md: Consumer Center onboarding',
  ONB: 'ServiceNowDocs markdown/service-exchange/service-bridge-v2-onboarding.md: onboarding a consumer',
  REG: 'ServiceNowDocs markdown/service-exchange/service-bridge-v2-register.md: registering with a provider',
  'COMP-P': 'ServiceNowDocs markdown/service-exchange/service-bridge-v2-installed-components-provider.md: provider components',
  SETTINGS: 'ServiceNowDocs markdown/service-exchange/service-bridge-v2-configure-consumer-settings.md: connection settings',
  'CT-brazil': 'docs.servicenow.com, Brazil: se-connections-tab, the Connections tab',
  'CC-brazil': 'docs.servicenow.com, Brazil: se-consumer-center-onboarding, Consumer Center onboarding',
  SCAN: 'ServiceNowDocs markdown/service-exchange/service-bridge-v2-list-of-scan-checks-in-sb.md: scan checks',
  KMF: 'ServiceNowDocs markdown/platform-security/platform-encryption/kmf_diagnostics.md and assign-kmf-roles.md',
  RN: 'ServiceNowDocs markdown/release-notes/release-notes/service-bridge-rn.md: release notes',
  'BLOG-A': 'servicenow.com community, "Registering and onboarding a new Service Bridge consumer"',
  KIT: "this kit's own rule where the sources are silent: a precondition that cannot be verified is not met, and time bounds on what happens automatically",
} as const
