import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { KIT_ROOT } from './kit-files'

const readme = readFileSync(join(KIT_ROOT, 'README.md'), 'utf8')

test("every feature file and line the README names runs something: a scenario, or a row of a scenario outline's examples", () => {
  const named = [...readme.matchAll(/features\/([\w-]+\.feature)(?::(\d+))?/g)]
  assert.ok(named.length > 0)
  for (const [reference, file, line] of named) {
    const lines = readFileSync(join(KIT_ROOT, 'features', file!), 'utf8').split('\n')
    if (line === undefined) continue
    const text = lines[Number(line) - 1]?.trim() ?? ''
    const inExamples = lines
      .slice(0, Number(line) - 1)
      .findLast((candidate) => /^\s*(Examples|Scenario)/.test(candidate))
      ?.trim()
      .startsWith('Examples')
    const headerRow = inExamples && /^\s*Examples/.test(lines[Number(line) - 2] ?? '')
    const runs = /^Scenario( Outline)?:/.test(text) || (inExamples && text.startsWith('|') && !headerRow)
    assert.ok(runs, `${reference} is "${text}", which runs nothing`)
  }
})
