import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  checkSources,
  comparedWithReads,
  coverageTable,
  pageReader,
  markedRead,
  type SourcesCheck,
} from '../requirements/check-sources'
import { locators, onboardingPages } from '../requirements/locators'
import { pageReads } from '../requirements/page-reads'
import { requirements } from '../requirements/catalog'
import type { PageReads } from '../requirements/locator.schema'
import { ConfigurationError } from '../run/configuration-error'
import { KIT_ROOT } from '../run/kit-files'
import { readCommandLine } from './flags'
import { EXIT } from './verify-verdict'

export const SOURCES_HELP = `sx-conformance sources: every requirement's sources held to a checkout of ServiceNow's documentation

  sx-conformance sources --docs DIR [--mark-read ID,...|all] [--coverage FILE]

  --docs DIR                a checkout of the documentation: one folder per release (australia, zurich, yokohama,
                            xanadu), each with service-exchange/ and customer-service-management/ pages
  --mark-read ID,...|all    record that these requirements were read again against their sections today, with
                            each section's fingerprint now (a hash of its normalised text, never the text)
  --coverage FILE           write the coverage of the documentation: each onboarding page's sections, the
                            requirements resting on each, and those no requirement cites yet
  --help                    this text

Exit codes: 0 when every locator resolves and no cited section changed since it was read, 1 otherwise (each
one is listed), 2 when the checkout cannot be read.`

/** Where the record of reads is kept, in the kit's sources: --mark-read writes it. */
const PAGE_READS_FILE = join(KIT_ROOT, 'src', 'requirements', 'page-reads.ts')

function pageReadsModule(reads: PageReads): string {
  return [
    "import type { PageReads } from './locator.schema'",
    '',
    '// Written by `sx-conformance sources --mark-read`: when each requirement was last read against its sections, and',
    "// each section's fingerprint then. Edit the requirement or its locators, never this file.",
    `export const pageReads: PageReads = ${JSON.stringify(reads, null, 2)}`,
    '',
  ].join('\n')
}

/** What the check found, one line each, in the words a maintainer acts on. */
function findings(check: SourcesCheck): string[] {
  return [
    ...check.unresolved.map((entry) => `${entry.requirement}: ${entry.locator}: ${entry.problem}`),
    ...check.changed.map(
      (entry) =>
        `${entry.requirement}: ${entry.locator} changed since it was read on ${entry.read}: read the requirement again, then --mark-read ${entry.requirement}`,
    ),
    ...check.unread.map((id) => `${id}: never marked read against its sections: read it, then --mark-read ${id}`),
  ]
}

export async function sources(args: string[]): Promise<number> {
  const { values } = readCommandLine(
    args,
    { docs: { type: 'string' }, 'mark-read': { type: 'string' }, coverage: { type: 'string' } },
    false,
  )
  if (!values.docs) throw new ConfigurationError('give the checkout of the documentation with --docs DIR (see --help)')
  const docs = resolve(values.docs)
  if (!existsSync(docs) || !statSync(docs).isDirectory())
    throw new ConfigurationError(`--docs ${values.docs}: no such folder`)
  // The pages are read once, for the check and for the coverage.
  const sectionsIn = pageReader(docs)
  const check = checkSources(docs, locators, pageReads, sectionsIn)
  if (check.checked > 0 && check.now.size === 0)
    throw new ConfigurationError(
      `--docs ${values.docs}: no page the catalog cites is there; give the folder that holds australia/, zurich/…`,
    )
  let reads = pageReads
  if (values['mark-read']) {
    const ids =
      values['mark-read'] === 'all'
        ? requirements.map((entry) => entry.id)
        : values['mark-read'].split(',').map((id) => id.trim())
    const unknown = ids.filter((id) => !locators[id])
    if (unknown.length > 0)
      throw new ConfigurationError(`--mark-read: ${unknown.join(', ')} is not a requirement of the catalog`)
    reads = markedRead(check.now, locators, pageReads, ids, new Date().toISOString().slice(0, 10))
    writeFileSync(PAGE_READS_FILE, pageReadsModule(reads))
    console.log(`marked ${ids.length} requirement(s) read today, in ${PAGE_READS_FILE}`)
  }
  if (values.coverage) {
    writeFileSync(
      resolve(values.coverage),
      `${readFileSync(join(KIT_ROOT, 'src', 'requirements', 'coverage-preamble.md'), 'utf8')}\n${coverageTable(docs, locators, onboardingPages, sectionsIn)}\n`,
    )
    console.log(`wrote the coverage of the documentation to ${values.coverage}`)
  }
  const found = findings({ ...check, ...comparedWithReads(check.now, locators, reads) })
  for (const line of found) console.log(line)
  console.log(
    `${check.checked} locators of ${Object.keys(locators).length} requirements checked against ${docs}: ${found.length === 0 ? 'every one resolves, and no cited section changed since it was read' : `${found.length} to look at`}`,
  )
  return found.length === 0 ? EXIT.conformant : EXIT.notConformant
}
