import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { requestKeys, type RequestField } from './support/parameter-types'
import type { ExchangeWorld } from './support/world'
import {
  anyOfThemRefusedAs,
  refusedAs,
  refusedAsNotAuthenticated,
  oneOfThemAccepted,
} from '../src/cast/phrases/outcomes'
import { step } from './support/step'

Then(...step(refusedAs))

Then(...step(refusedAsNotAuthenticated))

Then('the refusal names the {field} as the field at fault', function (this: ExchangeWorld, field: RequestField) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, `expected a refusal naming the ${field}, but the request was accepted`)
  const named = outcome.refusal.fields ?? []
  assert.ok(
    named.includes(requestKeys[field]),
    `the refusal names ${named.join(', ') || 'no field'} as at fault, not ${requestKeys[field]} (the ${field})`,
  )
})

Then(...step(oneOfThemAccepted))

Then(...step(anyOfThemRefusedAs))
