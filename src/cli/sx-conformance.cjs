#!/usr/bin/env node
// The command line: the compiled kit where its build is current, TypeScript through ts-node otherwise.
require('../run/kit-module.cjs').loadKitModule('src/cli/main')
