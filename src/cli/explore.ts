import { randomInt } from 'node:crypto'
import { MAX_SEED, seedFrom } from '../run/seed'
import { progressLine } from '../run/progress'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { PROCEDURES, type ProcedureName } from '../explore/procedure'
import { explore, PROCEDURE_OF, type ExploreReport } from '../explore/run-explore'
import { readFaults } from '../run/faults'
import { INVARIANTS } from '../requirements/invariants'
import { Release } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import { redactSecrets } from '../run/redact'
import { readFlags, wholeNumber } from './flags'
import { EXIT } from './verify-verdict'

export const EXPLORE_HELP = `sx-conformance explore: random journeys through the onboarding procedures, with the documents' safety rules checked after every step

  --target URL              the implementation's address (default: the reference, in this process)
  --release NAME            the release its provider instance is opened with: ${Release.options.join(' or ')} (default australia)
  --procedure NAME          only this procedure, repeatable: ${PROCEDURES.map((name) => `${name} (${PROCEDURE_OF[name].says})`).join(', ')}
                            (default: each in turn, until one breaks a rule)
  --journeys N              how many journeys of each procedure (default 200)
  --max-steps K             the most acts in one journey (default 20)
  --seed S                  fast-check's seed, to repeat a run exactly: a number, or any text (default: a new one, printed)
  --path PATH               fast-check's path to one shrunk journey, to replay exactly it (with its --seed)
  --replay-path TEXT        how that journey's acts were shrunk (printed with the path)
  --setup-token TOKEN       what setup operations carry (default the ${SETUP_TOKEN_VARIABLE} environment variable)
  --request-timeout-ms N    how long one request may go unanswered (default 10000)
  --fault ID                without --target: switch this rule of the reference off, to see exploration find it (repeatable)
  --help                    this text

A journey is a scenario of the kit's own steps, drawn at random: any party (the provider admin, a provider user
without the role, two admins at once, the consumer contact, another company's contact, someone without a
sign-in) takes any act in any order, between changes to the consumer instance (its release, the contact's
roles, KMF, failing checks, being out of reach) and to the provider instance (email, the clock). After every
step the rules of its procedure must hold:
${PROCEDURES.map((name) => `  ${name}:\n${PROCEDURE_OF[name].invariants.map((invariant) => `    ${invariant} (${INVARIANTS[invariant].requirements.join(', ')})`).join('\n')}`).join('\n')}
A journey that breaks one is shrunk to the shortest that still does, and printed as a Gherkin scenario to paste
into a feature file. Exit codes: 0 nothing found, 1 a rule broken (the scenario, with the seed and path that
repeat it), 2 could not run.`

/** Explores a target, or the reference in-process, and answers the exit code. */
export async function exploreCommand(args: string[]): Promise<number> {
  const { flags, release, faults, procedures, seed, parameters } = readExploreFlags(args)
  const journeys = wholeNumber(flags.journeys, '--journeys', 1, 1_000_000)
  const walked = { procedure: procedures[0]!, journeys: 0, before: 0 }
  const progress = progressLine(
    (text) => process.stderr.write(text),
    () =>
      `${walked.before + walked.journeys} journeys walked of up to ${journeys * procedures.length}, now through ${walked.procedure}`,
    process.stderr.isTTY === true,
  )
  progress.start()
  const reports = await explore({
    procedures: procedures.map((name) => PROCEDURE_OF[name]),
    parameters,
    journeys,
    onJourney: (procedure, count) => {
      if (procedure !== walked.procedure) Object.assign(walked, { procedure, before: walked.before + walked.journeys })
      walked.journeys = count
      progress.update()
    },
    maxSteps: wholeNumber(flags['max-steps'], '--max-steps', 1, 1000),
    seed,
    ...(flags.path ? { path: flags.path } : {}),
    ...(flags['replay-path'] ? { replayPath: flags['replay-path'] } : {}),
  }).finally(() => progress.end())
  const target =
    flags.target ?? `the reference (in-process${faults.length > 0 ? `, with ${faults.join(', ')} switched off` : ''})`
  const repeatWith = flags.target ? [`--target ${flags.target}`] : faults.map((fault) => `--fault ${fault}`)
  console.log(redactSecrets(exploreText(reports, target, release, repeatWith)))
  return reports.some((report) => report.breach) ? EXIT.notConformant : EXIT.conformant
}

/** The flags of explore, each read and checked before a journey starts. */
function readExploreFlags(args: string[]) {
  const flags = readFlags(args, {
    target: { type: 'string' },
    release: { type: 'string', default: 'australia' },
    procedure: { type: 'string', multiple: true, default: [] },
    journeys: { type: 'string', default: '200' },
    'max-steps': { type: 'string', default: '20' },
    seed: { type: 'string' },
    path: { type: 'string' },
    'replay-path': { type: 'string' },
    'setup-token': { type: 'string' },
    'request-timeout-ms': { type: 'string', default: '10000' },
    fault: { type: 'string', multiple: true, default: [] },
  })
  if (
    flags.target !== undefined &&
    (!URL.canParse(flags.target) || !/^https?:$/.test(new URL(flags.target).protocol))
  ) {
    throw new ConfigurationError(`--target takes an http(s) address, not "${flags.target}"`)
  }
  const releaseRead = Release.safeParse(flags.release)
  if (!releaseRead.success)
    throw new ConfigurationError(`--release is one of ${Release.options.join(', ')}, not "${flags.release}"`)
  if (flags.target !== undefined && flags.fault.length > 0)
    throw new ConfigurationError('--fault switches rules off in the in-process reference: it cannot go with --target')
  let faults: string[] = []
  try {
    faults = [...readFaults(flags.fault)]
  } catch (error) {
    throw new ConfigurationError(`--fault: ${(error as Error).message}`)
  }
  const unknown = flags.procedure.find((name) => !(PROCEDURES as readonly string[]).includes(name))
  if (unknown !== undefined)
    throw new ConfigurationError(`--procedure is one of ${PROCEDURES.join(', ')}, not "${unknown}"`)
  const procedures = flags.procedure.length > 0 ? [...new Set(flags.procedure as ProcedureName[])] : [...PROCEDURES]
  if (flags.path !== undefined && (flags.seed === undefined || !/^\d+(:\d+)*$/.test(flags.path)))
    throw new ConfigurationError('--path takes the path an exploration printed, with its --seed')
  if (flags.path !== undefined && procedures.length !== 1)
    throw new ConfigurationError('--path replays one journey: name its --procedure, as the exploration printed it')
  const seed = flags.seed === undefined ? randomInt(MAX_SEED) : seedFrom(flags.seed)
  const setupToken = flags['setup-token'] ?? process.env[SETUP_TOKEN_VARIABLE]
  const parameters = flags.target
    ? {
        driver: 'http' as const,
        targetUrl: flags.target.replace(/\/+$/, ''),
        release: releaseRead.data,
        requestTimeoutMs: wholeNumber(flags['request-timeout-ms'], '--request-timeout-ms', 50, 600_000),
        ...(setupToken ? { setupToken } : {}),
      }
    : { driver: 'in-process' as const, release: releaseRead.data, faults }
  return { flags, release: releaseRead.data, faults, procedures, seed, parameters }
}

/** The run, a line for each procedure explored, then the breach as a scenario, with how to repeat it. */
export function exploreText(reports: ExploreReport[], target: string, release: Release, repeatWith: string[]): string {
  const summary = [
    `explored ${target}, release ${release}, seed ${reports[0]!.seed}:`,
    ...reports.map(
      (report) =>
        `  ${report.procedure}: ${report.notOffered ? 'not offered by the target, not explored' : `${report.journeys} journeys, ${report.steps} acts in ${report.seconds.toFixed(1)} s`}`,
    ),
  ]
  const broken = reports.find((report) => report.breach)
  if (!broken?.breach) return [...summary, 'no journey broke a rule'].join('\n')
  return [
    ...summary,
    `a journey of the ${broken.procedure} procedure broke "${broken.breach.invariant}": ${broken.breach.detail}`,
    [
      'repeat it: sx-conformance explore',
      `--procedure ${broken.procedure}`,
      `--seed ${broken.seed}`,
      `--path ${broken.breach.path}`,
      ...(broken.breach.replayPath ? [`--replay-path '${broken.breach.replayPath}'`] : []),
      `--release ${release}`,
      ...repeatWith,
    ].join(' '),
    '',
    broken.breach.scenario,
  ].join('\n')
}
