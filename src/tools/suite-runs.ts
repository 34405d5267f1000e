import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration } from '@cucumber/cucumber/api'
import type { Envelope } from '@cucumber/messages'
import type { Release } from '../requirements/requirement.schema'
import { READINGS_READ_MEDIA_TYPE } from '../run/readings'
import { RunCollector } from '../report/conformance-report'
import { STEP_SUPPORT } from '../run/kit-files'

const quiet = { stdout: new PassThrough().resume(), stderr: new PassThrough().resume() }

/** The cucumber profile that holds a target to each release. */
const PROFILE_OF: Record<Release, string> = { australia: 'default', brazil: 'brazil' }

/** World parameters that replace the profile's for one run. */
export type WorldParameterOverrides = IRunConfiguration['runtime']['worldParameters']

/** A scenario that did not pass, by name and place. */
export type RedScenario = ReturnType<RunCollector['scenarios']>[number]

/**
 * How much of a run is wanted: every scenario (the default); only until the first fails, the feature files that verify
 * a requirement run first (enough to prove a fault is noticed, in a fraction of the time); or only the scenarios at
 * these places (file:line).
 */
export type RunExtent = { untilFirstRed?: { requirement: string }; only?: string[] }

/** What a run found: the scenarios that failed and, where asked, the choices each scenario read (by its file:line). */
export type SuiteOutcome = { ran: number; red: RedScenario[]; readingsRead: Record<string, string[]> }

/** Each feature file with the words of its text, read once for every run that reorders them. */
let featureWords: { file: string; words: Set<string> }[] | undefined

/** The feature files, those that verify the requirement first: cucumber runs the scenarios in this order. */
function featuresFirstFor(requirement: string): string[] {
  featureWords ??= readdirSync('features')
    .filter((file) => file.endsWith('.feature'))
    .map((file) => join('features', file))
    .map((file) => ({ file, words: new Set(readFileSync(file, 'utf8').split(/\s+/)) }))
  const verifies = featureWords.filter(({ words }) => words.has(`@req:${requirement}`)).map(({ file }) => file)
  return [...verifies, ...featureWords.map(({ file }) => file).filter((file) => !verifies.includes(file))]
}

/**
 * Runs the whole in-process suite of a release again and again in this process, each time with other world parameters
 * (faults switched on, another starting state), and answers the scenarios that failed.
 */
export async function suiteRuns(): Promise<
  (release: Release, parameters: WorldParameterOverrides, extent?: RunExtent) => Promise<SuiteOutcome>
> {
  process.env.SX_SEED ??= '1'
  const configurations = new Map<Release, IRunConfiguration>()
  for (const release of ['australia', 'brazil'] as const) {
    const { runConfiguration } = await loadConfiguration({ profiles: [PROFILE_OF[release]] }, quiet)
    configurations.set(release, { ...runConfiguration, support: STEP_SUPPORT })
  }
  // The support code is loaded once: node caches modules, so loading it again would register no steps.
  const support = await loadSupport(configurations.get('australia')!, quiet)
  return async (release, parameters, extent = {}) => {
    const runConfiguration = configurations.get(release)!
    const collector = new RunCollector()
    const worldParameters = { ...runConfiguration.runtime.worldParameters, ...parameters }
    const runtime = { ...runConfiguration.runtime, worldParameters, failFast: extent.untilFirstRed !== undefined }
    const paths = extent.only ?? (extent.untilFirstRed && featuresFirstFor(extent.untilFirstRed.requirement))
    const sources = paths ? { ...runConfiguration.sources, paths } : runConfiguration.sources
    const formats = { ...runConfiguration.formats, stdout: 'summary', files: {} }
    const readings = new ReadingsNoted()
    await runCucumber({ ...runConfiguration, sources, support, runtime, formats }, quiet, (envelope) => {
      collector.take(envelope)
      readings.take(envelope)
    })
    const scenarios = collector.scenarios()
    const red = scenarios.filter((scenario) => scenario.status === 'failed')
    return { ran: scenarios.length, red, readingsRead: readings.byScenario }
  }
}

/** The choices each scenario of a run read, from what the scenarios attached (world parameter noteReadings). */
class ReadingsNoted {
  readonly byScenario: Record<string, string[]> = {}
  readonly #places = new Map<string, string>()
  readonly #cases = new Map<string, string>()
  readonly #started = new Map<string, string>()

  take(envelope: Envelope): void {
    const { pickle, testCase, testCaseStarted, attachment } = envelope
    if (pickle) this.#places.set(pickle.id, `${pickle.uri}:${pickle.location?.line ?? 0}`)
    if (testCase) this.#cases.set(testCase.id, testCase.pickleId)
    if (testCaseStarted) this.#started.set(testCaseStarted.id, testCaseStarted.testCaseId)
    if (attachment?.mediaType !== READINGS_READ_MEDIA_TYPE || !attachment.testCaseStartedId) return
    const place = this.#places.get(this.#cases.get(this.#started.get(attachment.testCaseStartedId) ?? '') ?? '')
    if (place) this.byScenario[place] = JSON.parse(attachment.body) as string[]
  }
}
