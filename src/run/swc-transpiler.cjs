// ts-node's transpiler for the kit, and the options of the build (src/tools/build.cjs): swc, in its WebAssembly
// build, which installs as one package on every platform. It turns a TypeScript file into CommonJS many times
// faster than TypeScript's own transpiler. Types are checked once, by `tsc --noEmit`.
// ts-node 10's own swc transpiler passes options this swc no longer takes, hence this module.
'use strict'
const swc = require('@swc/wasm')

/** How one file is compiled: CommonJS for Node 22 and later, with its source map. */
const options = (fileName) => ({
  filename: fileName,
  sourceMaps: true,
  swcrc: false,
  configFile: false,
  module: { type: 'commonjs', strictMode: true, noInterop: false },
  jsc: {
    parser: { syntax: 'typescript', tsx: false },
    target: 'es2022',
    keepClassNames: true,
    transform: { useDefineForClassFields: true },
  },
})
exports.options = options

/** The transpiler ts-node asks for: one file's TypeScript in, its JavaScript and source map out. */
exports.create = () => ({
  transpile(input, { fileName }) {
    const { code, map } = swc.transformSync(input, options(fileName))
    return { outputText: code, sourceMapText: map }
  },
})
