import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { ConfigurationError } from '../run/configuration-error'
import { KIT_ROOT } from '../run/kit-files'
import { runCommand } from './commands'
import { temporaryFolder } from '../run/temporary-folder'

const refused = (args: string[], message: RegExp) =>
  assert.rejects(
    runCommand(['sources', ...args]),
    (error) => error instanceof ConfigurationError && message.test(error.message),
  )

/** A checkout holding one page the catalog cites, with its sections, and nothing else. */
function oneCitedPage(): string {
  const docs = temporaryFolder('sx-docs-')
  mkdirSync(join(docs, 'australia', 'service-exchange'), { recursive: true })
  writeFileSync(
    join(docs, 'australia', 'service-exchange', 'service-bridge-v2-new-provider.md'),
    '# Set up\n\n## Before you begin\n\nRole required: admin\n\n## About this task\n\nOnce.\n\n## Procedure\n\n1. Name it.\n',
  )
  return docs
}

test('sources without a checkout, with a folder that is not there, or with one that holds no cited page, is one line saying so', async () => {
  await refused([], /give the checkout of the documentation with --docs DIR/)
  await refused(['--docs', join(tmpdir(), 'sx-no-such-docs')], /no such folder/)
  await refused(['--docs', temporaryFolder('sx-docs-')], /no page the catalog cites is there/)
})

test('sources --mark-read of a requirement the catalog lacks changes nothing and says which', async () => {
  const reads = join(KIT_ROOT, 'src', 'requirements', 'page-reads.ts')
  const before = readFileSync(reads, 'utf8')
  await refused(
    ['--docs', oneCitedPage(), '--mark-read', 'PR-01,XX-99'],
    /--mark-read: XX-99 is not a requirement of the catalog/,
  )
  assert.equal(readFileSync(reads, 'utf8'), before)
})
