// What cucumber loads for the kit's step definitions and hooks, in every profile and every run the kit starts: the
// compiled steps in dist/ where the build is current and this process has not loaded TypeScript, the TypeScript ones
// through ts-node otherwise (see kit-module.cjs), so that an edited tree never runs stale steps. Compiled, a run skips
// transpiling every step and module, and ts-node's rewriting of every stack trace (Playwright takes one for each call
// it makes: some 3 CPU-seconds of a browser run); Node's own source maps still give the TypeScript's lines, in a
// failure's stack and in each step's location in the reports.
// Plain JavaScript, since it decides how the TypeScript is loaded.
'use strict'
const { globSync } = require('node:fs')
const { join } = require('node:path')
const { DIST, ROOT, loadsCompiled, registerTypeScript } = require('./kit-module.cjs')

const compiled = loadsCompiled()
if (compiled) {
  // msw and its interceptors ship large source maps of their own, which Node would read and index on loading them
  // (some 80 ms a run) for stacks that never need their lines: they are loaded before the maps are switched on.
  require('msw')
  require('msw/node')
  process.setSourceMapsEnabled(true)
} else registerTypeScript()
const root = compiled ? DIST : ROOT
for (const file of globSync(compiled ? 'steps/**/*.js' : 'steps/**/*.ts', { cwd: root }).sort()) {
  require(join(root, file))
}
