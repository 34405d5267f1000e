import { PROVIDER_APP_SCOPE, CONSUMER_APP_SCOPE, SERVLET_URI_PROPERTY } from '../contract/consumer-instance.schema'
import type { KmfStatus } from '../contract/kmf.schema'
import type { CheckName, CheckResult } from '../contract/pre-onboarding.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import type { ProviderStore } from './provider-store'
import type { Rules } from './rules'
import type { RequirementId } from '../requirements/catalog'

/** What the checks look at: the provider's own records, and what the consumer instance says of itself. */
export type CheckFacts = {
  providerRecord: boolean
  providerKmf: KmfStatus
  consumerKmf: KmfStatus
  servletUri: string
  consumerAppVersion: string | undefined
  providerAppVersion: string | undefined
  staleProviderConnections: number
}

/** One check of the Pre-Onboarding suite (SCAN): the requirement it verifies, and how to fix a failure. */
type PreOnboardingCheck = {
  name: CheckName
  requirement: RequirementId
  title: string
  resolution: string
  passes: (facts: CheckFacts) => boolean
}

/** The checks the reference runs, each a sentence with its requirement (domain brief §3.4). */
export const preOnboardingChecks: readonly PreOnboardingCheck[] = [
  {
    name: 'provider-record-missing',
    requirement: 'VAL-01',
    title: 'The provider record is missing on the provider instance',
    resolution: 'Create the provider record (Service Exchange Provider > Provider) and validate again.',
    passes: (facts) => facts.providerRecord,
  },
  {
    name: 'provider-kmf-unhealthy',
    requirement: 'VAL-02',
    title: 'Key Management Framework is not Operational on the provider instance',
    resolution:
      'Open Key Management > Health (Diagnostics) on the provider instance and repair KMF until it is Operational.',
    passes: (facts) => facts.providerKmf === 'Operational',
  },
  {
    name: 'consumer-kmf-unhealthy',
    requirement: 'VAL-03',
    title: 'Key Management Framework is not Operational on the consumer instance',
    resolution:
      'Open Key Management > Health (Diagnostics) on the consumer instance and repair KMF until it is Operational.',
    passes: (facts) => facts.consumerKmf === 'Operational',
  },
  {
    name: 'servlet-uri-empty',
    requirement: 'VAL-04',
    title: `The ${SERVLET_URI_PROPERTY} property of the consumer instance is empty`,
    resolution: `Set ${SERVLET_URI_PROPERTY} to the consumer instance's own address.`,
    passes: (facts) => facts.servletUri !== '',
  },
  {
    name: 'app-versions-differ',
    requirement: 'VAL-05',
    title: 'Service Exchange for Providers and for Consumers differ in version on the consumer instance',
    resolution: 'Upgrade both Service Exchange applications on the consumer instance to the same version.',
    passes: (facts) => facts.providerAppVersion === undefined || facts.providerAppVersion === facts.consumerAppVersion,
  },
  {
    name: 'stale-connection-records',
    requirement: 'VAL-06',
    title: 'The consumer instance holds stale Provider Connection records for this provider',
    resolution: 'Delete the Provider Connection records left by an earlier attempt or an instance clone.',
    passes: (facts) => facts.staleProviderConnections === 0,
  },
]

/** Runs the Pre-Onboarding suite for the consumer instance at this origin; a check whose rule is off passes. */
export class PreOnboardingSuite {
  constructor(
    private readonly store: ProviderStore,
    private readonly consumers: ConsumerInstanceClient,
    private readonly rules: Rules,
    private readonly providerUrl: string,
  ) {}

  /**
   * Every check's result, or checks-did-not-run when the facts cannot be gathered: a run that could not look is
   * reported as such, never as passed (CT-07).
   */
  async run(origin: string, earlier: readonly CheckResult[] = []): Promise<Outcome<CheckResult[]>> {
    const facts = await this.#facts(origin)
    if (!facts.ok) {
      return refused(
        'checks-did-not-run',
        `the pre-onboarding checks could not run, try again later: ${facts.refusal.reason}`,
      )
    }
    return accepted(
      preOnboardingChecks.map((check) => {
        const fails = this.rules.applies(check.requirement, () => !check.passes(facts.value))
        const failedBefore = earlier.some((result) => result.check === check.name && result.status === 'failed')
        const status = fails ? 'failed' : failedBefore ? 'resolved' : 'passed'
        return { check: check.name, status, title: check.title, resolution: check.resolution }
      }),
    )
  }

  async #facts(origin: string): Promise<Outcome<CheckFacts>> {
    // Asked side by side: a real instance answers each in its own time.
    const [consumerKmf, servletUri, consumerApp, providerApp, stale] = await Promise.all([
      this.consumers.kmfStatus(origin),
      this.consumers.property(origin, SERVLET_URI_PROPERTY),
      this.consumers.installedVersion(origin, CONSUMER_APP_SCOPE),
      this.consumers.installedVersion(origin, PROVIDER_APP_SCOPE),
      this.consumers.providerConnectionsTo(origin, this.providerUrl),
    ])
    if (!consumerKmf.ok) return consumerKmf
    if (!servletUri.ok) return servletUri
    if (!consumerApp.ok) return consumerApp
    if (!providerApp.ok) return providerApp
    if (!stale.ok) return stale
    return accepted({
      providerRecord: this.store.providerRecord !== undefined,
      providerKmf: this.store.kmf,
      consumerKmf: consumerKmf.value,
      servletUri: servletUri.value,
      consumerAppVersion: consumerApp.value,
      providerAppVersion: providerApp.value,
      // Off-boarding the consumer deleted the provider's records only: the consumer instance's stay until Off-Board
      // Provider there (OFF-04).
      staleProviderConnections: this.rules.parts.staleConnectionsSeen(
        stale.value,
        this.store.offboardedOrigins.has(origin),
      ),
    })
  }
}

/** The checks of a run that fail. */
export const failing = (results: readonly CheckResult[]): CheckResult[] =>
  results.filter((result) => result.status === 'failed')
