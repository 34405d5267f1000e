import type { KmfStatus } from '../../contract/kmf.schema'
import type { CheckName } from '../../contract/pre-onboarding.schema'
import { phrase } from '../phrase'
import type { Scenario } from '../scenario'

/** The consumer instance, as the mocks let a scenario change it between the parties' acts. */

export const theConsumerInstanceRuns = phrase<[version: string]>(
  'the consumer instance (now )runs Service Exchange {release}',
  (scenario, version) => {
    scenario.consumerInstance().runsVersion(version)
  },
  (version) => `the consumer instance now runs Service Exchange ${version}`,
)

export const kmfOnTheConsumerInstance = phrase<[status: KmfStatus]>(
  'KMF on the consumer instance is {kmfStatus}',
  (scenario, status) => {
    scenario.consumerInstance().reportsKmf(status)
  },
  (status) => `KMF on the consumer instance is ${status}`,
)

export const theServletUriIsEmpty = phrase('glide.servlet.uri is empty on the consumer instance', (scenario) => {
  scenario.consumerInstance().setsProperty('glide.servlet.uri', '')
})

export const theProviderAppAtAnotherVersion = phrase(
  'the consumer instance runs Service Exchange for Providers at another version',
  (scenario) => {
    scenario.consumerInstance().alsoRunsProviderAppAtOtherVersion()
  },
)

export const theProviderAppAtTheConsumerVersion = phrase(
  'the consumer instance runs Service Exchange for Providers at its consumer version',
  (scenario) => {
    scenario.consumerInstance().alsoRunsProviderAppAtSameVersion()
  },
)

export const staleProviderConnections = phrase(
  'the consumer instance holds stale Provider Connection records for this provider',
  (scenario) => {
    scenario.consumerInstance().holdsProviderConnections(scenario.cast.providerUrl, 2)
  },
)

export const theConsumerInstanceCannotBeReached = phrase('the consumer instance cannot be reached', (scenario) => {
  scenario.consumerInstance().becomes('unreachable')
})

export const theConsumerInstanceAnswersAgain = phrase('the consumer instance answers again', (scenario) => {
  scenario.consumerInstance().becomes('answers')
})

/** How each problem is fixed, as its resolution says. */
const FIXES: Record<CheckName, (scenario: Scenario) => Promise<unknown> | void> = {
  'provider-record-missing': (scenario) => scenario.cast.setUpProviderRecord(),
  'provider-kmf-unhealthy': async (scenario) => scenario.must(await scenario.driver.setKmfStatus('Operational')),
  'consumer-kmf-unhealthy': (scenario) => scenario.consumerInstance().fixes('consumer-kmf-unhealthy'),
  'servlet-uri-empty': (scenario) => scenario.consumerInstance().fixes('servlet-uri-empty'),
  'app-versions-differ': (scenario) => scenario.consumerInstance().fixes('app-versions-differ'),
  'stale-connection-records': (scenario) => scenario.consumerInstance().fixes('stale-connection-records'),
}

export const theIssueIsFixed = phrase<[check: CheckName]>(
  'the {check} issue is fixed',
  (scenario, check) => FIXES[check](scenario),
  (check) => `the "${check}" issue is fixed`,
)
