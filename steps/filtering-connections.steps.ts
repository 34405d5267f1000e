import assert from 'node:assert/strict'
import { Then, When } from '@cucumber/cucumber'
import type { CardState, ConnectionCard } from '../src/contract/connection.schema'
import { actorOf } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

When('the provider admin filters the connections by {string}', async function (this: ExchangeWorld, state: string) {
  this.record(await this.driver.filterConnections(await this.cast.asProviderAdmin(), state as CardState))
})

When('that user filters the connections by {string}', async function (this: ExchangeWorld, state: string) {
  this.record(await this.driver.filterConnections(actorOf(this.thatUser), state as CardState))
})

/** The companies of the cards the last filter showed, in any order (the documents leave it open). */
function companiesShown(world: ExchangeWorld): string[] {
  const outcome = world.lastOutcome()
  assert.ok(outcome.ok, `the filter was refused: ${outcome.ok ? '' : outcome.refusal.code}`)
  return (outcome.value as ConnectionCard[]).map((card) => card.company).sort()
}

Then(/^the connections shown are exactly (the consumer|the other company)'s$/, function (this: ExchangeWorld, whose) {
  assert.deepEqual(companiesShown(this), [this.cast.consumer(whose).companyName], 'the filter showed other connections')
})

Then('no connections are shown', function (this: ExchangeWorld) {
  assert.deepEqual(companiesShown(this), [], 'the filter showed connections in other states')
})
