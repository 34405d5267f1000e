import type { Faker } from '@faker-js/faker'
import { newEnglishFaker } from '../cast/english-faker'
import { Boundary } from '../../mocks/boundary'
import type { Person } from '../cast/parties'
import { say, type Said } from '../cast/phrase'
import {
  kmfOnTheConsumerInstance,
  staleProviderConnections,
  theIssueIsFixed,
  theProviderAppAtAnotherVersion,
  theServletUriIsEmpty,
} from '../cast/phrases/consumer-instance'
import { theAdminCreatesAConnection } from '../cast/phrases/connection'
import { aConsumerCompany, aProviderAdmin, theContactHoldsOnlyTheRole } from '../cast/phrases/parties'
import { emailNotificationsAre, kmfOnTheProviderInstance, timePasses } from '../cast/phrases/provider-instance'
import {
  theContactGetsStarted,
  theContactOpensTheUrl,
  theContactStartsTheRegistration,
  theContactValidatesAndResolves,
} from '../cast/phrases/registration'
import { Scenario } from '../cast/scenario'
import type { KmfStatus } from '../contract/kmf.schema'
import type { CheckName } from '../contract/pre-onboarding.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import { inProcessDriver } from '../drivers/in-process.driver'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import { VirtualClock } from '../reference/clock'
import { readFaults } from '../run/faults'
import { readWorldParameters, type WorldParameters } from '../run/world-parameters'
import { preOnboardingChecks } from '../reference/pre-onboarding.checks'
import { ProviderInstance } from '../reference/provider-instance'
import type { Release } from '../requirements/requirement.schema'
import { addStop, emptyFigures, type SimulationFigures, type Stage } from './figures'
import type { Mix, Pace, Problem } from './mix'
import { requirementOf } from '../spec/refusals'

/** What one worker simulates: consumers `from` (inclusive) to `to` (exclusive) of a run. */
export type RangeTask = {
  from: number
  to: number
  seed: number
  total: number
  release: Release
  mix: Mix
  mixDigest: string
}

/** Consumers that share one provider instance, one after another: an instance's records grow with each. */
const CONSUMERS_PER_INSTANCE = 250

/** A small, fast generator seeded per consumer (mulberry32), so that any consumer can be simulated on its own. */
function randomOf(seed: number, consumer: number): () => number {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(consumer + 1, 0xc2b2ae35)) >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One choice, drawn in proportion to its weight. */
function draw<K extends string>(random: () => number, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][]
  let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [choice, weight] of entries) {
    left -= weight
    if (left < 0) return choice
  }
  return entries.at(-1)![0]
}

/** Minutes until a contact acts: within hours when prompt, days later when late. */
const delayOf = (random: () => number, pace: Pace): number =>
  pace === 'prompt' ? 5 + Math.floor(random() * 235) : 1440 + Math.floor(random() * 8640)

/** Each consumer-side problem, as a scenario gives the consumer instance it; its admin fixes it as its check says. */
const PROBLEMS: Record<Exclude<Problem, 'none'>, Said> = {
  'consumer-kmf-unhealthy': say(kmfOnTheConsumerInstance, 'Malfunction'),
  'servlet-uri-empty': say(theServletUriIsEmpty),
  'app-versions-differ': say(theProviderAppAtAnotherVersion),
  'stale-connection-records': say(staleProviderConnections),
}

/** What every consumer of a worker shares: the run's settings, the mocked world, and one faker, reseeded for each. */
type SimulatedWorld = { settings: WorldParameters; boundary: Boundary; faker: Faker }

/** One provider instance of the run, with its admin and its record, on a virtual clock of its own. */
type Provider = { driver: ExchangeDriver; admin: Person; url: string }

/** A provider instance for the next consumers, its admin brought on and its record set up as the features do it. */
async function openProvider(world: SimulatedWorld, task: RangeTask, index: number): Promise<Provider> {
  const url = `https://provider-${task.seed}-${index}.service-now.example`
  const instance = new ProviderInstance({
    baseUrl: url,
    mailGatewayUrl: world.boundary.mailGatewayUrl,
    fetch: world.boundary.fetch,
    clock: new VirtualClock(new Date('2026-06-01T00:00:00Z')),
    release: task.release,
    outboundTimeoutMs: 1000,
    faults: readFaults([]),
  })
  const scenario = new Scenario(world.settings, world.boundary, world.faker)
  // Seeds below zero are the provider instances', apart from every consumer's.
  scenario.faker.seed([task.seed, -1 - index])
  Object.assign(scenario.cast, { driver: inProcessDriver(instance), providerUrl: url })
  await say(aProviderAdmin).perform(scenario)
  await scenario.cast.providerReady()
  return { driver: scenario.cast.driver, admin: scenario.cast.providerAdmin!, url }
}

/**
 * One consumer's scenario on its provider instance: the parties the features bring on, drawn from the consumer's own
 * seed, acting through the instance's driver.
 */
function consumerScenario(provider: Provider, task: RangeTask, consumer: number, world: SimulatedWorld): Scenario {
  const scenario = new Scenario(world.settings, world.boundary, world.faker)
  scenario.faker.seed([task.seed, consumer])
  Object.assign(scenario.cast, {
    driver: provider.driver,
    providerUrl: provider.url,
    providerAdmin: provider.admin,
    providerRecord: 'created',
  })
  return scenario
}

/** The checks of a page that failed. */
const failedChecks = (page: RegistrationPage): CheckName[] =>
  page.checks.filter((check) => check.status === 'failed').map((check) => check.check)

/** Why a journey stopped at a refusal: its code, and the requirement behind it. */
const refusedStop = (before: Stage, outcome: Outcome<unknown>) =>
  outcome.ok
    ? undefined
    : {
        before,
        reason: `refused: ${outcome.refusal.code}`,
        requirement: requirementOf(outcome.refusal.code) ?? 'unmapped',
      }

/** Why a consumer stopped before Validated, if it did: a refusal, or a check still failing. */
function validationStop(page: Outcome<unknown>, fixes: boolean) {
  const refused = refusedStop('validated', page)
  if (refused || !page.ok) return refused
  const shown = page.value as RegistrationPage
  if (shown.state === 'Validated') return undefined
  const check = failedChecks(shown)[0]
  return {
    before: 'validated' as const,
    reason: `check failed: ${check ?? 'none named'}${fixes ? ', not fixed in time' : ', left unfixed'}`,
    requirement: preOnboardingChecks.find((candidate) => candidate.name === check)?.requirement ?? '-',
  }
}

/** What one consumer is like, drawn from its own seed: the conditions of its journey. */
function drawConsumer(task: RangeTask, consumer: number) {
  const random = randomOf(task.seed, consumer)
  return {
    random,
    version: draw(random, task.mix.versions),
    contactIsAdmin: draw(random, task.mix.contactIsAdmin) === 'yes',
    problem: draw(random, task.mix.problems),
    pace: draw(random, task.mix.pace),
    fixes: draw(random, task.mix.fixesProblems) === 'yes',
    email: draw(random, task.mix.emailNotifications),
    providerKmf: draw(random, task.mix.providerKmf) as KmfStatus,
  }
}

/**
 * One consumer's journey through the reference, in the phrases the feature files say it in, as its conditions say:
 * the provider admin creates its connection, its contact opens the URL and gets started when their pace says, fixes a
 * failing check or not, and starts the registration. It ends at the first stage it does not reach, and says why.
 */
async function oneConsumer(
  world: SimulatedWorld,
  provider: Provider,
  task: RangeTask,
  consumer: number,
  figures: SimulationFigures,
): Promise<void> {
  const { random, version, contactIsAdmin, problem, pace, fixes, email, providerKmf } = drawConsumer(task, consumer)
  const scenario = consumerScenario(provider, task, consumer, world)
  const act = (said: Said) => said.perform(scenario)
  /** Says a phrase, and answers what its act answered. */
  const outcomeOf = async (said: Said): Promise<Outcome<unknown>> => {
    await said.perform(scenario)
    return scenario.lastOutcome()
  }
  const stop = (why: { before: Stage; reason: string; requirement: string }) => addStop(figures, why)
  const passes = (delay: number) => act(say(timePasses, String(delay), 'minutes'))

  await act(say(emailNotificationsAre, email))
  await act(say(kmfOnTheProviderInstance, providerKmf))
  await act(say(aConsumerCompany, version))
  if (!contactIsAdmin) await act(say(theContactHoldsOnlyTheRole, 'itil'))
  if (problem !== 'none') await act(PROBLEMS[problem])

  const card = await outcomeOf(say(theAdminCreatesAConnection))
  const notCreated = refusedStop('created', card)
  if (notCreated) return stop(notCreated)
  figures.funnel.created += 1
  const url = scenario.records.card().registrationUrl ?? scenario.records.invitationLinks()[0]
  if (pace === 'never' || !url)
    return stop({ before: 'opened', reason: 'the contact never opened the registration URL', requirement: '-' })
  let minutes = delayOf(random, pace)
  await passes(minutes)
  const notOpened = refusedStop('opened', await outcomeOf(say(theContactOpensTheUrl)))
  if (notOpened) return stop(notOpened)
  figures.funnel.opened += 1

  let page = await outcomeOf(say(theContactGetsStarted))
  if (page.ok && (page.value as RegistrationPage).state === 'Validation Failed' && fixes) {
    const delay = delayOf(random, pace)
    minutes += delay
    await passes(delay)
    if (problem !== 'none') await act(say(theIssueIsFixed, problem))
    await act(say(theIssueIsFixed, 'provider-kmf-unhealthy'))
    const failed = failedChecks(page.value as RegistrationPage)
    if (task.release === 'brazil')
      for (const check of failed) page = await outcomeOf(say(theContactValidatesAndResolves, check))
    else page = await outcomeOf(say(theContactGetsStarted))
  }
  const notValidated = validationStop(page, fixes)
  if (notValidated) return stop(notValidated)
  figures.funnel.validated += 1

  const notOnboarded = refusedStop('onboarded', await outcomeOf(say(theContactStartsTheRegistration)))
  if (notOnboarded) return stop(notOnboarded)
  figures.funnel.onboarded += 1
  figures.onboardMinutes[minutes] = (figures.onboardMinutes[minutes] ?? 0) + 1
}

/**
 * Waits for the event loop to come round. A simulated journey runs on promises alone and never leaves the microtask
 * queue, so without this the runtime's finalizers, which free what each request tied to its abort signal, never run and
 * a worker's heap grows by kilobytes a call until it runs out.
 */
const turnOfTheEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Simulates a range of consumers, a provider instance for each few hundred, and answers their figures; tells each few
 * hundred done.
 */
export async function simulateRange(
  task: RangeTask,
  onDone: (consumers: number) => void = () => {},
): Promise<SimulationFigures> {
  const started = performance.now()
  const figures = emptyFigures(
    { seed: task.seed, release: task.release, total: task.total, mix: task.mixDigest },
    task.to > task.from ? [[task.from, task.to]] : [],
  )
  const boundary = new Boundary()
  const world = {
    settings: readWorldParameters({ driver: 'in-process', release: task.release }),
    boundary,
    faker: newEnglishFaker(),
  }
  for (let first = task.from; first < task.to; first += CONSUMERS_PER_INSTANCE) {
    const provider = await openProvider(world, task, first)
    for (let consumer = first; consumer < Math.min(first + CONSUMERS_PER_INSTANCE, task.to); consumer++) {
      await oneConsumer(world, provider, task, consumer, figures)
      figures.consumers += 1
    }
    onDone(Math.min(CONSUMERS_PER_INSTANCE, task.to - first))
    await turnOfTheEventLoop()
    // The instances and mail of these consumers are done with; the next provider instance starts clean.
    await boundary.reset()
  }
  figures.seconds = (performance.now() - started) / 1000
  return figures
}
