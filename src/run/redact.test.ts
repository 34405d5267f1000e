import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { REDACTED_LINK, redactLinks, redactSecrets } from './redact'

const instance = 'https://target.example/provider-instances/0f8fad5b-d9cb-469f-a165-70867728950e'

test('a registration URL of any token length becomes a placeholder; the instance address and other hosts stay', () => {
  const text = `expected '${instance}/sx/registration/ab12' to be refused; opened ${instance} and https://other.example/x`
  assert.equal(
    redactLinks(text, instance),
    `expected '${REDACTED_LINK}' to be refused; opened ${instance} and https://other.example/x`,
  )
})

test('token-like runs are redacted, identifiers are not', () => {
  const token = 'Zm9vYmFyYmF6cXV4cXV1eHh5enp5eHd2dXRzcnFwb25t'
  const id = '6963eaa9f73547fb967181c574bb514f'
  assert.equal(
    redactSecrets(`token ${token} record ${id} instance 0f8fad5b-d9cb-469f-a165-70867728950e`),
    `token [redacted] record ${id} instance 0f8fad5b-d9cb-469f-a165-70867728950e`,
  )
})

test('every run of 40 URL-safe characters or more is redacted whole, wherever it stands, and no shorter one', () => {
  const urlSafe = fc.constantFrom(...'ABCXYZabcxyz0189_-')
  // Lengths drawn evenly, so that runs just short of 40, of 40 and just over come up often.
  const run = fc
    .integer({ min: 1, max: 60 })
    .chain((length) => fc.string({ unit: urlSafe, minLength: length, maxLength: length }))
  const separator = fc.constantFrom(' ', '/', '"', '.', '=', '\n', '?')
  fc.assert(
    fc.property(fc.array(fc.tuple(run, separator), { minLength: 1, maxLength: 12 }), (pieces) => {
      const text = pieces.map(([word, between]) => word + between).join('')
      const expected = pieces.map(([word, between]) => (word.length >= 40 ? '[redacted]' : word) + between).join('')
      assert.equal(redactSecrets(text), expected)
    }),
  )
})
