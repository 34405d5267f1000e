import type { Envelope, TestStepResultStatus } from '@cucumber/messages'
import type { Reading, Requirement } from '../requirements/requirement.schema'
import { isPage, locatorKey } from '../requirements/locator.schema'
import { locators } from '../requirements/locators'
import { hasExpired, type Waiver } from './waivers'
import { isRunTrouble } from '../run/run-trouble'
import {
  ConformanceReport,
  RunContext,
  EXCHANGES_MEDIA_TYPE,
  RUN_CONTEXT_MEDIA_TYPE,
  SEQUENCE_MEDIA_TYPE,
  ScenarioStatus,
  Verdict,
  type ScenarioResult,
} from './conformance-report.schema'

type Attempt = {
  pickleId: string
  statuses: TestStepResultStatus[]
  messages: string[]
  troubles: string[]
  retried: boolean
  exchanges: string[]
  sequence?: string
}

/** Gathers what the report needs from cucumber's message stream; cucumber sends every worker's messages here. */
export class RunCollector {
  readonly #pickles = new Map<string, { name: string; location: string; tags: string[] }>()
  readonly #testCases = new Map<string, string>()
  readonly #attempts = new Map<string, Attempt>()
  #context: RunContext | undefined
  #startedAt: string | undefined
  #durationMs: number | undefined

  /** Takes one envelope of the message stream. */
  take(envelope: Envelope): void {
    if (envelope.pickle) {
      const { id, name, uri, location, tags } = envelope.pickle
      this.#pickles.set(id, { name, location: `${uri}:${location?.line ?? 0}`, tags: tags.map((tag) => tag.name) })
    } else if (envelope.testCase) {
      this.#testCases.set(envelope.testCase.id, envelope.testCase.pickleId)
    } else if (envelope.testCaseStarted) {
      const pickleId = this.#testCases.get(envelope.testCaseStarted.testCaseId) ?? ''
      this.#attempts.set(envelope.testCaseStarted.id, {
        pickleId,
        statuses: [],
        messages: [],
        troubles: [],
        retried: false,
        exchanges: [],
      })
    } else if (envelope.testStepFinished) {
      const attempt = this.#attempts.get(envelope.testStepFinished.testCaseStartedId)
      const { status, message, exception } = envelope.testStepFinished.testStepResult
      attempt?.statuses.push(status)
      // The exception's own message says what went wrong; the full message leads with the error's class.
      const why = exception?.message || message
      if (why) attempt?.[isRunTrouble({ exception, message }) ? 'troubles' : 'messages'].push(why)
    } else if (envelope.testCaseFinished) {
      const attempt = this.#attempts.get(envelope.testCaseFinished.testCaseStartedId)
      if (attempt) attempt.retried = envelope.testCaseFinished.willBeRetried
    } else if (envelope.attachment?.mediaType === EXCHANGES_MEDIA_TYPE) {
      const attempt = this.#attempts.get(envelope.attachment.testCaseStartedId ?? '')
      attempt?.exchanges.push(...exchangeLines(envelope.attachment.body))
    } else if (envelope.attachment?.mediaType === SEQUENCE_MEDIA_TYPE) {
      const attempt = this.#attempts.get(envelope.attachment.testCaseStartedId ?? '')
      if (attempt) attempt.sequence = envelope.attachment.body
    } else if (envelope.attachment?.mediaType === RUN_CONTEXT_MEDIA_TYPE && !this.#context) {
      const context = RunContext.safeParse(JSON.parse(envelope.attachment.body))
      if (context.success) this.#context = context.data
    } else if (envelope.testRunStarted) {
      this.#startedAt = new Date(envelope.testRunStarted.timestamp.seconds * 1000).toISOString()
    } else if (envelope.testRunFinished && this.#startedAt) {
      this.#durationMs =
        envelope.testRunFinished.timestamp.seconds * 1000 +
        envelope.testRunFinished.timestamp.nanos / 1e6 -
        Date.parse(this.#startedAt)
    }
  }

  /**
   * The final result of each scenario that ran (retried attempts give way to the last one), in the order of the feature
   * files, whatever order they ran in: a run split into shards reports as a whole one does.
   */
  scenarios(): (ScenarioResult & { tags: string[] })[] {
    return [...this.#attempts.values()]
      .filter((attempt) => !attempt.retried)
      .flatMap((attempt) => {
        const pickle = this.#pickles.get(attempt.pickleId)
        if (!pickle) return []
        // Trouble outside the target outweighs whatever the scenario met after it: it says why the rest went wrong.
        const status = attempt.troubles.length > 0 ? 'could not run' : worstStatus(attempt.statuses)
        const why = attempt.troubles[0] ?? attempt.messages[0]
        return [
          {
            name: pickle.name,
            location: pickle.location,
            status,
            tags: pickle.tags,
            readings: pickle.tags
              .filter((tag) => tag.startsWith('@reading:'))
              .map((tag) => tag.slice('@reading:'.length)),
            ...(status !== 'passed' && why ? { message: firstLine(why) } : {}),
            ...(status !== 'passed' && attempt.exchanges.length > 0
              ? { lastExchanges: attempt.exchanges.slice(-LAST_EXCHANGES) }
              : {}),
            ...(status !== 'passed' && attempt.sequence ? { sequenceDiagram: attempt.sequence } : {}),
          },
        ]
      })
      .sort(byLocation)
  }

  context(): ConformanceReport['run'] {
    return {
      ...this.#context,
      ...(this.#startedAt ? { startedAt: this.#startedAt } : {}),
      ...(this.#durationMs !== undefined ? { durationMs: Math.round(this.#durationMs) } : {}),
    }
  }
}

/** Feature files by name, scenarios by line within one. */
function byLocation(a: { location: string }, b: { location: string }): number {
  const [fileA = '', lineA = '0'] = a.location.split(/:(?=\d+$)/)
  const [fileB = '', lineB = '0'] = b.location.split(/:(?=\d+$)/)
  return fileA === fileB ? Number(lineA) - Number(lineB) : fileA < fileB ? -1 : 1
}

const severity: ScenarioStatus[] = ['passed', 'skipped', 'pending', 'undefined', 'ambiguous', 'unknown', 'failed']

function worstStatus(statuses: readonly TestStepResultStatus[]): ScenarioStatus {
  return statuses
    .map((status) => ScenarioStatus.catch('unknown').parse(status.toLowerCase()))
    .reduce<ScenarioStatus>(
      (worst, status) => (severity.indexOf(status) > severity.indexOf(worst) ? status : worst),
      'passed',
    )
}

/** How many of a failed scenario's last exchanges its report row shows. */
const LAST_EXCHANGES = 6

/** Each exchange of an attachment as one line: who asked for what, and what came back (a refusal by its code). */
function exchangeLines(body: string): string[] {
  let exchanges: unknown
  try {
    exchanges = JSON.parse(body)
  } catch {
    return []
  }
  if (!Array.isArray(exchanges)) return []
  return exchanges.map(
    (exchange: { method?: string; path?: string; actor?: string; status?: number; answer?: { code?: string } }) => {
      const path = (exchange.path ?? '').replace(/\/provider-instances\/[^/?]+/, '/provider-instances/{instance}')
      const code =
        exchange.status !== undefined && exchange.status >= 400 && exchange.answer?.code
          ? ` ${exchange.answer.code}`
          : ''
      return `${exchange.method ?? '?'} ${path}${exchange.actor ? ` as ${exchange.actor}` : ''} → ${exchange.status ?? '?'}${code}`
    },
  )
}

const firstLine = (text: string): string =>
  text
    .split('\n')
    .find((line) => line.trim())
    ?.trim() ?? text

/**
 * A requirement's verdict from its scenarios: any failure no waiver accepts fails it; failures all accepted waive it;
 * scenarios that could not apply do not count, and if nothing else ran it is not applicable.
 */
function verdictOf(scenarios: readonly ScenarioResult[]): Verdict {
  const counted = scenarios.filter((scenario) => scenario.status !== 'not applicable')
  if (counted.length === 0) return scenarios.length > 0 ? 'not applicable' : 'not covered'
  const failing = counted.filter(
    (scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped' && scenario.status !== 'could not run',
  )
  if (failing.some((scenario) => !scenario.waivedBy)) return 'failed'
  if (counted.some((scenario) => scenario.status === 'could not run')) return 'could not run'
  if (failing.length > 0) return 'waived'
  return counted.some((scenario) => scenario.status === 'skipped') ? 'skipped' : 'passed'
}

/** How a waiver is named in the report. */
const waiverName = (waiver: Waiver): string =>
  `${waiver.requirement ?? `"${waiver.scenario}"`} (${waiver.owner}, until ${waiver.expires})`

/** What a requirement rests on, one line each: a section of the documentation, or a source outside it. */
const citesOf = (id: string): string[] =>
  (locators[id] ?? []).map((locator) =>
    isPage(locator) ? locatorKey(locator) : `${locator.elsewhere}${locator.detail ? `: ${locator.detail}` : ''}`,
  )

/** Builds the conformance report: every requirement of the catalog, with its scenarios and verdict. */
export function buildConformanceReport(
  collector: RunCollector,
  catalog: { requirements: readonly Requirement[]; readings: readonly Reading[] },
): ConformanceReport {
  const { release, without = [], waivers = [], attests = [], startedAt } = collector.context()
  const today = (startedAt ?? new Date().toISOString()).slice(0, 10)
  const scenarios = judgedScenarios(
    collector,
    without,
    waivers.filter((waiver) => !hasExpired(waiver, today)),
  )
  const rows = catalog.requirements.map((requirement) => {
    const verifying = scenarios
      .filter((scenario) => scenario.tags.includes(`@req:${requirement.id}`))
      .map(({ tags: _tags, ...rest }) => rest)
    const readings = [...new Set(verifying.flatMap((scenario) => scenario.readings))].sort()
    const inRelease = release === undefined || (requirement.releases as string[]).includes(release)
    const applies = inRelease && !(requirement.part && without.includes(requirement.part))
    const verdict: Verdict = !applies
      ? 'not applicable'
      : requirement.attested
        ? attests.includes(requirement.id)
          ? 'attested'
          : 'not attested'
        : verdictOf(verifying)
    return { ...requirement, verdict, readings, scenarios: verifying, cites: citesOf(requirement.id) }
  })
  const requirementTotals = count(
    Verdict.options,
    rows.map((row) => row.verdict),
  )
  const scenarioTotals = count(
    ScenarioStatus.options,
    scenarios.map((scenario) => scenario.status),
  )
  const expired = waivers.some((waiver) => hasExpired(waiver, today))
  return ConformanceReport.parse({
    verdict: runVerdict(requirementTotals, scenarioTotals, rows.length, expired),
    run: collector.context(),
    totals: { requirements: requirementTotals, scenarios: scenarioTotals },
    requirements: rows,
    readings: catalog.readings.map((reading) => ({
      ...reading,
      requirements: rows.filter((row) => row.readings.includes(reading.id)).map((row) => row.id),
    })),
    waivers: waivers.map((waiver) => ({
      ...waiver,
      expired: hasExpired(waiver, today),
      accepted: scenarios.filter((scenario) => scenario.waivedBy === waiverName(waiver)).length,
      unexpectedlyPassing: scenarios.filter((scenario) => scenario.unexpectedlyPassing && matches(waiver, scenario))
        .length,
    })),
  })
}

/** How many of each kind a list holds, every kind named. */
const count = <K extends string>(keys: readonly K[], values: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, values.filter((value) => value === key).length])) as Record<K, number>

/** The run's scenarios as the verdict sees them: those of parts not offered do not apply; waivers in force do. */
function judgedScenarios(collector: RunCollector, without: readonly string[], inForce: readonly Waiver[]) {
  return collector.scenarios().map((scenario) => {
    // A scenario left out because the target does not offer its part did not apply; it is no finding.
    if (scenario.status === 'skipped' && without.some((part) => scenario.tags.includes(`@${part}`)))
      return { ...scenario, status: 'not applicable' as const }
    const waiver = inForce.find((candidate) => matches(candidate, scenario))
    // A waiver accepts the target's known failures; trouble outside the target is no failure of it.
    if (!waiver || scenario.status === 'skipped' || scenario.status === 'could not run') return scenario
    return scenario.status === 'passed'
      ? { ...scenario, unexpectedlyPassing: true }
      : { ...scenario, waivedBy: waiverName(waiver) }
  })
}

/** The run's verdict from its totals. */
function runVerdict(
  requirements: Record<Verdict, number>,
  scenarios: Record<ScenarioStatus, number>,
  catalogSize: number,
  expiredWaiver: boolean,
): ConformanceReport['verdict'] {
  const applicable = catalogSize - requirements['not applicable']
  // One scenario stopped by trouble outside the target leaves the run without a verdict, whatever else it found.
  if (scenarios['could not run'] > 0) return 'could not run'
  if (requirements.failed > 0 || expiredWaiver) return 'not conformant'
  if (requirements.passed + requirements.waived + requirements.attested < applicable) return 'incomplete'
  return requirements.waived > 0 ? 'conformant with waivers' : 'conformant'
}

const matches = (waiver: Waiver, scenario: { name: string; tags: string[] }): boolean =>
  waiver.scenario === scenario.name ||
  (waiver.requirement !== undefined && scenario.tags.includes(`@req:${waiver.requirement}`))
