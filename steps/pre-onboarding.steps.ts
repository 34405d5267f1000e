import { Given, When } from '@cucumber/cucumber'
import type { KmfStatus } from '../src/contract/kmf.schema'
import type { CheckName } from '../src/contract/pre-onboarding.schema'
import type { ExchangeWorld } from './support/world'

/** The consumer's instance, as the mocks let a scenario change it. */
const consumerInstance = (world: ExchangeWorld) => world.boundary.instances.control(world.cast.consumer().instanceUrl)

Given('the provider record is missing', async function (this: ExchangeWorld) {
  await this.cast.providerReady()
  await this.driver.removeProviderRecord()
})

Given('KMF on the provider instance is {kmfStatus}', async function (this: ExchangeWorld, status: KmfStatus) {
  this.must(await this.driver.setKmfStatus(status))
})

Given('KMF on the consumer instance is {kmfStatus}', function (this: ExchangeWorld, status: KmfStatus) {
  consumerInstance(this).reportsKmf(status)
})

Given('glide.servlet.uri is empty on the consumer instance', function (this: ExchangeWorld) {
  consumerInstance(this).setsProperty('glide.servlet.uri', '')
})

Given('the consumer instance runs Service Exchange for Providers at another version', function (this: ExchangeWorld) {
  consumerInstance(this).alsoRunsProviderAppAtOtherVersion()
})

Given(
  'the consumer instance runs Service Exchange for Providers at its consumer version',
  function (this: ExchangeWorld) {
    consumerInstance(this).alsoRunsProviderAppAtSameVersion()
  },
)

Given(
  'the consumer instance holds stale Provider Connection records for this provider',
  function (this: ExchangeWorld) {
    consumerInstance(this).holdsProviderConnections(this.cast.providerUrl, 2)
  },
)

When('the consumer instance answers again', function (this: ExchangeWorld) {
  consumerInstance(this).becomes('answers')
})

/** How each problem is fixed, as its resolution says. */
const fixes: Record<CheckName, (world: ExchangeWorld) => Promise<unknown> | void> = {
  'provider-record-missing': (world) => world.cast.setUpProviderRecord(),
  'provider-kmf-unhealthy': async (world) => world.must(await world.driver.setKmfStatus('Operational')),
  'consumer-kmf-unhealthy': (world) => consumerInstance(world).fixes('consumer-kmf-unhealthy'),
  'servlet-uri-empty': (world) => consumerInstance(world).fixes('servlet-uri-empty'),
  'app-versions-differ': (world) => consumerInstance(world).fixes('app-versions-differ'),
  'stale-connection-records': (world) => consumerInstance(world).fixes('stale-connection-records'),
}

When('the {check} issue is fixed', async function (this: ExchangeWorld, check: CheckName) {
  await fixes[check](this)
})
