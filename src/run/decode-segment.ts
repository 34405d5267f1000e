/** A piece of a URL with its %-escapes decoded; undefined when they do not make UTF-8. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
