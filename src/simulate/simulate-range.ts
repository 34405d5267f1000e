import { Boundary } from '../../mocks/boundary'
import type { ConsumerInstanceControl } from '../../mocks/consumer-instances'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { KmfStatus } from '../contract/kmf.schema'
import type { CheckName } from '../contract/pre-onboarding.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { RegistrationPage } from '../contract/registration-page.schema'
import { inProcessDriver } from '../drivers/in-process.driver'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import { VirtualClock } from '../reference/clock'
import { readFaults } from '../run/faults'
import { preOnboardingChecks } from '../reference/pre-onboarding.checks'
import { ProviderInstance } from '../reference/provider-instance'
import { CONSUMER_CONTACT_ROLE } from '../reference/registration-tasks'
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

/** Each consumer-side problem as the consumer instance has it; its admin fixes it as the check's resolution says. */
const PROBLEMS: Record<Exclude<Problem, 'none'>, (instance: ConsumerInstanceControl, providerUrl: string) => void> = {
  'consumer-kmf-unhealthy': (instance) => instance.reportsKmf('Malfunction'),
  'servlet-uri-empty': (instance) => instance.setsProperty('glide.servlet.uri', ''),
  'app-versions-differ': (instance) => instance.alsoRunsProviderAppAtOtherVersion(),
  'stale-connection-records': (instance, providerUrl) => instance.holdsProviderConnections(providerUrl, 1),
}

const PASSWORD = 'simulated-password'

/** One provider instance of the run, with its admin and its record, on a virtual clock of its own. */
async function openProvider(
  boundary: Boundary,
  task: RangeTask,
  index: number,
): Promise<{ driver: ExchangeDriver; admin: Actor; url: string }> {
  const url = `https://provider-${task.seed}-${index}.service-now.example`
  const clock = new VirtualClock(new Date('2026-06-01T00:00:00Z'))
  const instance = new ProviderInstance({
    baseUrl: url,
    mailGatewayUrl: boundary.mailGatewayUrl,
    fetch: boundary.fetch,
    clock,
    release: task.release,
    outboundTimeoutMs: 1000,
    faults: readFaults([]),
  })
  const driver = inProcessDriver(instance)
  await driver.createProviderRecord({ name: `provider-${index}` })
  await driver.addUser({
    userName: 'provider.admin',
    password: PASSWORD,
    firstName: 'Provider',
    lastName: 'Admin',
    email: 'admin@provider.example',
    roles: ['admin', 'sn_sb.admin'],
  })
  return { driver, admin: { userName: 'provider.admin', password: PASSWORD }, url }
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

/** One consumer as the provider instance and its own instance start: its company, its contact, its instance. */
async function setUpConsumer(
  boundary: Boundary,
  provider: Awaited<ReturnType<typeof openProvider>>,
  consumer: number,
  drawn: { version: string; contactIsAdmin: boolean; problem: Problem },
) {
  const { driver } = provider
  const origin = `https://consumer-${consumer}.service-now.example`
  const userName = `contact.${consumer}`
  const company = await driver.addCompany({ name: `Consumer ${consumer}` })
  if (!company.ok) throw new Error(`the simulation could not add consumer ${consumer}: ${company.refusal.reason}`)
  const contact = await driver.addUser({
    userName,
    password: PASSWORD,
    firstName: 'Contact',
    lastName: String(consumer),
    email: `${userName}@consumer.example`,
    roles: [CONSUMER_CONTACT_ROLE],
    companyId: company.value.id,
  })
  if (!contact.ok)
    throw new Error(`the simulation could not add the contact of consumer ${consumer}: ${contact.refusal.reason}`)
  const instance = boundary.instances.add(origin, drawn.version)
  instance.hasUser(userName, drawn.contactIsAdmin ? ['admin'] : ['itil'])
  if (drawn.problem !== 'none') PROBLEMS[drawn.problem](instance, provider.url)

  return { origin, userName, company: company.value, contact: contact.value, instance }
}

/** Why a consumer stopped before Validated, if it did: a refusal, or a check still failing. */
function validationStop(page: Outcome<RegistrationPage>, fixes: boolean) {
  const refused = refusedStop('validated', page)
  if (refused || !page.ok || page.value.state === 'Validated') return refused
  const check = failedChecks(page.value)[0]
  return {
    before: 'validated' as const,
    reason: `check failed: ${check ?? 'none named'}${fixes ? ', not fixed in time' : ', left unfixed'}`,
    requirement: preOnboardingChecks.find((candidate) => candidate.name === check)?.requirement ?? '-',
  }
}

/**
 * One consumer's journey through the reference, as its conditions say: the provider admin creates its connection, its
 * contact opens the URL and gets started when their pace says, fixes a failing check or not, and starts the
 * registration. It ends at the first stage it does not reach, and says why.
 */
async function oneConsumer(
  boundary: Boundary,
  provider: Awaited<ReturnType<typeof openProvider>>,
  task: RangeTask,
  consumer: number,
  figures: SimulationFigures,
): Promise<void> {
  const random = randomOf(task.seed, consumer)
  const { driver, admin } = provider
  const stop = (before: Stage, reason: string, requirement: string) => addStop(figures, { before, reason, requirement })
  const version = draw(random, task.mix.versions)
  const contactIsAdmin = draw(random, task.mix.contactIsAdmin) === 'yes'
  const problem = draw(random, task.mix.problems)
  const pace = draw(random, task.mix.pace)
  const fixes = draw(random, task.mix.fixesProblems) === 'yes'
  await driver.setEmailNotifications(draw(random, task.mix.emailNotifications) === 'on')
  await driver.setKmfStatus(draw(random, task.mix.providerKmf) as KmfStatus)

  const drawn = { version, contactIsAdmin, problem }
  const { origin, userName, company, contact, instance } = await setUpConsumer(boundary, provider, consumer, drawn)

  const card = await driver.createConnection(admin, {
    companyId: company.id,
    contactId: contact.id,
    instanceUrl: origin,
  })
  if (!card.ok) return stop('created', `refused: ${card.refusal.code}`, requirementOf(card.refusal.code) ?? 'unmapped')
  figures.funnel.created += 1
  const invitation = boundary.outbox
    .documented()
    .findLast((mail) => mail.to === `${userName}@consumer.example` && mail.kind === 'registration-invitation')
  const url = card.value.registrationUrl ?? (invitation && 'link' in invitation ? invitation.link : undefined)
  if (pace === 'never' || !url) return stop('opened', 'the contact never opened the registration URL', '-')
  let minutes = delayOf(random, pace)
  await driver.advanceClock(minutes)
  const actor: ConsumerUser = { userName, accessToken: instance.signIn(userName) }
  const opened = await driver.openRegistrationUrl(actor, url)
  const notOpened = refusedStop('opened', opened)
  if (notOpened) return stop(notOpened.before, notOpened.reason, notOpened.requirement)
  figures.funnel.opened += 1

  let page = await driver.getStarted(actor, url)
  if (page.ok && page.value.state === 'Validation Failed' && fixes) {
    const delay = delayOf(random, pace)
    minutes += delay
    await driver.advanceClock(delay)
    if (problem !== 'none') instance.fixes(problem)
    await driver.setKmfStatus('Operational')
    const failed = failedChecks(page.value)
    if (task.release === 'brazil') for (const check of failed) page = await driver.validateAndResolve(actor, url, check)
    else page = await driver.getStarted(actor, url)
  }
  const notValidated = validationStop(page, fixes)
  if (notValidated) return stop(notValidated.before, notValidated.reason, notValidated.requirement)
  figures.funnel.validated += 1

  const done = await driver.startRegistration(actor, url)
  const notOnboarded = refusedStop('onboarded', done)
  if (notOnboarded) return stop(notOnboarded.before, notOnboarded.reason, notOnboarded.requirement)
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
  for (let first = task.from; first < task.to; first += CONSUMERS_PER_INSTANCE) {
    const provider = await openProvider(boundary, task, first)
    for (let consumer = first; consumer < Math.min(first + CONSUMERS_PER_INSTANCE, task.to); consumer++) {
      await oneConsumer(boundary, provider, task, consumer, figures)
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
