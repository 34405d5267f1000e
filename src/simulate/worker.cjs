// A worker thread of a simulation: TypeScript through ts-node, as everywhere in the kit.
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') })
require('./simulate-worker.ts')
