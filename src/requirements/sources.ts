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
  KIT: "this kit's own rule: a precondition that cannot be verified is not met",
} as const
