import { randomBytes } from 'node:crypto'

/**
 * Where a link the target issues carries its token (a registration URL, a verification link): the value of its
 * `token` query parameter when it has one, or else the last segment of its path (FREE-07 leaves the choice).
 * The kit measures that token alone, never the rest of the address.
 */
export const TOKEN_PARAMETER = 'token'

/** The token a link carries, where the contract says it is; empty when there is none. */
export function tokenOf(link: string): string {
  const url = new URL(link)
  const inQuery = url.searchParams.get(TOKEN_PARAMETER)
  if (inQuery !== null) return inQuery
  return decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '')
}

/** The same link with its token replaced by a fresh one of the same length that the target never issued. */
export function forgedLink(link: string): string {
  const url = new URL(link)
  const token = tokenOf(link)
  const forged = randomBytes(token.length + 3)
    .toString('base64url')
    .slice(0, Math.max(token.length, 1))
  if (url.searchParams.has(TOKEN_PARAMETER)) url.searchParams.set(TOKEN_PARAMETER, forged)
  else url.pathname = url.pathname.replace(/[^/]*(\/?)$/, `${forged}$1`)
  return url.toString()
}

/** The alphabets tokens are usually written in, smallest first, with the bits one character of each can carry. */
const ALPHABETS: readonly [pattern: RegExp, size: number][] = [
  [/^[0-9]*$/, 10],
  [/^[0-9a-f]*$/, 16],
  [/^[0-9A-F]*$/, 16],
  [/^[0-9a-z]*$/, 36],
  [/^[0-9A-Z]*$/, 36],
  [/^[0-9A-Za-z]*$/, 62],
  [/^[0-9A-Za-z_-]*$/, 64],
  [/^[0-9A-Za-z+/=]*$/, 65],
]

/**
 * An upper bound on the entropy each of these tokens of one target carries, measured on the tokens alone and only
 * where they differ: a position that never varies carries no randomness, whatever character it holds, so a fixed
 * dash, prefix or version digit neither counts nor widens the alphabet. Each varying position carries the bits of the
 * smallest usual alphabet that holds every character seen at varying positions, or fewer when it shows only a handful
 * of values over many tokens (a UUID's variant digit): then the whole bits that many values fit in. A counter or a
 * short random tail scores low, whatever the address around it. Fewer than two tokens, or two alike, carry nothing
 * that can be told apart.
 */
export function tokenEntropyBound(tokens: readonly string[]): number {
  if (tokens.length < 2 || new Set(tokens).size < tokens.length) return 0
  const shortest = Math.min(...tokens.map((token) => token.length))
  const varying = Array.from(
    { length: shortest },
    (_, position) => new Set(tokens.map((token) => token[position])),
  ).filter((seen) => seen.size > 1)
  const characters = varying.flatMap((seen) => [...seen]).join('')
  const size = ALPHABETS.find(([pattern]) => pattern.test(characters))?.[1] ?? new Set(characters).size
  // a position drawn from the whole alphabet shows more than a quarter of the values it could show in this many tokens
  const few = Math.min(size, tokens.length) / 4
  // a handful of values is read as the whole bits they fit in: the last character of a base64url token of 16 bytes
  // carries 2 bits, whichever 3 of its 4 values it happens to show
  const bitsAt = (seen: ReadonlySet<unknown>): number =>
    seen.size <= few ? Math.ceil(Math.log2(seen.size)) : Math.log2(size)
  return varying.reduce((bits, seen) => bits + bitsAt(seen), 0)
}
