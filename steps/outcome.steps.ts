import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import type { RequestField } from './support/parameter-types'
import type { ExchangeWorld } from './support/world'

/** Asserts the last outcome is a refusal with this code, and says what happened instead when it is not. */
function assertRefused(world: ExchangeWorld, code: string): void {
  const outcome = world.lastOutcome()
  assert.ok(!outcome.ok, `expected a refusal "${code}", but the request was accepted`)
  assert.equal(outcome.refusal.code, code, `refused as "${outcome.refusal.code}" (${outcome.refusal.reason}), not as "${code}"`)
}

Then(/^the (?:request|connection|sign-up|sign-in|verification|registration|decision) is refused as "([a-z-]+)"$/, function (this: ExchangeWorld, code: string) {
  assertRefused(this, code)
})

Then('the refusal says {string}', function (this: ExchangeWorld, text: string) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, 'the request was accepted')
  assert.ok(outcome.refusal.reason.includes(text), `the refusal says "${outcome.refusal.reason}", not "${text}"`)
})

Then('the refusal mentions the {field}', function (this: ExchangeWorld, field: RequestField) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok && outcome.refusal.reason.includes(field), `the refusal does not mention the ${field}`)
})
