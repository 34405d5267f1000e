import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The characters of a secret found by their hash: a token shorter than this is not collected on its own (its URL is,
 * and a shorter secret is looked for as it is).
 */
const ANCHOR = 16
/** The rolling hash's base; the hash is kept to 32 bits, wrapping as integer arithmetic does. */
const BASE = 257
/** The bits of a hash that index the table of hashes the secrets end with, which rules out most places at once. */
const TABLE_BITS = 20

/**
 * Every registration URL and token a run was handed by the target, read from its recorded exchanges (one JSON per
 * line): the values of registrationUrl fields anywhere in an answer, and the last segment of each.
 */
export function issuedSecrets(exchangeFiles: string[]): Set<string> {
  const secrets = new Set<string>()
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect)
    if (typeof value !== 'object' || value === null) return
    for (const [key, field] of Object.entries(value)) {
      if (key === 'registrationUrl' && typeof field === 'string' && field.length > 0) {
        secrets.add(field)
        const token = field.split('/').at(-1)
        if (token && token.length >= ANCHOR) secrets.add(token)
      } else collect(field)
    }
  }
  for (const file of exchangeFiles.filter(existsSync)) {
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean))
      collect((JSON.parse(line) as { answer?: unknown }).answer)
  }
  return secrets
}

/** Where each secret shows up among texts (logs) and the files under folders (reports): one line per leak. */
export function leaksOf(secrets: Set<string>, texts: Record<string, string>, folders: string[]): string[] {
  const files = folders.filter(existsSync).flatMap(function walk(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  })
  const holds = secretFinder(secrets)
  const places = { ...texts, ...Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')])) }
  return Object.entries(places).flatMap(([place, text]) =>
    holds(text) ? [`${place} holds a registration token the target issued`] : [],
  )
}

/**
 * Whether a text holds any of the secrets, in one pass over it: reports run to megabytes and a run issues hundreds of
 * tokens, too many to look for one at a time. Each secret is found by a rolling hash of its last characters (a URL's
 * first ones are the same for every token, and are all over a report), then compared whole where that matches.
 */
export function secretFinder(secrets: Set<string>): (text: string) => boolean {
  const short = [...secrets].filter((secret) => secret.length < ANCHOR)
  const byAnchor = new Map<number, string[]>()
  const table = new Uint8Array(1 << TABLE_BITS)
  for (const secret of secrets) {
    if (secret.length < ANCHOR) continue
    const key = hashOf(secret, secret.length - ANCHOR)
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), secret])
    table[key & ((1 << TABLE_BITS) - 1)] = 1
  }
  // BASE to the power ANCHOR - 1: what the character leaving the window added to the hash.
  let leading = 1
  for (let step = 1; step < ANCHOR; step += 1) leading = Math.imul(leading, BASE)
  return (text) =>
    short.some((secret) => text.includes(secret)) ||
    (byAnchor.size > 0 && text.length >= ANCHOR && anchorsMatch(text, table, leading, byAnchor))
}

/** Whether a secret ends where the rolling hash of the text meets the hash of its last characters. */
function anchorsMatch(text: string, table: Uint8Array, leading: number, byAnchor: Map<number, string[]>): boolean {
  const mask = table.length - 1
  let hash = hashOf(text, 0)
  for (let end = ANCHOR; ; end += 1) {
    if (table[hash & mask] === 1 && endsAt(text, end, byAnchor.get(hash))) return true
    if (end === text.length) return false
    hash = (Math.imul(hash - Math.imul(text.charCodeAt(end - ANCHOR), leading), BASE) + text.charCodeAt(end)) | 0
  }
}

/** Whether one of the secrets ends at this place of the text. */
const endsAt = (text: string, end: number, secrets: string[] = []): boolean =>
  secrets.some((secret) => end >= secret.length && text.startsWith(secret, end - secret.length))

/** The hash of ANCHOR characters of a text, from a place on. */
function hashOf(text: string, from: number): number {
  let hash = 0
  for (let at = from; at < from + ANCHOR; at += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(at)) | 0
  return hash
}
