// How the kit's TypeScript runs: compiled once into dist/ by `npm run build` (at install, and first in npm test),
// or, where dist/ is missing or older than a source file, through ts-node as it stands. A process started by a
// command runs the compiled output and starts in a fraction of the time; an edited tree still runs as it is.
// Plain JavaScript, since it is what decides how the TypeScript is loaded.
'use strict'
const { existsSync, readdirSync, statSync } = require('node:fs')
const { dirname, join } = require('node:path')

// Every process of the kit, and every process it starts (they inherit the variable), keeps V8's code for the modules
// it loads in Node's compile cache on disk: npm test starts a few hundred processes that load the same modules.
process.env.NODE_COMPILE_CACHE ??= join(require('node:os').tmpdir(), 'node-compile-cache')
require('node:module').enableCompileCache?.()

/** The kit's own folder (the one holding package.json), wherever the command is run from, and from dist/ too. */
const ROOT = (function kitRoot(folder) {
  return existsSync(join(folder, 'package.json')) ? folder : kitRoot(dirname(folder))
})(__dirname)
/** Where the build writes the compiled tree, mirroring the source tree. */
const DIST = join(ROOT, 'dist')
/** Written last by the build: its time is the build's. */
const STAMP = join(DIST, '.built')
/** The folders compiled, and the kinds of file that change what runs. */
const SOURCES = ['src', 'mocks', 'steps']
const SOURCE_FILE = /\.(ts|cjs|mjs|json)$/

/**
 * The newest time a source file was changed: some 2 ms for the whole tree, walked folder by folder (node's recursive
 * readdir took twice that and more, in every process the kit starts).
 */
function newestSource() {
  let newest = 0
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && SOURCE_FILE.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs)
    }
  }
  for (const folder of SOURCES) walk(join(ROOT, folder))
  return newest
}

let current
/** Whether dist/ holds a build of the tree as it is now. */
function compiledIsCurrent() {
  current ??= existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestSource()
  return current
}

/** ts-node, as the kit's cucumber profiles register it (swc, types checked once by tsc). */
function registerTypeScript() {
  if (require.extensions['.ts']) return
  require('ts-node').register({ transpileOnly: true, project: join(ROOT, 'tsconfig.json') })
}

/**
 * Whether this process loads the kit compiled: where a current build exists and it has not already loaded TypeScript
 * (two copies of one module would not share their classes).
 */
function loadsCompiled() {
  return !require.extensions['.ts'] && compiledIsCurrent()
}

/**
 * Loads one of the kit's modules, named from the kit's root without extension (`src/cli/main`): compiled where this
 * process loads the kit compiled, as TypeScript otherwise.
 */
function loadKitModule(fromRoot) {
  if (loadsCompiled()) return require(join(DIST, `${fromRoot}.js`))
  registerTypeScript()
  return require(join(ROOT, `${fromRoot}.ts`))
}

module.exports = { ROOT, DIST, STAMP, SOURCES, loadKitModule, loadsCompiled, compiledIsCurrent, registerTypeScript }

// As a command: node src/run/kit-module.cjs src/tools/NAME.ts ARGS... runs that tool, its arguments as its own.
if (require.main === module) {
  const [script] = process.argv.splice(2, 1)
  if (!script) {
    console.error('usage: node src/run/kit-module.cjs src/tools/NAME.ts [ARGS...]')
    process.exit(2)
  }
  loadKitModule(script.replace(/\.ts$/, ''))
}
