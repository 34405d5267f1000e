import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConformanceReport } from '../report/conformance-report.schema'
import { temporaryFolder } from '../run/temporary-folder'

// What the tests of verify share: a folder of their own, the report a run wrote, and waiver files.

export const folder = temporaryFolder('sx-verify-')
export const reportOf = (dir: string) =>
  ConformanceReport.parse(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))
export const waiverFile = (name: string, waivers: unknown[]) => {
  const path = join(folder, name)
  writeFileSync(path, JSON.stringify({ waivers }))
  return path
}
export const DUPLICATES = '@req:PC-10 or @req:PC-11'
/** A file where a folder would go. */
export const inTheWay = join(folder, 'a-file')
writeFileSync(inTheWay, '')
