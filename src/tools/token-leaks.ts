import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

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
        if (token && token.length >= 16) secrets.add(token)
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
  const places = { ...texts, ...Object.fromEntries(files.map((file) => [file, readFileSync(file, 'utf8')])) }
  return Object.entries(places).flatMap(([place, text]) =>
    [...secrets].some((secret) => text.includes(secret))
      ? [`${place} holds a registration token the target issued`]
      : [],
  )
}
