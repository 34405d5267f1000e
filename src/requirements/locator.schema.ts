import { z } from 'zod'

/** The release branches of ServiceNow's documentation repository the kit reads its pages from. */
export const DocsRelease = z.enum(['australia', 'zurich', 'yokohama', 'xanadu'])
export type DocsRelease = z.infer<typeof DocsRelease>

/** A section of one page of the documentation: `<release>/<folder>/<file>.md`, and its heading. */
export const PageLocator = z.object({
  release: DocsRelease,
  folder: z.enum(['service-exchange', 'customer-service-management']),
  file: z.string().regex(/^[\w.-]+$/),
  /** The section's heading as the page writes it, markup aside; the page's title for the text under it. */
  section: z.string().min(2),
})
export type PageLocator = z.infer<typeof PageLocator>

/**
 * A source outside that repository: a seed document, a knowledge-base article, a community thread, the Brazil release
 * as published, or a page of another product's documentation. Named by the catalog's source key.
 */
export const OtherSource = z.object({ elsewhere: z.string().min(2), detail: z.string().min(3).optional() })
export type OtherSource = z.infer<typeof OtherSource>

export const Locator = z.union([PageLocator, OtherSource])
export type Locator = z.infer<typeof Locator>

/** Where a page locator points, as one string: `australia/service-exchange/se-connections-tab.md#Connections`. */
export const locatorKey = (locator: PageLocator): string => `${pagePath(locator)}#${locator.section}`

/** The page's path in a checkout of the documentation. */
export const pagePath = (locator: Pick<PageLocator, 'release' | 'folder' | 'file'>): string =>
  `${locator.release}/${locator.folder}/${locator.file}.md`

export const isPage = (locator: Locator): locator is PageLocator => 'file' in locator

/**
 * When a requirement was last read against its sections, and each section's fingerprint then (see page-sections.ts):
 * `sx-conformance sources --mark-read` writes them.
 */
export const PageReads = z.record(
  z.string(),
  z.object({ read: z.iso.date(), sections: z.record(z.string(), z.string().regex(/^[0-9a-f]{16}$/)) }),
)
export type PageReads = z.infer<typeof PageReads>
