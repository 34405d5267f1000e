import {
  After,
  AfterAll,
  AfterStep,
  Before,
  BeforeAll,
  BeforeStep,
  setDefaultTimeout,
  Status,
} from '@cucumber/cucumber'
import { readingById, requirementById } from '../../src/requirements/catalog'
import { runTarget, type RunTarget } from '../../src/drivers/compose'
import {
  EXCHANGES_MEDIA_TYPE,
  RUN_CONTEXT_MEDIA_TYPE,
  SCREENS_MEDIA_TYPE,
  SEQUENCE_MEDIA_TYPE,
  type RunContext,
} from '../../src/report/conformance-report.schema'
import { redactLinks } from '../../src/run/redact'
import { READINGS_READ_MEDIA_TYPE } from '../../src/run/readings'
import { readWaivers, type Waiver } from '../../src/report/waivers'
import { Release } from '../../src/requirements/requirement.schema'
import { runSeed } from '../../src/run/seed'
import { boundary, type ExchangeWorld } from './world'
import { checkMail, checkScenarioEnd, closeScenario, openScenario } from '../../src/cast/scenario-life'
import { EXPLORED_TAG } from '../../src/requirements/invariants'
import { sequenceDiagram } from '../../src/report/sequence-trace'
import { RunTrouble } from '../../src/run/run-trouble'
import { ConfigurationError } from '../../src/run/configuration-error'
import { readWorldParameters } from '../../src/run/world-parameters'
import { partiesSummary, roleNamer } from '../../src/cast/party-roles'

/**
 * The run's seed is drawn when the coordinator loads this file, before it starts any worker: workers get a copy of the
 * environment as it is when they start, so they all inherit the same seed. A hook is too late for that, but not for a
 * process that runs cucumber again with the steps it has loaded (verify, called more than once in a process): each run
 * reads the seed again from the environment (BeforeAll).
 */
let seed = runSeed()

/** A step in the browser may go through many screens (a step that creates ten connections fills ten forms). */
setDefaultTimeout(30_000)

/**
 * The target of this worker's scenarios, asked once what it offers, and the waivers, read once: both by the run's world
 * parameters, since one process may run cucumber several times with different ones (prove-faults does).
 */
const targets = new Map<string, Promise<RunTarget>>()
const waiverFiles = new Map<string, Waiver[]>()

/**
 * Trouble no later scenario can get past, by run: mistakes in how the run was set up (no target address, no browser, a
 * release the target lacks, a setup token the target refuses) and a target that stopped answering. The first scenario
 * to meet it says it, as trouble of the run, and the others are skipped.
 */
const mistakes = new Map<string, Error>()

const runKey = (world: ExchangeWorld): string => `${JSON.stringify(world.parameters)} ${world.settings.release}`

/** The run target for these world parameters. */
function targetOf(world: ExchangeWorld): Promise<RunTarget> {
  const key = runKey(world)
  const known = targets.get(key)
  if (known) return known
  const target = runTarget(world.settings)
  targets.set(key, target)
  // A target that could not be reached once is asked again by the next scenario: trouble is not kept for the run.
  target.catch(() => targets.delete(key))
  return target
}

/** The waivers a run was given. */
function waiversOf(path: string | undefined): Waiver[] {
  if (path === undefined) return []
  if (!waiverFiles.has(path)) waiverFiles.set(path, readWaivers(path))
  return waiverFiles.get(path)!
}

/**
 * World parameters that do not read are a mistake of the whole run: said once, before any scenario, not once each. A
 * run starts with its own seed, and with no trouble or waivers of a run before it in the same process.
 */
BeforeAll(function (this: { parameters: unknown }) {
  readWorldParameters(this.parameters)
  seed = runSeed()
  mistakes.clear()
  waiverFiles.clear()
})

/** A target that holds something open (a browser) is closed, and the next run in the process starts it again. */
AfterAll(async function () {
  for (const [key, target] of targets) {
    const started = await target
    if (!started.close) continue
    await started.close()
    targets.delete(key)
  }
  await boundary.close()
})

/** Every scenario names the requirements it verifies, and only ones the catalog has. */
Before(function (this: ExchangeWorld, { pickle }) {
  const tags = pickle.tags.map((tag) => tag.name)
  const requirements = tags.filter((tag) => tag.startsWith('@req:')).map((tag) => tag.slice('@req:'.length))
  if (requirements.length === 0) throw new Error(`"${pickle.name}" carries no @req:ID tag`)
  const unknown = [
    ...requirements.filter((id) => !requirementById(id)).map((id) => `@req:${id}`),
    ...tags.filter((tag) => tag.startsWith('@reading:') && !readingById(tag.slice('@reading:'.length))),
  ]
  if (unknown.length > 0)
    throw new Error(`"${pickle.name}" cites what the catalog does not have: ${unknown.join(', ')}`)
})

/**
 * A scenario written for another release does not run: the release profiles leave it out by tag, and this keeps a
 * hand-set release parameter from running it against the wrong documentation. Nor does a scenario of a part the target
 * does not offer. Every scenario, run or not, carries the run's context for the reports.
 */
Before(async function (this: ExchangeWorld, { pickle }) {
  const tagged = Release.safeParse(
    pickle.tags.find((tag) => tag.name.startsWith('@release:'))?.name.slice('@release:'.length),
  )
  if (this.settings.releaseByTag && tagged.success) this.settings = { ...this.settings, release: tagged.data }
  if (mistakes.has(runKey(this))) return 'skipped'
  const run = await targetOf(this).catch((error: unknown) => {
    if (!(error instanceof ConfigurationError)) throw error
    mistakes.set(runKey(this), error)
    throw new RunTrouble(error.message)
  })
  const context: RunContext = {
    target: run.name,
    release: this.settings.release,
    seed,
    without: run.without,
    attests: run.attests,
    waivers: waiversOf(this.settings.waivers),
    ...(this.settings.shard ? { shard: this.settings.shard } : {}),
  }
  this.attach(JSON.stringify(context), RUN_CONTEXT_MEDIA_TYPE)
  const tags = pickle.tags.map((tag) => tag.name)
  const releases = tags.filter((tag) => tag.startsWith('@release:')).map((tag) => tag.slice('@release:'.length))
  if (releases.length > 0 && !releases.includes(this.settings.release)) return 'skipped'
  if (run.without.some((part) => tags.includes(`@${part}`))) return 'skipped'
  return undefined
})

/** A fresh provider instance and fresh data for every scenario, drawn from the run's seed. */
Before(async function (this: ExchangeWorld, { pickle }) {
  const target = await targetOf(this)
  await openScenario(this, target, seed, { uri: pickle.uri, line: pickle.location?.line ?? 0 }).catch(
    (error: unknown) => {
      if (error instanceof RunTrouble && error.lasting) mistakes.set(runKey(this), error)
      throw error
    },
  )
})

/**
 * Every scenario carries its sequence diagram (Mermaid): who asked the target for what, and whom the target called. A
 * scenario over HTTP carries its exchanges with the target, so an implementer sees what led to a failure; links on the
 * provider instance are redacted (they carry live tokens), and credentials were never recorded. A failed scenario in
 * the browser carries a picture of the screen it failed on; every scenario's browser context ends with it.
 */
After(async function (this: ExchangeWorld, { result }) {
  if (this.trace.entries.length > 0)
    this.attach(redactLinks(sequenceDiagram(this.trace.entries, roleNamer(this)), this.cast.providerUrl), {
      mediaType: SEQUENCE_MEDIA_TYPE,
      fileName: 'sequence.mmd',
    })
  const exchanges = this.session?.exchanges
  if (exchanges && exchanges.length > 0)
    this.attach(redactLinks(JSON.stringify(exchanges, null, 2), this.cast.providerUrl), EXCHANGES_MEDIA_TYPE)
  if (this.session?.readingsRead) this.attach(JSON.stringify([...this.session.readingsRead]), READINGS_READ_MEDIA_TYPE)
  const verbs = this.session?.verbsWithScreens
  if (verbs)
    this.attach(
      JSON.stringify({ onScreens: [...verbs.onScreens], overContract: [...verbs.overContract] }),
      SCREENS_MEDIA_TYPE,
    )
  if (result?.status === Status.FAILED) {
    const picture = await this.session?.screenshot?.()?.catch(() => undefined)
    if (picture) this.attach(picture, 'image/png')
  }
  await closeScenario(this)
})

/** A scenario passes only if nothing unexpected left the target and every refusal was looked at. */
After(async function (this: ExchangeWorld, { pickle, result }) {
  this.attach(JSON.stringify(partiesSummary(this)), 'application/json')
  await checkScenarioEnd(this, {
    failed: result?.status === Status.FAILED,
    explored: pickle.tags.some((tag) => tag.name === EXPLORED_TAG),
  })
})

/**
 * Whether a step is a Given: what it meets in a scenario printed by exploration need not be asserted, and in the
 * browser it arranges over the contract what the scenario then does through the screens.
 */
BeforeStep(function (this: ExchangeWorld, { pickleStep }) {
  this.inAGiven = pickleStep.type === 'Context'
  this.session?.arrange?.(this.inAGiven)
})

/** Mail is exact: the step that sent mail no rule calls for is the one that fails. */
AfterStep(function (this: ExchangeWorld) {
  checkMail(this)
})
