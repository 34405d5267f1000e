import assert from 'node:assert/strict'
import { randomBytes, randomUUID } from 'node:crypto'
import { test } from 'node:test'
import { forgedLink, tokenEntropyBound, tokenOf } from './link-token'

const many = (count: number, token: (index: number) => string): string[] =>
  Array.from({ length: count }, (_, index) => token(index))

test('the token is the token query parameter, or else the last path segment', () => {
  assert.equal(tokenOf('https://p.example/i/0123456789abcdef/sx/registration/Ab_-9'), 'Ab_-9')
  assert.equal(tokenOf('https://p.example/sx/registration?token=xyz&lang=en'), 'xyz')
  assert.equal(tokenOf('https://p.example/sx/registration/abc/'), 'abc')
})

test('a forged link differs only in its token, which keeps its length', () => {
  for (const link of [
    'https://p.example/sx/registration/abcdefghij',
    'https://p.example/sx/registration?token=abcdefghij&lang=en',
  ]) {
    const forged = forgedLink(link)
    assert.notEqual(tokenOf(forged), tokenOf(link))
    assert.equal(tokenOf(forged).length, 10)
    assert.equal(forged.replace(tokenOf(forged), 'T'), link.replace('abcdefghij', 'T'))
  }
})

test('tokens of 32 random bytes carry at least 128 bits, in base64url or hex', () => {
  assert.ok(tokenEntropyBound(many(16, () => randomBytes(32).toString('base64url'))) >= 128)
  assert.ok(tokenEntropyBound(many(16, () => randomBytes(16).toString('hex'))) >= 128)
})

test('a short token scores low whatever the address around it', () => {
  const links = many(
    16,
    () => `https://p.example/i/${randomBytes(32).toString('hex')}/sx/registration/${randomBytes(2).toString('hex')}`,
  )
  assert.ok(tokenEntropyBound(links.map(tokenOf)) <= 16)
})

test('a fixed prefix, a counter and repeated tokens score low', () => {
  assert.ok(tokenEntropyBound(many(16, () => `${'a'.repeat(60)}${randomBytes(2).toString('hex')}`)) <= 16)
  assert.ok(tokenEntropyBound(many(16, (index) => String(1_000_000 + index))) < 10)
  assert.equal(tokenEntropyBound(['same', 'same']), 0)
  assert.equal(tokenEntropyBound(['alone']), 0)
})

test('positions that never vary carry nothing: 22 random hex digits and a fixed dash carry 88 bits', () => {
  const tokens = many(32, () => {
    const hex = randomBytes(11).toString('hex')
    return `${hex.slice(0, 8)}-${hex.slice(8)}`
  })
  assert.equal(Math.round(tokenEntropyBound(tokens)), 88)
})

test('a UUID carries under 128 bits with its dashes and without them', () => {
  const uuids = many(32, () => randomUUID())
  assert.ok(tokenEntropyBound(uuids) < 128)
  assert.ok(tokenEntropyBound(uuids.map((uuid) => uuid.replaceAll('-', ''))) < 128)
  assert.ok(Math.abs(tokenEntropyBound(uuids) - tokenEntropyBound(uuids.map((uuid) => uuid.replaceAll('-', '')))) < 1)
})

test('32 tokens of 128 random bits are never scored under 128, however they fall', () => {
  for (let trial = 0; trial < 2000; trial++) {
    assert.ok(tokenEntropyBound(many(32, () => randomBytes(16).toString('hex'))) >= 128)
    assert.ok(tokenEntropyBound(many(32, () => randomBytes(16).toString('base64url'))) >= 128)
  }
})
