import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import type { KmfHealth } from '../src/contract/kmf.schema'
import { actorOf, withWrongPassword } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

Given('a provider user with the roles {string}', async function (this: ExchangeWorld, roles: string) {
  this.thatUser = await this.cast.newProviderUser(
    roles
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean),
  )
})

When('that user views the KMF health diagnostics', async function (this: ExchangeWorld) {
  this.record(await this.driver.viewKmfHealth(actorOf(this.thatUser)))
})

When('that user views the KMF health diagnostics with a wrong password', async function (this: ExchangeWorld) {
  this.record(await this.driver.viewKmfHealth(withWrongPassword(actorOf(this.thatUser))))
})

Then(
  /^the diagnostics show KMF "([^"]+)" and (healthy|unhealthy)$/,
  function (this: ExchangeWorld, status: string, health: string) {
    const outcome = this.lastOutcome()
    assert.ok(outcome.ok, `the diagnostics were refused: ${outcome.ok ? '' : outcome.refusal.code}`)
    const shown = outcome.value as KmfHealth
    assert.deepEqual(
      shown,
      { status, healthy: health === 'healthy' },
      `the diagnostics show KMF ${shown.status} and ${shown.healthy ? 'healthy' : 'unhealthy'}`,
    )
  },
)
