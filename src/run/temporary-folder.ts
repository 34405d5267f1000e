import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The folders this process made for itself, to remove when it exits. */
const made: string[] = []

/**
 * A new folder in the system's temporary folder, its name starting with `prefix`, removed with all it holds when this
 * process exits, passed or failed: a run of the tests or of a tool leaves nothing behind (the reports of one verify
 * take some 70 MB, and npm test runs dozens).
 */
export function temporaryFolder(prefix: string): string {
  if (made.length === 0) process.once('exit', removeTheFolders)
  const folder = mkdtempSync(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}

function removeTheFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
}
