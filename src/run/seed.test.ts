import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MAX_SEED, runSeed, SEED_VARIABLE, seedFrom } from './seed'

test('a seed is a number from 0 to the largest, or any text, which stands for one such number, the same every time', () => {
  assert.equal(seedFrom('0'), 0)
  assert.equal(seedFrom(String(MAX_SEED)), MAX_SEED)
  assert.equal(seedFrom(' 42 '), 42)
  for (const text of ['12345678901', String(MAX_SEED + 1), 'main', 'release/2026-12', '-1', '']) {
    const seed = seedFrom(text)
    assert.ok(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED, `${text} → ${seed}`)
    assert.equal(seedFrom(text), seed, `${text} stands for the same seed every time`)
  }
  assert.notEqual(seedFrom('12345678901'), seedFrom('12345678902'))
})

test("the run's seed from a CI run's identifier is the number it stands for, written back for the workers and the reports", () => {
  const before = process.env[SEED_VARIABLE]
  try {
    process.env[SEED_VARIABLE] = '12345678901'
    const seed = runSeed()
    assert.equal(seed, seedFrom('12345678901'))
    assert.equal(process.env[SEED_VARIABLE], String(seed))
    assert.equal(runSeed(), seed, 'the number written back reproduces the run')
  } finally {
    if (before === undefined) delete process.env[SEED_VARIABLE]
    else process.env[SEED_VARIABLE] = before
  }
})
