import { ConfigurationError } from '../run/configuration-error'
import type { CommandStreams } from './command-streams'
import { EXIT } from './verify-verdict'

const PROCESS_STREAMS: CommandStreams = { stdout: process.stdout, stderr: process.stderr }

/** A command of the kit: its flags, and what it does with them (an exit code; none for a server that stays up). */
type Command = { help: string; run(args: string[], streams: CommandStreams): Promise<number | undefined> }

/**
 * Each command, loaded only when it is asked for: the kit answers `--help` and a mistyped command without loading
 * cucumber, msw or the reference.
 */
const COMMANDS: Record<string, () => Command> = {
  verify: () => {
    const { verify, VERIFY_HELP } = require('./verify') as typeof import('./verify')
    return { help: VERIFY_HELP, run: verify }
  },
  serve: () => {
    const { serve, SERVE_HELP } = require('./serve') as typeof import('./serve')
    return { help: SERVE_HELP, run: async (args: string[]) => void (await serve(args)) }
  },
  fuzz: () => {
    const { fuzz, FUZZ_HELP } = require('./fuzz') as typeof import('./fuzz')
    return { help: FUZZ_HELP, run: fuzz }
  },
  explore: () => {
    const { exploreCommand, EXPLORE_HELP } = require('./explore') as typeof import('./explore')
    return { help: EXPLORE_HELP, run: exploreCommand }
  },
  simulate: () => {
    const { simulate, SIMULATE_HELP } = require('./simulate') as typeof import('./simulate')
    return { help: SIMULATE_HELP, run: simulate }
  },
  merge: () => {
    const { merge, MERGE_HELP } = require('./merge') as typeof import('./merge')
    return { help: MERGE_HELP, run: merge }
  },
  sources: () => {
    const { sources, SOURCES_HELP } = require('./sources') as typeof import('./sources')
    return { help: SOURCES_HELP, run: sources }
  },
  compare: () => {
    const { compare, COMPARE_HELP } = require('./compare') as typeof import('./compare')
    return { help: COMPARE_HELP, run: compare }
  },
}

/** What `sx-conformance --help` prints. */
export const HELP = `sx-conformance: the Service Exchange onboarding conformance kit

  sx-conformance verify --target URL [flags]   verify an implementation over the HTTP contract (CI gate)
  sx-conformance serve [--port N]              run the reference implementation as an HTTP target
  sx-conformance fuzz --target URL [flags]     send malformed and boundary requests to every operation
  sx-conformance explore [flags]               random journeys, with the documents' safety rules checked at every step
  sx-conformance simulate [flags]              many seeded consumers through the reference: funnel, stops, time to onboard
  sx-conformance merge DIR... [flags]          make the reports of a sharded verify one run's
  sx-conformance compare REPORT... [flags]     several conformance reports side by side
  sx-conformance sources --docs DIR [flags]    every requirement's sources held to a checkout of the documentation
  sx-conformance COMMAND --help                the flags of one command

Exit codes: 0 conformant (or nothing found), 1 not conformant (or a rule broken), 2 could not run.`

/**
 * Runs one command line in this process and answers its exit code (none while a server it started is up). An expected
 * problem (a bad flag, an unreachable target) is thrown as a ConfigurationError.
 */
export async function runCommand(
  args: string[],
  streams: CommandStreams = PROCESS_STREAMS,
): Promise<number | undefined> {
  const print = (text: string) => void streams.stdout.write(`${text}\n`)
  const [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(HELP)
    return EXIT.conformant
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!load)
    throw new ConfigurationError(
      `unknown command "${name}": the commands are ${Object.keys(COMMANDS).join(', ')} (see --help)`,
    )
  const command = load()
  if (rest.includes('--help') || rest.includes('-h')) {
    print(command.help)
    return EXIT.conformant
  }
  return command.run(rest, streams)
}

/** The one line that says why a command could not run: the message of an expected problem, the stack of any other. */
export function couldNotRunLine(error: unknown): string {
  const expected = error instanceof ConfigurationError
  return `sx-conformance: could not run: ${expected ? error.message : ((error as Error).stack ?? String(error))}`
}
