// Runs a set of the kit's tests with node's test runner: the compiled tests in dist/ where the build is current
// (no process of the run transpiles anything), or the TypeScript through ts-node where the tree was edited since.
// Plain JavaScript, since it decides how the TypeScript is loaded. Usage: node src/run/kit-tests.cjs unit|gate
'use strict'
const { spawn } = require('node:child_process')
const { globSync } = require('node:fs')
const { basename } = require('node:path')
const { compiledIsCurrent, ROOT } = require('./kit-module.cjs')

/**
 * Each set of tests, as patterns from the kit's root without their extension. The unit tests share one process (a
 * process for each of a few dozen files would cost more than the tests), beside one of their own for those that start a
 * browser, the slowest by far; the command-line tests start processes themselves and run two files at a time, those
 * that start the most runs first (see `startsFirst`).
 */
const SETS = {
  unit: {
    together: ['src/{contract,drivers,report,reference,requirements,run,cast,explore,tools}/**/*.test', 'mocks/*.test'],
    apart: ['src/drivers/pages-in-chromium.test'],
  },
  gate: {
    each: ['src/cli/*.test'],
    // The files that start the most runs first. In name order verify came last and ran alone at the end, one core
    // idle; started first, the tests took 10-20 % less time, in three runs interleaved with the old order. Since
    // verify's and merge's runs share their test's process they cost less, and the order fuzz, starved-kit, explore
    // first took as long (three runs of each). A third file at a time took no less time, and more processor time:
    // the machine has two cores.
    startsFirst: ['verify', 'merge', 'fuzz', 'explore', 'simulate', 'simultaneous', 'starved-kit', 'bad-target'],
    concurrency: 2,
  },
}

const set = SETS[process.argv[2]]
if (!set) {
  console.error(`usage: node src/run/kit-tests.cjs ${Object.keys(SETS).join('|')}`)
  process.exit(2)
}
const compiled = compiledIsCurrent()
const filesOf = (patterns = []) =>
  patterns.flatMap((pattern) => globSync(compiled ? `dist/${pattern}.js` : `${pattern}.ts`, { cwd: ROOT })).sort()
/** The files `startsFirst` names, in its order, then the rest by name; a name whose file is gone is harmless. */
const startsFirst = (files, names = []) => {
  const rank = (file) => {
    const at = names.indexOf(basename(file).replace(/\.test\.[jt]s$/, ''))
    return at === -1 ? names.length : at
  }
  return [...files].sort((a, b) => rank(a) - rank(b))
}
const loader = compiled ? [] : ['-r', 'ts-node/register']

/**
 * One run of the test runner over some files. Beside another, its output is printed whole when it ends, so that the two
 * never mix; alone, as it comes.
 */
function run([args, files], alone) {
  const child = spawn(process.execPath, [...loader, '--test', ...args, ...files], {
    cwd: ROOT,
    stdio: ['ignore', alone ? 'inherit' : 'pipe', alone ? 'inherit' : 'pipe'],
  })
  const output = []
  child.stdout?.on('data', (chunk) => output.push(chunk))
  child.stderr?.on('data', (chunk) => output.push(chunk))
  return new Promise((resolve) =>
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output))
      resolve(code ?? 1)
    }),
  )
}

const apart = filesOf(set.apart)
const runs = [
  [['--test-isolation=none'], filesOf(set.together).filter((file) => !apart.includes(file))],
  ...apart.map((file) => [[], [file]]),
  [[`--test-concurrency=${set.concurrency}`], startsFirst(filesOf(set.each), set.startsFirst)],
].filter(([, files]) => files.length > 0)
Promise.all(runs.map((one) => run(one, runs.length === 1))).then((codes) =>
  process.exit(codes.some((code) => code !== 0) ? 1 : 0),
)
