#!/usr/bin/env node
// The command line: TypeScript run through ts-node, as everywhere in the kit.
require('node:module').enableCompileCache?.()
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') })
require('./main.ts')
