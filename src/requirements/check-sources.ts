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
  sectionsIn = pageReader(docsDir),
): SourcesCheck {
  const sections = readSections(docsDir, locators, sectionsIn)
  return { ...sections, ...comparedWithReads(sections.now, locators, reads) }
}

/** Each cited section of a checkout as it is now (its fingerprint), and the locators that do not resolve there. */
export function readSections(
  docsDir: string,
  locators: Record<string, readonly Locator[]>,
  sectionsIn = pageReader(docsDir),
): Pick<SourcesCheck, 'checked' | 'unresolved' | 'now'> {
  const result: Pick<SourcesCheck, 'checked' | 'unresolved' | 'now'> = { checked: 0, unresolved: [], now: new Map() }
  for (const [requirement, cited] of Object.entries(locators)) {
    for (const locator of cited.filter(isPage)) {
      result.checked += 1
      const page = sectionsIn(pagePath(locator))
      const section = page?.get(locator.section)
      if (section === undefined) {
        result.unresolved.push({
          requirement,
          locator: locatorKey(locator),
          problem: page ? 'no such section' : 'no such page',
        })
      } else result.now.set(locatorKey(locator), fingerprint(section))
    }
  }
  return result
}

/** The sections that changed since their requirement was read against them, and the requirements never read. */
export function comparedWithReads(
  now: ReadonlyMap<string, string>,
  locators: Record<string, readonly Locator[]>,
  reads: PageReads,
): Pick<SourcesCheck, 'changed' | 'unread'> {
  const result: Pick<SourcesCheck, 'changed' | 'unread'> = { changed: [], unread: [] }
  for (const [requirement, cited] of Object.entries(locators)) {
    const pages = cited.filter(isPage)
    const record = reads[requirement]
    if (pages.length > 0 && !record) result.unread.push(requirement)
    for (const key of pages.map(locatorKey)) {
      const print = now.get(key)
      if (record && print !== undefined && record.sections[key] !== print)
        result.changed.push({ requirement, locator: key, read: record.read })
    }
  }
  return result
}

/** The reads with these requirements marked read today against their sections as they are now. */
export function markedRead(
  now: ReadonlyMap<string, string>,
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
        .map(locatorKey)
        .flatMap((key) => (now.has(key) ? [[key, now.get(key)!]] : [])),
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
  sectionsIn = pageReader(docsDir),
): string {
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
