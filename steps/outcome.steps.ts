import assert from 'node:assert/strict'
import { Then } from '@cucumber/cucumber'
import { refusalStatus } from '../src/contract/operations'
import { requestKeys, type RequestField } from './support/parameter-types'
import type { ExchangeWorld } from './support/world'

/** The codes a step allows, as it lists them: "a" or "b". */
const codesIn = (listed: string): string[] => [...listed.matchAll(/"([a-z-]+)"/g)].map((match) => match[1]!)

/** Codes as a step lists them, for a message. */
const listedAs = (codes: string[]): string => codes.map((code) => `"${code}"`).join(' or ')

/** Asserts the last outcome is a refusal with one of these codes, and says what happened instead when it is not. */
function assertRefused(world: ExchangeWorld, codes: string[]): void {
  const outcome = world.lastOutcome()
  const expected = listedAs(codes)
  assert.ok(!outcome.ok, `expected a refusal ${expected}, but the request was accepted`)
  assert.ok(
    codes.includes(outcome.refusal.code),
    `refused as "${outcome.refusal.code}" (${outcome.refusal.reason}), not as ${expected}`,
  )
}

// Where the documents leave the order of two rules free (FREE-08), a step lists every code a target may give.
Then(
  /^the (?:request|connection|sign-up|sign-in|verification|registration|decision) is refused as ("[a-z-]+"(?: or "[a-z-]+")*)$/,
  function (this: ExchangeWorld, listed: string) {
    assertRefused(this, codesIn(listed))
  },
)

// Which 401 code a failed sign-in gets is the target's choice (CONTRACT.md, "Acting as a user"): any of them will do.
Then(/^the (?:request|sign-in) is refused as not authenticated$/, function (this: ExchangeWorld) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, 'expected a refusal as not authenticated, but the request was accepted')
  const code = outcome.refusal.code
  assert.ok(
    code !== 'setup-token-invalid' && refusalStatus(code) === 401,
    `refused as "${code}" (${outcome.refusal.reason}), not as not authenticated`,
  )
})

Then('the refusal names the {field} as the field at fault', function (this: ExchangeWorld, field: RequestField) {
  const outcome = this.lastOutcome()
  assert.ok(!outcome.ok, `expected a refusal naming the ${field}, but the request was accepted`)
  const named = outcome.refusal.fields ?? []
  assert.ok(
    named.includes(requestKeys[field]),
    `the refusal names ${named.join(', ') || 'no field'} as at fault, not ${requestKeys[field]} (the ${field})`,
  )
})

// Acts issued at the same moment: whatever order the target settles them in, one wins and the other is refused.
Then(
  /^exactly one of them is accepted, and the other is refused as ("[a-z-]+"(?: or "[a-z-]+")*)$/,
  function (this: ExchangeWorld, listed: string) {
    const outcomes = this.together().map(({ outcome }) => outcome)
    const codes = codesIn(listed)
    const refusals = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.refusal]))
    assert.equal(
      outcomes.length - refusals.length,
      1,
      `${outcomes.length - refusals.length} of the ${outcomes.length} acts issued at the same moment were accepted`,
    )
    for (const refusal of refusals)
      assert.ok(
        codes.includes(refusal.code),
        `the other was refused as "${refusal.code}" (${refusal.reason}), not as ${listedAs(codes)}`,
      )
  },
)
