// Compiles the kit once into dist/: every TypeScript file of src/, mocks/ and steps/, tests too, to CommonJS with
// a source map, by the same swc and the same options ts-node uses for the cucumber profiles, and a copy of every
// other file those folders hold (the OpenAPI document, the formatter shims). Types are checked by tsc, not here.
// Plain JavaScript, since it runs before anything is compiled: at install (prepare) and first in npm test.
// Usage: npm run build
'use strict'
const swc = require('@swc/wasm')
const { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs')
const { basename, dirname, join, relative } = require('node:path')
const { DIST, ROOT, SOURCES, STAMP } = require('../run/kit-module.cjs')
const { options } = require('../run/swc-transpiler.cjs')

const started = performance.now()
// A folder beside dist/, swapped in whole at the end: a process starting meanwhile sees the old build or the new.
const next = `${DIST}.next-${process.pid}`
rmSync(next, { recursive: true, force: true })
let compiled = 0
for (const folder of SOURCES) {
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const source = join(entry.parentPath, entry.name)
    const target = join(next, relative(ROOT, source))
    mkdirSync(dirname(target), { recursive: true })
    if (!entry.name.endsWith('.ts')) {
      copyFileSync(source, target)
      continue
    }
    const output = target.replace(/\.ts$/, '.js')
    const { code, map } = swc.transformSync(readFileSync(source, 'utf8'), options(source))
    const sourceMap = { ...JSON.parse(map), sources: [relative(dirname(output), source)], sourcesContent: undefined }
    writeFileSync(output, `${code}\n//# sourceMappingURL=${basename(output)}.map\n`)
    writeFileSync(`${output}.map`, JSON.stringify(sourceMap))
    compiled += 1
  }
}
writeFileSync(join(next, basename(STAMP)), `${new Date().toISOString()}\n`)
rmSync(DIST, { recursive: true, force: true })
renameSync(next, DIST)
console.log(`build: ${compiled} TypeScript files compiled into ${relative(process.cwd(), DIST) || DIST} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
