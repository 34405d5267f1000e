import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { ConfigurationError } from './configuration-error'

/**
 * A file the kit wrote earlier (a report, a simulation's figures), read back and checked against its schema. A file
 * that is not JSON, or not of the shape, stops the command in one line: `what` names what it should have been.
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new ConfigurationError(`${file} is not JSON`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new ConfigurationError(`${file} is not ${what}`)
  return parsed.data
}
