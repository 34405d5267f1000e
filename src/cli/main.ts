import { ConfigurationError } from '../run/configuration-error'
import { exploreCommand, EXPLORE_HELP } from './explore'
import { fuzz, FUZZ_HELP } from './fuzz'
import { simulate, SIMULATE_HELP } from './simulate'
import { merge, MERGE_HELP } from './merge'
import { compare, COMPARE_HELP } from './compare'
import { serve, SERVE_HELP } from './serve'
import { verify, VERIFY_HELP } from './verify'
import { EXIT } from './verify-verdict'

const HELP = `sx-conformance: the Service Exchange onboarding conformance kit

  sx-conformance verify --target URL [flags]   verify an implementation over the HTTP contract (CI gate)
  sx-conformance serve [--port N]              run the reference implementation as an HTTP target
  sx-conformance fuzz --target URL [flags]     send malformed and boundary requests to every operation
  sx-conformance explore [flags]               random journeys, with the documents' safety rules checked at every step
  sx-conformance simulate [flags]              many seeded consumers through the reference: funnel, stops, time to onboard
  sx-conformance merge DIR... [flags]          make the reports of a sharded verify one run's
  sx-conformance compare REPORT... [flags]     several conformance reports side by side
  sx-conformance COMMAND --help                the flags of one command

${VERIFY_HELP}

${SERVE_HELP}

${FUZZ_HELP}

${EXPLORE_HELP}

${SIMULATE_HELP}

${MERGE_HELP}

${COMPARE_HELP}`

/** Runs one command; an expected problem is one line on stderr and exit code 2, never a stack trace. */
async function main(args: string[]): Promise<number | undefined> {
  const [command, ...rest] = args
  const wantsHelp = rest.includes('--help') || rest.includes('-h')
  switch (command) {
    case 'verify':
      if (wantsHelp) return say(VERIFY_HELP)
      return verify(rest)
    case 'fuzz':
      if (wantsHelp) return say(FUZZ_HELP)
      return fuzz(rest)
    case 'explore':
      if (wantsHelp) return say(EXPLORE_HELP)
      return exploreCommand(rest)
    case 'simulate':
      if (wantsHelp) return say(SIMULATE_HELP)
      return simulate(rest)
    case 'merge':
      if (wantsHelp) return say(MERGE_HELP)
      return merge(rest)
    case 'compare':
      if (wantsHelp) return say(COMPARE_HELP)
      return compare(rest)
    case 'serve':
      if (wantsHelp) return say(SERVE_HELP)
      await serve(rest)
      return undefined
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      return say(HELP)
    default:
      throw new ConfigurationError(`unknown command "${command}": the commands are verify, serve, fuzz, explore, simulate, merge and compare (see --help)`)
  }
}

function say(text: string): number {
  console.log(text)
  return EXIT.conformant
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code === undefined) return
    process.exitCode = code
    // A target that left a call hanging may hold a socket open; the verdict is in, so do not wait for it.
    setTimeout(() => process.exit(code), 200).unref()
  },
  (error: unknown) => {
    const expected = error instanceof ConfigurationError
    console.error(`sx-conformance: could not run: ${expected ? error.message : (error as Error).stack ?? String(error)}`)
    process.exitCode = EXIT.couldNotRun
  },
)
