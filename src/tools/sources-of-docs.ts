import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { KIT_ROOT } from '../run/kit-files'
import { runTool } from './run-tool'
import { sources } from '../cli/sources'

/**
 * npm run sources: the catalog's locators held to a checkout of ServiceNow's documentation (SX_DOCS, or the one kept
 * beside the kit in ../shared/docs), where there is one, and the coverage of the documentation written to SOURCES.md.
 */
const DOCS = process.env.SX_DOCS ?? join(KIT_ROOT, '..', 'shared', 'docs')

runTool(async () => {
  if (!existsSync(DOCS)) {
    console.log(
      `no checkout of the documentation at ${DOCS}: nothing to check (give one to sx-conformance sources --docs DIR)`,
    )
    return 0
  }
  return sources(['--docs', DOCS, '--coverage', join(KIT_ROOT, 'SOURCES.md'), ...process.argv.slice(2)])
})
