import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { requirements } from '../requirements/catalog'
import { sourceLegend, type Source } from '../requirements/sources'
import { KIT_ROOT } from '../run/kit-files'

/** The releases a source key may name after it, for the page as that release has it. */
const RELEASE_SUFFIX = /-(xanadu|yokohama|zurich|australia|brazil|jakarta)$/

/** The source keys a requirement's source names: words in capitals, besides a scan check's [CODE], URL and readings. */
const keysIn = (source: string): string[] =>
  [...source.replace(/\[[^\]]*\]/g, '').matchAll(/\b[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)*\b/g)]
    .map(([word]) => word)
    .filter((word) => word !== 'URL' && !/^RD-\d+$/.test(word))

test('every source a requirement cites is in the legend the reports print, by its key or its key and a release', () => {
  const legend = new Set(Object.keys(sourceLegend))
  const unknown = requirements.flatMap((requirement) =>
    keysIn(requirement.source)
      .filter((key) => !legend.has(key) && !legend.has(key.replace(RELEASE_SUFFIX, '')))
      .map((key) => `${requirement.id}: ${key}`),
  )
  assert.deepEqual(unknown, [])
})

test('every entry of the legend is a title a reader can follow, with no file of the kit in it', () => {
  for (const [key, source] of Object.entries(sourceLegend) as [string, Source][]) {
    assert.doesNotMatch(source.title, /\.(txt|md)\b|seeds\//, `${key} names a file, not a page`)
    if (source.url) assert.match(source.url, /^https:\/\/www\.servicenow\.com\//, `${key}: ${source.url}`)
  }
})

/** ServiceNow's pages, kept beside the kit where it is developed; elsewhere this check has nothing to read. */
const DOCS = join(KIT_ROOT, '..', 'shared', 'docs', 'australia')

test(
  "each page of ServiceNow's documentation in the legend has the title and the address the page itself gives",
  { skip: !existsSync(DOCS) && 'the documentation pages are not beside the kit' },
  () => {
    for (const [key, source] of Object.entries(sourceLegend) as [string, Source][]) {
      if (!source.page) continue
      const page = readFileSync(join(DOCS, source.page.folder, `${source.page.file}.md`), 'utf8')
      const title = /^title: (.*)$/m.exec(page)?.[1]?.replaceAll('\\', '')
      const address = /^canonical_url: (.*)$/m.exec(page)?.[1]?.replaceAll('\\', '')
      assert.ok(title && source.title.startsWith(title), `${key}: "${source.title}" is not the page's title "${title}"`)
      assert.equal(source.url, address, `${key}: the page gives its address as ${address}`)
    }
  },
)
