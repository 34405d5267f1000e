#!/usr/bin/env node
/**
 * Runs after every install: links the command line into node_modules/.bin, where `npx sx-conformance` in the kit's
 * folder finds it and starts it at once. The kit declares no `bin` in package.json on purpose: npx, asked for a command
 * that the folder's own package declares, takes npm's path for installing that package and reads the whole installed
 * tree first, which costs about half a second of every command.
 */
const { chmodSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, unlinkSync } = require('node:fs')
const { join } = require('node:path')

const root = join(__dirname, '..', '..')
const bin = join(root, 'node_modules', '.bin')
const link = join(bin, 'sx-conformance')
const target = join('..', '..', 'src', 'cli', 'sx-conformance.cjs')

const existing = (() => {
  try {
    return lstatSync(link).isSymbolicLink() ? readlinkSync(link) : 'not a link'
  } catch {
    return undefined
  }
})()
if (existing !== target) {
  mkdirSync(bin, { recursive: true })
  if (existing !== undefined) unlinkSync(link)
  symlinkSync(target, link)
}
chmodSync(join(root, 'src', 'cli', 'sx-conformance.cjs'), 0o755)
