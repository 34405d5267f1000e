import type { AddressRead } from '../run/readings'

/**
 * A consumer instance is named by its origin: scheme, host and port. Two spellings of the same origin (case, a trailing
 * slash, the default port) are the same instance.
 */
export type InstanceUrlReading = AddressRead

// Stryker disable next-line ObjectLiteral: a reading without ok is no origin either: every caller tests ok
const notAnInstance = (problem: string): InstanceUrlReading => ({ ok: false, problem })

/**
 * Reads what a provider admin typed in the URL field of the connection form; what follows the address (a path, a
 * query, a fragment) is read as the reading of that silence says (RD-20, FREE-21).
 */
export function readInstanceUrl(text: string, addressOnly: (url: URL) => AddressRead): InstanceUrlReading {
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
  return addressOnly(url)
}
