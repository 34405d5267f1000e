import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { parse as parseTagExpression } from '@cucumber/tag-expressions'
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
    throw new ConfigurationError(
      `${(error as Error).message.replace(/\.?\s*To specify.*$/s, '').replace(/\s*\n\s*/g, ' ')} (see --help)`,
    )
  }
}

/** A flag's value as a whole number within bounds. */
export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ConfigurationError(`${flag} takes a whole number from ${min} to ${max}, not "${text}"`)
  }
  return Number(text)
}

/** A cucumber tag expression, checked before anything runs: a typo is one line, and no report is touched. */
export function tagExpression(text: string, flag = '--tags'): string {
  try {
    parseTagExpression(text)
  } catch (error) {
    throw new ConfigurationError(
      `${flag} "${text}" is not a tag expression: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  return text
}

/**
 * The folder a command writes its reports in, made and proven writable before the command runs: a folder it cannot
 * write is one line at the start, not a stack trace after the whole run.
 */
export function reportFolder(path: string, flag = '--report-dir'): string {
  const folder = resolve(path)
  const probe = join(folder, `.sx-conformance-${process.pid}.probe`)
  try {
    mkdirSync(folder, { recursive: true })
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    throw new ConfigurationError(
      `${flag} ${path}: cannot write reports there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    )
  }
  return folder
}
