/**
 * A consumer instance is named by its origin: scheme, host and port. Two spellings of the same origin
 * (case, a trailing slash, the default port) are the same instance.
 */
export type InstanceUrlReading = { ok: true; origin: string } | { ok: false; problem: string }

/** Reads what a provider admin typed in the URL field of the connection form. */
export function readInstanceUrl(text: string): InstanceUrlReading {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return { ok: false, problem: 'it is not an absolute URL' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'it must start with https://' }
  if (!url.hostname) return { ok: false, problem: 'it names no host' }
  if (url.username || url.password) return { ok: false, problem: 'it must not carry credentials' }
  if (url.pathname !== '/' || url.search || url.hash) return { ok: false, problem: 'it must name the instance only, without a path' }
  return { ok: true, origin: url.origin }
}
