import { randomBytes } from 'node:crypto'

/** The longest run of URL-safe token characters after the origin: where an implementation puts its token. */
function tokenIn(registrationUrl: string): string {
  const { pathname, search } = new URL(registrationUrl)
  const runs = `${pathname}${search}`.match(/[A-Za-z0-9_-]+/g) ?? []
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '')
}

/**
 * An upper bound on the entropy a token can carry: its length times the bits of its alphabet
 * (hex digits 4, base64url 6). A token under the bound is weak whatever generated it.
 */
export function tokenStrengthInBits(registrationUrl: string): number {
  const token = tokenIn(registrationUrl)
  return token.length * (/^[0-9a-f]+$/i.test(token) ? 4 : Math.log2(64))
}

/** The same registration URL with its token replaced by a fresh one that the provider never issued. */
export function forgedRegistrationUrl(registrationUrl: string): string {
  const token = tokenIn(registrationUrl)
  const forged = randomBytes(Math.ceil(token.length * 0.75) + 3).toString('base64url').slice(0, token.length)
  return registrationUrl.replace(token, forged)
}
