import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration } from '@cucumber/cucumber/api'
import type { Release } from '../requirements/requirement.schema'
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
 * How much of a run is wanted: every scenario (the default), or only until the first fails, the feature files that
 * verify a requirement run first (enough to prove a fault is noticed, in a fraction of the time).
 */
export type RunExtent = { untilFirstRed?: { requirement: string } }

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
  (release: Release, parameters: WorldParameterOverrides, extent?: RunExtent) => Promise<RedScenario[]>
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
    const sources = extent.untilFirstRed
      ? { ...runConfiguration.sources, paths: featuresFirstFor(extent.untilFirstRed.requirement) }
      : runConfiguration.sources
    const formats = { ...runConfiguration.formats, stdout: 'summary', files: {} }
    await runCucumber({ ...runConfiguration, sources, support, runtime, formats }, quiet, (envelope) =>
      collector.take(envelope),
    )
    return collector.scenarios().filter((scenario) => scenario.status === 'failed')
  }
}
