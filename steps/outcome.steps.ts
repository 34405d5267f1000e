import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { refusalStatus } from '../src/contract/operations'
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

// Which 401 code a failed sign-in gets is the target's choice (CONTRACT.md, "Acting as a user"): any of them will do.
Then(/^the (?:request|sign-in) is refused as not authenticated$/, function (this: ExchangeWorld) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, 'expected a refusal as not authenticated, but the request was accepted')
  const code = outcome.refusal.code
  assert.ok(code !== 'setup-token-invalid' && refusalStatus(code) === 401, `refused as "${code}" (${outcome.refusal.reason}), not as not authenticated`)
})

Then('the refusal names the {field} as the field at fault', function (this: ExchangeWorld, field: RequestField) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, `expected a refusal naming the ${field}, but the request was accepted`)
  const named = outcome.refusal.fields ?? []
  assert.ok(named.includes(requestKeys[field]), `the refusal names ${named.join(', ') || 'no field'} as at fault, not ${requestKeys[field]} (the ${field})`)
})
