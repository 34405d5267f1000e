import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { REFUSALS, type RefusalCodeName } from '../spec/refusals'
import { KIT_ROOT } from '../run/kit-files'

/** The reference's source files, tests left out: in the source tree, wherever this test runs from. */
const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [join(folder, entry.name)]
        : [],
  )

/** Each guard of the reference written as ['ID', () => … refusal('code' …)]: its requirement and the codes it gives. */
function guardsIn(text: string): { requirement: string; codes: string[] }[] {
  const guards: { requirement: string; codes: string[] }[] = []
  for (const found of text.matchAll(/\[\s*'([A-Z]{2,5}-\d{2,})(?::[a-z-]+)?'\s*,/g)) {
    let depth = 0
    let end = found.index
    for (; end < text.length; end++) {
      if (text[end] === '[') depth++
      else if (text[end] === ']' && --depth === 0) break
    }
    const body = text.slice(found.index, end)
    guards.push({
      requirement: found[1]!,
      codes: [...body.matchAll(/refus(?:al|ed)\(\s*'([a-z-]+)'/g)].map((m) => m[1]!),
    })
  }
  return guards
}

test('every guard of the reference refuses with a code the specification gives for its requirement', () => {
  const strays: string[] = []
  let checked = 0
  for (const file of sources(join(KIT_ROOT, 'src', 'reference'))) {
    for (const { requirement, codes } of guardsIn(readFileSync(file, 'utf8'))) {
      for (const code of codes) {
        checked += 1
        const requirements: readonly string[] | undefined = REFUSALS[code as RefusalCodeName]
        if (!requirements?.includes(requirement)) strays.push(`${file}: ${requirement} refuses ${code}`)
      }
    }
  }
  assert.ok(checked >= 30, `only ${checked} refusals of guards were found in the reference's sources`)
  assert.deepEqual(
    strays,
    [],
    `guards refuse with codes src/spec/refusals.ts does not give them:\n${strays.join('\n')}`,
  )
})

test('a code the specification gives for a rule names that rule first', () => {
  assert.equal(REFUSALS['version-too-old'][0], 'PC-40', 'version-too-old is named for the version gate, PC-40')
  assert.equal(REFUSALS['not-validated'][0], 'CT-04', 'not-validated is named for CT-04, Start Registration validated')
  assert.deepEqual(REFUSALS['connection-not-found'], [], "a connection that does not exist is the contract's own code")
})
