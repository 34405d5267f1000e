import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { PLAYWRIGHT_DISABLED_FEATURES } from './chromium'

test("the browser is started with every feature Playwright's own launch turns off, since Chromium keeps one list", () => {
  const bundle = readFileSync(
    join(dirname(require.resolve('playwright-core/package.json')), 'lib', 'coreBundle.js'),
    'utf8',
  )
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1]
  assert.ok(list, "Playwright's list of disabled features was not found: compare chromium.ts with its launch by hand")
  const theirs = [...list.matchAll(/^\s*"([^"]+)",?$/gm)].map(([, feature]) => feature!)
  assert.ok(theirs.length > 5, `only ${theirs.length} features read from Playwright's list`)
  assert.deepEqual(
    theirs.filter((feature) => !PLAYWRIGHT_DISABLED_FEATURES.includes(feature)),
    [],
    'features Playwright turns off that the kit would turn on again',
  )
})
