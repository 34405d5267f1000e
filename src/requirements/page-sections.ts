import { createHash } from 'node:crypto'

/**
 * The sections of one page of ServiceNow's documentation, by heading: a section runs from its heading to the next
 * heading of any level, and the text before the first heading after the title belongs to the title. The front matter is
 * left out.
 */
export function sectionsOf(markdown: string): Map<string, string> {
  // A heading may follow the end of a table on the same line, as some pages write it.
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/(<\/table>)(#{1,6}\s)/g, '$1\n$2')
  const sections = new Map<string, string>()
  let heading: string | undefined
  let lines: string[] = []
  const close = () => {
    if (heading !== undefined) sections.set(heading, [sections.get(heading) ?? '', ...lines].join('\n'))
  }
  for (const line of body.split('\n')) {
    const found = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)
    if (found?.[1]) {
      close()
      heading = plain(found[1])
      lines = []
    } else lines.push(line)
  }
  close()
  return sections
}

/** Markup left out: link targets (they name the branch the page was read from), escapes and emphasis. */
function plain(text: string): string {
  return text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*|__|\u0060/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .trim()
}

/** A section's text as its words alone: markup, case and spacing make no difference. */
export function normalised(text: string): string {
  return plain(text).toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * What the catalog keeps of a section it was read against: 16 hexadecimal digits of the SHA-256 of its normalised text.
 * Enough to tell that the section changed, never the text itself.
 */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normalised(text)).digest('hex').slice(0, 16)
}
