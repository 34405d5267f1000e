import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { ConfigurationError } from '../run/configuration-error'

/** Reads a command's flags; an unknown flag, a missing value or a stray argument is a configuration error. */
export function readFlags<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  return readCommandLine(args, options, false).values
}

/** Reads a command's flags and its arguments (such as the folders merge takes). */
export function readCommandLine<T extends ParseArgsOptionsConfig>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals })
  } catch (error) {
    // One line: node's message spans several, and its last one is about dashes, not about what went wrong.
    throw new ConfigurationError(`${(error as Error).message.replace(/\.?\s*To specify.*$/s, '').replace(/\s*\n\s*/g, ' ')} (see --help)`)
  }
}

/** A flag's value as a whole number within bounds. */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ConfigurationError(`${flag} takes a whole number from ${min} to ${max}, not "${text}"`)
  }
  return Number(text)
}
