// Runs a set of the kit's tests with node's test runner: the compiled tests in dist/ where the build is current
// (no process of the run transpiles anything), or the TypeScript through ts-node where the tree was edited since.
// Plain JavaScript, since it decides how the TypeScript is loaded. Usage: node src/run/kit-tests.cjs unit|gate
'use strict'
const { spawnSync } = require('node:child_process')
const { compiledIsCurrent } = require('./kit-module.cjs')

/** Each set of tests, as patterns from the kit's root without their extension. */
const SETS = {
  unit: ['src/{contract,drivers,report,reference,requirements,run,cast,explore,tools}/**/*.test', 'mocks/*.test'],
  gate: ['src/cli/*.test'],
}

const set = SETS[process.argv[2]]
if (!set) {
  console.error(`usage: node src/run/kit-tests.cjs ${Object.keys(SETS).join('|')}`)
  process.exit(2)
}
const compiled = compiledIsCurrent()
const files = set.map((pattern) => (compiled ? `dist/${pattern}.js` : `${pattern}.ts`))
const loader = compiled ? [] : ['-r', 'ts-node/register']
const run = spawnSync(process.execPath, [...loader, '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' })
process.exit(run.status ?? 1)
