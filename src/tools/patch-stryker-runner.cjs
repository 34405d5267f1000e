#!/usr/bin/env node
/**
 * Runs after every install. Stryker's cucumber runner (9.6.1) hands cucumber its formatter as a bare file:// URL;
 * cucumber 13 splits a format at its first colon, takes "file" for the formatter and the rest for an output file,
 * and so overwrites the runner's own formatter. Quoting the URL is how cucumber reads a formatter given by URL.
 * The change is made once, and a runner that no longer needs it is left as it is.
 */
const { readFileSync, writeFileSync, existsSync } = require('node:fs')
const { join } = require('node:path')

const runner = join(__dirname, '..', '..', 'node_modules', '@stryker-mutator', 'cucumber-runner', 'dist', 'src', 'cucumber-test-runner.js')
const bare = '? strykerFormatterFile.href\n'
const quoted = '? JSON.stringify(strykerFormatterFile.href)\n'

if (!existsSync(runner)) process.exit(0)
const source = readFileSync(runner, 'utf8')
if (source.includes(bare)) {
  writeFileSync(runner, source.replace(bare, quoted))
  console.log('patched the Stryker cucumber runner to quote its formatter URL')
} else if (!source.includes(quoted)) {
  console.warn('the Stryker cucumber runner no longer passes its formatter as expected: check that npm run mutation still works')
}
