import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fingerprint, sectionsOf } from './page-sections'
import {
  DocsRelease,
  isPage,
  locatorKey,
  pagePath,
  type Locator,
  type PageLocator,
  type PageReads,
} from './locator.schema'

/** One locator that does not resolve in the checkout: its page is missing, or the page has no such section. */
export type Unresolved = { requirement: string; locator: string; problem: 'no such page' | 'no such section' }

/** What a checkout of the documentation says of the catalog's locators. */
export type SourcesCheck = {
  /** Page locators checked. */
  checked: number
  unresolved: Unresolved[]
  /** Sections whose text changed since the requirement was last read against them. */
  changed: { requirement: string; locator: string; read: string }[]
  /** Requirements citing a page that were never marked read against it. */
  unread: string[]
  /** Each resolved section's fingerprint now, by locator. */
  now: Map<string, string>
}

/** The sections of the pages of a checkout, read once each. */
export function pageReader(docsDir: string): (path: string) => Map<string, string> | undefined {
  const pages = new Map<string, Map<string, string> | undefined>()
  return (path) => {
    if (!pages.has(path)) {
      const file = join(docsDir, path)
      pages.set(path, existsSync(file) ? sectionsOf(readFileSync(file, 'utf8')) : undefined)
    }
    return pages.get(path)
  }
}

/** Holds every page locator to a checkout of the documentation, and each section to its fingerprint when last read. */
export function checkSources(
  docsDir: string,
  locators: Record<string, readonly Locator[]>,
  reads: PageReads,
): SourcesCheck {
  const sectionsIn = pageReader(docsDir)
  const result: SourcesCheck = { checked: 0, unresolved: [], changed: [], unread: [], now: new Map() }
  for (const [requirement, cited] of Object.entries(locators)) {
    const pages = cited.filter(isPage)
    if (pages.length > 0 && !reads[requirement]) result.unread.push(requirement)
    for (const locator of pages) {
      result.checked += 1
      const key = locatorKey(locator)
      const section = sectionsIn(pagePath(locator))?.get(locator.section)
      if (section === undefined) {
        result.unresolved.push({
          requirement,
          locator: key,
          problem: sectionsIn(pagePath(locator)) ? 'no such section' : 'no such page',
        })
        continue
      }
      const print = fingerprint(section)
      result.now.set(key, print)
      const record = reads[requirement]
      const then = record?.sections[key]
      if (record && then !== print) result.changed.push({ requirement, locator: key, read: record.read })
    }
  }
  return result
}

/** The reads with these requirements marked read today against their sections as they are now. */
export function markedRead(
  check: SourcesCheck,
  locators: Record<string, readonly Locator[]>,
  reads: PageReads,
  ids: readonly string[],
  today: string,
): PageReads {
  const marked: PageReads = { ...reads }
  for (const id of ids) {
    const cited = locators[id]
    if (!cited) throw new Error(`${id} is not in the catalog`)
    const sections = Object.fromEntries(
      cited
        .filter(isPage)
        .map((locator) => [locatorKey(locator), check.now.get(locatorKey(locator)) ?? ''])
        .filter(([, print]) => print !== ''),
    )
    marked[id] = { read: today, sections }
  }
  return Object.fromEntries(Object.entries(marked).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })))
}

/** A page that bears on onboarding, whether or not a requirement cites it yet. */
export type OnboardingPage = Pick<PageLocator, 'folder' | 'file'>

/**
 * The coverage of the documentation: for each onboarding page of each release the checkout holds, the sections with the
 * requirements that rest on each, and the sections none cites yet.
 */
export function coverageTable(
  docsDir: string,
  locators: Record<string, readonly Locator[]>,
  pages: readonly OnboardingPage[],
): string {
  const sectionsIn = pageReader(docsDir)
  const citing = new Map<string, string[]>()
  for (const [requirement, cited] of Object.entries(locators)) {
    for (const locator of cited.filter(isPage))
      citing.set(locatorKey(locator), [...(citing.get(locatorKey(locator)) ?? []), requirement])
  }
  const rows: string[] = []
  for (const release of DocsRelease.options) {
    for (const page of pages) {
      const located = { release, ...page }
      const sections = sectionsIn(pagePath(located))
      if (!sections) continue
      const cells = [...sections.keys()].map((section) => {
        const ids = [...new Set(citing.get(locatorKey({ ...located, section })) ?? [])]
        return { section, ids }
      })
      const cited = cells.filter((cell) => cell.ids.length > 0).map((cell) => `${cell.section}: ${cell.ids.join(', ')}`)
      const uncited = cells.filter((cell) => cell.ids.length === 0).map((cell) => cell.section)
      rows.push(
        `| ${release} | \`${page.folder}/${page.file}.md\` | ${cited.join('; ') || 'none'} | ${uncited.join('; ') || 'none'} |`,
      )
    }
  }
  return [
    '| release | page | sections cited, and the requirements resting on each | sections no requirement cites |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n')
}
