import assert from 'node:assert/strict'
import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { test } from 'node:test'
import fc from 'fast-check'
import { CucumberExpression, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import execWithIndices from 'regexp-match-indices'
import { KIT_ROOT } from './kit-files'

test('cucumber-expressions finds where groups matched through the kit package, not the polyfill', () => {
  const fromExpressions = createRequire(require.resolve('@cucumber/cucumber-expressions'))
  assert.equal(
    realpathSync(fromExpressions.resolve('regexp-match-indices')),
    join(KIT_ROOT, 'packages', 'regexp-match-indices', 'index.js'),
  )
})

test("a step's arguments start where their text stands in the step", () => {
  const expression = new CucumberExpression('{string} opens {int} instance(s) on {word}', new ParameterTypeRegistry())
  const step = '"Ann Lee" opens 12 instances on Tuesday'
  const args = expression.match(step)
  assert.deepEqual(
    args?.map((argument) => [argument.group.value, argument.group.start]),
    [
      ['"Ann Lee"', 0],
      ['12', step.indexOf('12')],
      ['Tuesday', step.indexOf('Tuesday')],
    ],
  )
})

test('each group that took part spans its own text; one that did not has no indices', () => {
  const expressions = [/^(a+)(b)?(?<tail>c*)$/, /(x|(y))+z/, /^"([^"]*)" has (\d+) (?:item|items)$/, /(\d+)-(\d+)?/]
  const text = fc.string({ unit: fc.constantFrom(...'abcxyz"0123 -hasitem'), maxLength: 24 })
  fc.assert(
    fc.property(fc.constantFrom(...expressions), text, (regexp, string) => {
      const match = execWithIndices(regexp, string)
      assert.deepEqual(match === null, regexp.exec(string) === null)
      if (match === null) return
      assert.deepEqual(match.indices?.[0], [match.index, match.index + match[0].length])
      match.forEach((group, index) => {
        const span = match.indices?.[index]
        if (group === undefined) assert.equal(span, undefined)
        else assert.equal(string.slice(span![0], span![1]), group)
      })
      assert.deepEqual(match.indices?.groups?.tail, match.groups?.tail === undefined ? undefined : match.indices?.[3])
    }),
  )
})

test('a global or sticky expression starts at its lastIndex and moves it; any other is left as it was', () => {
  const global = /o(\w)/g
  assert.deepEqual([execWithIndices(global, 'one of ours')?.indices?.[1], global.lastIndex], [[1, 2], 2])
  assert.deepEqual([execWithIndices(global, 'one of ours')?.indices?.[1], global.lastIndex], [[5, 6], 6])
  const sticky = /\d+/y
  sticky.lastIndex = 3
  assert.deepEqual([execWithIndices(sticky, 'ab 42')?.indices?.[0], sticky.lastIndex], [[3, 5], 5])
  const plain = /\d/
  plain.lastIndex = 4
  assert.deepEqual([execWithIndices(plain, '7 and 8')?.indices?.[0], plain.lastIndex], [[0, 1], 4])
})
