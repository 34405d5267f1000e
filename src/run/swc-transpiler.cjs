// ts-node's transpiler for the kit: swc, in its WebAssembly build, which installs as one package on every
// platform. It turns a TypeScript file into CommonJS many times faster than TypeScript's own transpiler, which
// takes about half a second off every process the kit starts. Types are checked once, by `tsc --noEmit`.
// ts-node 10's own swc transpiler passes options this swc no longer takes, hence this module.
'use strict'
const swc = require('@swc/wasm')

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

/** The transpiler ts-node asks for: one file's TypeScript in, its JavaScript and source map out. */
exports.create = () => ({
  transpile(input, { fileName }) {
    const { code, map } = swc.transformSync(input, options(fileName))
    return { outputText: code, sourceMapText: map }
  },
})
