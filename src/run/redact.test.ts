import assert from 'node:assert/strict'
import { test } from 'node:test'
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
