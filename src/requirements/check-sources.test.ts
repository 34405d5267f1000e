import assert from 'node:assert/strict'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { requirements } from './catalog'
import { checkSources, coverageTable, markedRead } from './check-sources'
import { Locator, isPage, type Locator as LocatorType, type PageLocator } from './locator.schema'
import { locators } from './locators'
import { fingerprint, normalised, sectionsOf } from './page-sections'
import { temporaryFolder } from '../run/temporary-folder'

const FIXTURE = join(__dirname, 'fixtures', 'docs')
const page = (section: string, file = 'register-a-widget'): PageLocator => ({
  release: 'australia',
  folder: 'service-exchange',
  file,
  section,
})
const cited: Record<string, LocatorType[]> = {
  'WID-01': [page('Before you begin'), { elsewhere: 'KIT' }],
  'WID-02': [page('Procedure'), page('Rules installed')],
}

/** A copy of the fixture, to change a page of it. */
function fixtureCopy(): string {
  const copy = temporaryFolder('sx-docs-')
  cpSync(FIXTURE, copy, { recursive: true })
  return copy
}

test('a page splits into its sections by heading, the title holding the text under it, a heading after a table included', () => {
  const sections = sectionsOf(readFileSync(join(FIXTURE, 'australia/service-exchange/register-a-widget.md'), 'utf8'))
  assert.deepEqual([...sections.keys()], ['Register a widget', 'Before you begin', 'Procedure', 'Rules installed'])
  assert.match(sections.get('Rules installed') ?? '', /Abort duplicate widget/)
  assert.doesNotMatch(sections.get('Register a widget') ?? '', /title:/)
})

test("a section's fingerprint ignores markup, link targets, case and spacing, and changes with its words", () => {
  assert.equal(
    normalised('Select  **New**,\n  then [the record](https://x/australia/a.md)'),
    'select new, then [the record]',
  )
  assert.equal(fingerprint('Role required: **admin**'), fingerprint('role required:   admin'))
  assert.equal(fingerprint('see [it](https://x/australia/p.md)'), fingerprint('see [it](https://x/zurich/p.md)'))
  assert.notEqual(fingerprint('Role required: admin'), fingerprint('Role required: admin, sn_sb.admin'))
  assert.match(fingerprint('anything'), /^[0-9a-f]{16}$/)
})

test('every locator resolving, and every section as it was read, is nothing to look at', () => {
  const first = checkSources(FIXTURE, cited, {})
  assert.deepEqual(first.unread, ['WID-01', 'WID-02'])
  const reads = markedRead(first.now, cited, {}, ['WID-01', 'WID-02'], '2026-12-04')
  assert.deepEqual(Object.keys(reads['WID-02']!.sections), [
    'australia/service-exchange/register-a-widget.md#Procedure',
    'australia/service-exchange/register-a-widget.md#Rules installed',
  ])
  const again = checkSources(FIXTURE, cited, reads)
  assert.deepEqual([again.checked, again.unresolved, again.changed, again.unread], [3, [], [], []])
})

test('a missing page, a missing heading and a changed section are each reported with the requirement resting on it', () => {
  const docs = fixtureCopy()
  const reads = markedRead(checkSources(docs, cited, {}).now, cited, {}, ['WID-01', 'WID-02'], '2026-12-04')
  const file = join(docs, 'australia/service-exchange/register-a-widget.md')
  writeFileSync(file, readFileSync(file, 'utf8').replace('Role required: admin', 'Role required: admin, widget_admin'))
  const check = checkSources(docs, { ...cited, 'WID-03': [page('Result'), page('Procedure', 'no-such-page')] }, reads)
  assert.deepEqual(check.changed, [
    {
      requirement: 'WID-01',
      locator: 'australia/service-exchange/register-a-widget.md#Before you begin',
      read: '2026-12-04',
    },
  ])
  assert.deepEqual(check.unresolved, [
    {
      requirement: 'WID-03',
      locator: 'australia/service-exchange/register-a-widget.md#Result',
      problem: 'no such section',
    },
    { requirement: 'WID-03', locator: 'australia/service-exchange/no-such-page.md#Procedure', problem: 'no such page' },
  ])
})

test('the coverage table lists each section of an onboarding page with the requirements citing it, and those none cites', () => {
  const table = coverageTable(FIXTURE, cited, [
    { folder: 'service-exchange', file: 'register-a-widget' },
    { folder: 'service-exchange', file: 'not-in-this-release' },
  ])
  assert.equal(table.split('\n').length, 3)
  assert.match(
    table,
    /\| australia \| `service-exchange\/register-a-widget\.md` \| Before you begin: WID-01; Procedure: WID-02; Rules installed: WID-02 \| Register a widget \|/,
  )
})

test('every requirement of the catalog cites at least one source, each a well-formed locator, and no locator names a requirement the catalog lacks', () => {
  const ids = requirements.map((entry) => entry.id)
  assert.deepEqual(
    ids.filter((id) => !(locators[id]?.length ?? 0)),
    [],
  )
  assert.deepEqual(
    Object.keys(locators).filter((id) => !ids.includes(id)),
    [],
  )
  for (const [id, list] of Object.entries(locators))
    for (const locator of list) assert.ok(Locator.safeParse(locator).success, `${id}: ${JSON.stringify(locator)}`)
  assert.ok(Object.values(locators).flat().some(isPage))
})
