import assert from 'node:assert/strict'
import { refusalStatus } from '../../contract/operations'
import { phrase } from '../phrase'
import type { Scenario } from '../scenario'

/** What an act answered: a refusal by its code, or one of two acts at once let through. */

/** The codes a step allows, as it lists them: "a" or "b". */
const codesIn = (listed: string): string[] => [...listed.matchAll(/"([a-z-]+)"/g)].map((match) => match[1]!)

/** Codes as a step lists them: "a" or "b". */
export const listedAs = (codes: readonly string[]): string =>
  [...new Set(codes)].map((code) => `"${code}"`).join(' or ')

/** Asserts the last outcome is a refusal with one of these codes, and says what happened instead when it is not. */
function assertRefused(scenario: Scenario, codes: string[]): void {
  const outcome = scenario.lastOutcome()
  const expected = listedAs(codes)
  assert.ok(!outcome.ok, `expected a refusal ${expected}, but the request was accepted`)
  assert.ok(
    codes.includes(outcome.refusal.code),
    `refused as "${outcome.refusal.code}" (${outcome.refusal.reason}), not as ${expected}`,
  )
}

// Where the documents leave the order of two rules free (FREE-08), a step lists every code a target may give.
export const refusedAs = phrase<[listed: string]>(
  /^the (?:request|connection|sign-up|sign-in|verification|registration|decision) is refused as ("[a-z-]+"(?: or "[a-z-]+")*)$/,
  (scenario, listed) => assertRefused(scenario, codesIn(listed)),
  (listed) => `the request is refused as ${listed}`,
)

// Which 401 code a failed sign-in gets is the target's choice (CONTRACT.md, "Acting as a user"): any of them will do.
export const refusedAsNotAuthenticated = phrase(
  /^the (?:request|sign-in) is refused as not authenticated$/,
  (scenario) => {
    const outcome = scenario.lastOutcome()
    assert.ok(!outcome.ok, 'expected a refusal as not authenticated, but the request was accepted')
    const code = outcome.refusal.code
    assert.ok(
      code !== 'setup-token-invalid' && refusalStatus(code) === 401,
      `refused as "${code}" (${outcome.refusal.reason}), not as not authenticated`,
    )
  },
  () => 'the request is refused as not authenticated',
)

// Acts issued at the same moment: whatever order the target settles them in, one wins and the other is refused.
export const oneOfThemAccepted = phrase<[listed: string]>(
  /^exactly one of them is accepted, and the other is refused as ("[a-z-]+"(?: or "[a-z-]+")*)$/,
  (scenario, listed) => {
    const outcomes = scenario.together().map(({ outcome }) => outcome)
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
  (listed) => `exactly one of them is accepted, and the other is refused as ${listed}`,
)

// Acts issued at the same moment where a sound target may take one or none (a place under a maximum, say): each one
// refused has one of these codes; what was taken is for the steps after to say.
export const anyOfThemRefusedAs = phrase<[listed: string]>(
  /^each of them not accepted is refused as ("[a-z-]+"(?: or "[a-z-]+")*)$/,
  (scenario, listed) => {
    const codes = codesIn(listed)
    for (const { outcome } of scenario.together())
      if (!outcome.ok)
        assert.ok(
          codes.includes(outcome.refusal.code),
          `one was refused as "${outcome.refusal.code}" (${outcome.refusal.reason}), not as ${listedAs(codes)}`,
        )
  },
  (listed) => `each of them not accepted is refused as ${listed}`,
)
