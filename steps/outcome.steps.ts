import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { requestKeys, type RequestField } from './support/parameter-types'
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

Then('the refusal names the {field} as the field at fault', function (this: ExchangeWorld, field: RequestField) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, `expected a refusal naming the ${field}, but the request was accepted`)
  const named = outcome.refusal.fields ?? []
  assert.ok(named.includes(requestKeys[field]), `the refusal names ${named.join(', ') || 'no field'} as at fault, not ${requestKeys[field]} (the ${field})`)
})
