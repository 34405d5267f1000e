// A worker thread of a simulation: the compiled kit where its build is current, TypeScript through ts-node otherwise.
require('../run/kit-module.cjs').loadKitModule('src/simulate/simulate-worker')
