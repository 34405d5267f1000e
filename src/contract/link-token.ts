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
 * The size of the alphabet these characters were drawn from: the smallest usual one that holds them all, or a larger
 * usual one that holds them too while this many draws could have missed its other characters by chance more often
 * than once in a million (62 letters and digits seen, where base64url's 64 were drawn: the two others are missed in
 * 336 draws once in forty thousand).
 */
function alphabetSize(characters: string, draws: number): number {
  const holding = ALPHABETS.filter(([pattern]) => pattern.test(characters)).map(([, size]) => size)
  const smallest = holding[0] ?? new Set(characters).size
  return holding.filter((size) => (smallest / size) ** draws >= 1e-6).at(-1) ?? smallest
}

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
  const size = alphabetSize(characters, tokens.length * varying.length)
  // a position drawn from the whole alphabet shows more than a quarter of the values it could show in this many tokens
  const few = Math.min(size, tokens.length) / 4
  // a handful of values is read as the whole bits they fit in: the last character of a base64url token of 16 bytes
  // carries 2 bits, whichever 3 of its 4 values it happens to show
  const bitsAt = (seen: ReadonlySet<unknown>): number =>
    seen.size <= few ? Math.ceil(Math.log2(seen.size)) : Math.log2(size)
  return varying.reduce((bits, seen) => bits + bitsAt(seen), 0)
}
