import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { secretFinder } from './token-leaks'

const token = () => randomBytes(32).toString('base64url')

test('a secret is found wherever it stands in a text: at its start, inside, at its very end', () => {
  const secret = token()
  const holds = secretFinder(new Set([token(), secret, token()]))
  for (const text of [secret, `${secret} and more`, `a report ${secret} goes on`, `ends with ${secret}`])
    assert.equal(holds(text), true, text)
})

test('a text holding none of the secrets, nor a secret cut short by one character, holds none', () => {
  const secret = token()
  const holds = secretFinder(new Set([secret, `https://provider.example/register/${token()}`]))
  assert.equal(holds(`${'x'.repeat(10_000)} ${secret.slice(0, -1)}`), false, 'a token without its last character')
  assert.equal(holds(secret.slice(1)), false, 'a token without its first character')
  assert.equal(holds(''), false, 'an empty text')
})

test('secrets that share their first characters are told apart, and a short one is looked for as it is', () => {
  const shared = 'A'.repeat(16)
  const [first, second] = [`${shared}first`, `${shared}second`]
  const holds = secretFinder(new Set([first, second, 'short']))
  assert.equal(holds(`..${second}..`), true, 'the second of two secrets that begin alike')
  assert.equal(holds(`..${shared}third..`), false, 'a third text that begins as they do')
  assert.equal(holds('a short one'), true, 'a secret shorter than the hashed characters')
})

test('no secrets: nothing is held', () => {
  assert.equal(secretFinder(new Set())('anything at all, at any length'), false, 'a text, with no secret to find')
})

test('secrets that end alike, as URLs of one provider begin alike, are told apart', () => {
  const tail = 'B'.repeat(16)
  const holds = secretFinder(new Set([`one${tail}`, `two${tail}`]))
  assert.equal(holds(`..two${tail}..`), true, 'the second of two secrets that end alike')
  assert.equal(holds(`..six${tail}..`), false, 'a third text that ends as they do')
  assert.equal(holds(tail), false, 'their shared ending alone')
})
