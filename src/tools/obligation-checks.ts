import fc from 'fast-check'
import { operations, refusalStatus, type Operation, type OperationName } from '../contract/operations'
import { REFUSALS } from '../spec/refusals'
import type { RefusalCode } from '../contract/refusal.schema'
import { COMPARISONS, CYCLES, SINGLE_USE_LINKS, type Met } from '../spec/obligations'
import type { Violation } from '../fuzz/fuzz-checks'
import { jsonSchemaOf, nearMiss } from '../fuzz/near-miss'
import type { RunScenario } from '../report/run-acts'

/**
 * How one kind of obligation fared: how many the run met, how many the fuzz holds for every target instead (a
 * property of `sx-conformance fuzz`, which no scenario run shows), how many were left open with a reason, and which
 * were not met.
 */
export type ObligationResult = {
  kind: string
  met: number
  byTheFuzz?: { count: number; property: string }
  open: number
  missing: string[]
  note?: string
}

/**
 * Operations no role guards, each with why: every other operation a user acts in owes a refusal to a user without
 * its role.
 */
export const NO_ROLE_GUARD: Partial<Record<OperationName, string>> = {
  viewProviderRecord:
    'the kit reads the provider record back as a user holding admin and sn_sb.admin; who else may see it is free (CONTRACT.md)',
  listConnections: "the kit's own view of the Connections tab, as the provider admin; who else may see it is not said",
  listAuthorizedUsers:
    "the kit's own view of a connection's authorized users, as the provider admin; who else may is not said",
  viewCustomerIntegration:
    "the kit's own view of the customer instance, as its admin; the customer instance's own roles are not the provider's to say",
}

/** Operations that call another system before they record, yet owe no pair at the same moment, each with why. */
export const NO_PAIR_AT_ONCE: Partial<Record<OperationName, string>> = {
  activateReplicationSet:
    'activating an active replication set again changes nothing (LEG-12): two at once may both be taken',
  configureSettings: 'the settings are set whole each time; no rule makes one of two saves the loser',
  createProviderRecordInCustomerInstance:
    "the customer admin's provider record is made in the customer instance, which the kit plays; no provider rule is at stake",
  openRegistrationUrl: 'opening the URL again is allowed and changes nothing once opened (RES-01)',
  validateAndResolve: 'resolving an issue twice leaves it resolved; no rule makes one of two the loser',
}

/** The properties of the fuzz the obligations lean on, by the names it reports them with. */
const NOBODY_PROPERTY: Violation = 'nobody signed in, yet not refused 401'
const UNCHANGED_PROPERTY: Violation = 'refusal changed state'

const tagged = (scenario: RunScenario, requirement: string) => scenario.tags.includes(`@req:${requirement}`)
const says = (scenario: RunScenario, words: string) =>
  scenario.name.includes(words) || scenario.steps.some((step) => step.includes(words))

/** Whether the scenarios meet an entry: open counts apart; said needs a scenario of the requirement saying it. */
function metBy(scenarios: readonly RunScenario[], requirement: string, met: Met): 'met' | 'open' | 'missing' {
  if ('open' in met) return 'open'
  const taggedWith = met.requirement ?? requirement
  return scenarios.some((scenario) => tagged(scenario, taggedWith) && says(scenario, met.said)) ? 'met' : 'missing'
}

/** Tallies obligations, each named with what it asks, into a result. */
function tally(kind: string, checked: readonly (readonly [what: string, state: 'met' | 'open' | 'missing'])[]) {
  return {
    kind,
    met: checked.filter(([, state]) => state === 'met').length,
    open: checked.filter(([, state]) => state === 'open').length,
    missing: checked.filter(([, state]) => state === 'missing').map(([what]) => what),
  }
}

/** Every guard of the refusal table refuses with its code in a scenario of its requirement, and admits in another. */
function guards(scenarios: readonly RunScenario[]): ObligationResult[] {
  const pairs = (Object.entries(REFUSALS) as [RefusalCode, readonly string[]][]).flatMap(([code, requirements]) =>
    requirements.map((requirement) => [requirement, code] as const),
  )
  const refuses = pairs.map(
    ([requirement, code]) =>
      [
        `${requirement} refuses as ${code}`,
        scenarios.some((scenario) => tagged(scenario, requirement) && scenario.acts.some((act) => act.refused === code))
          ? 'met'
          : 'missing',
      ] as const,
  )
  // the other direction: an operation the guard refused, let through; in a scenario of the same requirement where
  // one does, or else in any scenario of the run, where the guard held and admitted it
  let ownScenario = 0
  const admits = [...new Set(pairs.map(([requirement]) => requirement))].map((requirement) => {
    const ofRequirement = scenarios.filter((scenario) => tagged(scenario, requirement))
    const codes = new Set(pairs.filter(([id]) => id === requirement).map(([, code]) => code))
    const guarded = new Set(
      ofRequirement.flatMap((scenario) =>
        scenario.acts.filter((act) => act.refused && codes.has(act.refused as RefusalCode)).map((act) => act.operation),
      ),
    )
    const admittedIn = (some: readonly RunScenario[]) =>
      some.some((scenario) => scenario.acts.some((act) => guarded.has(act.operation) && !act.refused))
    if (admittedIn(ofRequirement)) ownScenario += 1
    return [`${requirement} admits`, admittedIn(scenarios) ? 'met' : 'missing'] as const
  })
  const admitted = tally('every guard admits', admits)
  return [
    tally('every guard refuses', refuses),
    { ...admitted, note: `${ownScenario} of ${admits.length} in a scenario of the requirement itself` },
  ]
}

/** The statuses each operation was refused with in the run, by the codes of its refusals. */
function statusesRefused(scenarios: readonly RunScenario[]): Map<OperationName, Set<number>> {
  const statuses = new Map<OperationName, Set<number>>()
  for (const scenario of scenarios)
    for (const { operation, refused } of scenario.acts)
      if (refused)
        statuses.set(operation, (statuses.get(operation) ?? new Set()).add(refusalStatus(refused as RefusalCode)))
  return statuses
}

/** Every operation a user acts in is refused to nobody, to a user without its role, for a record not theirs. */
function otherParties(scenarios: readonly RunScenario[]): ObligationResult[] {
  const acted = (Object.keys(operations) as OperationName[]).filter((name) => {
    const operation: Operation = operations[name]
    return operation.acting === 'provider user' || operation.acting === 'consumer user'
  })
  const refused = statusesRefused(scenarios)
  const check = (name: OperationName, status: number, excepted: string | undefined) => {
    if (excepted) return 'open' as const
    return refused.get(name)?.has(status) ? ('met' as const) : ('missing' as const)
  }
  // the fuzz holds every such operation to refuse a request without credentials with 401, so a scenario of each is
  // not owed; those the scenarios show count as met, the rest as the fuzz's
  const byScenario = acted.filter((name) => check(name, 401, undefined) === 'met').length
  const withoutRole = acted.map(
    (name) => [`${name}: a user without its role`, check(name, 403, NO_ROLE_GUARD[name])] as const,
  )
  const numbered = acted.filter((name) => (operations[name] as Operation).path.includes('{number}'))
  const notTheirs = numbered.map(
    (name) => [`${name}: a record not there for them`, check(name, 404, undefined)] as const,
  )
  return [
    {
      kind: 'every user operation refused to nobody signed in',
      met: byScenario,
      byTheFuzz: { count: acted.length - byScenario, property: NOBODY_PROPERTY },
      open: 0,
      missing: [],
    },
    tally('every user operation refused to a user without its role', withoutRole),
    tally('every operation on a record refused for one not there', notTheirs),
  ]
}

/** Every operation seen to call another system before it answered, and to change something, is tried twice at once. */
function atTheSameMoment(scenarios: readonly RunScenario[]): ObligationResult {
  const callingOut = new Set<OperationName>()
  for (const scenario of scenarios)
    for (const act of scenario.acts)
      if (act.calledOut && (operations[act.operation] as Operation).method !== 'GET') callingOut.add(act.operation)
  const checked = [...callingOut].sort().map((name) => {
    if (NO_PAIR_AT_ONCE[name]) return [`${name}: two at the same moment`, 'open'] as const
    const paired = scenarios.some(
      (scenario) =>
        scenario.tags.includes('@simultaneous') && scenario.acts.filter((act) => act.operation === name).length >= 2,
    )
    return [`${name}: two at the same moment`, paired ? 'met' : 'missing'] as const
  })
  return tally('every operation that calls out before it records, twice at once', checked)
}

/** The registry's comparisons, single-use links and cycles. */
function registered(scenarios: readonly RunScenario[]): ObligationResult[] {
  const nearMisses = COMPARISONS.flatMap(({ requirement, compares, nearMisses: each }) =>
    Object.entries(each).map(
      ([kind, met]) => [`${requirement} (${compares}): ${kind}`, metBy(scenarios, requirement, met)] as const,
    ),
  )
  const singleUse = SINGLE_USE_LINKS.flatMap(({ link, requirement, twice, afterClosed, byAnotherParty }) =>
    (
      [
        ['used twice', twice],
        ['used after its procedure closed', afterClosed],
        ['used by another party', byAnotherParty],
      ] as const
    ).map(([how, met]) => [`${link}, ${how}`, metBy(scenarios, requirement, met)] as const),
  )
  const cycles = CYCLES.map(({ cycle, requirement, met }) => [cycle, metBy(scenarios, requirement, met)] as const)
  return [
    tally('every comparison, with the near misses of its kind', nearMisses),
    tally('every single-use link', singleUse),
    tally('every cycle the documents allow', cycles),
  ]
}

/** The optional fields of every body, each drawn absent and empty by the fuzz in a sample of its requests. */
export function optionalFields(): ObligationResult {
  const checked: (readonly [string, 'met' | 'missing'])[] = []
  for (const [name, operation] of Object.entries(operations) as [OperationName, Operation][]) {
    if (!operation.body) continue
    const schema = jsonSchemaOf(operation.body) as {
      properties?: Record<string, { type?: string }>
      required?: string[]
    }
    const optional = Object.entries(schema.properties ?? {}).filter(([field]) => !schema.required?.includes(field))
    if (optional.length === 0) continue
    const drawn = fc.sample(nearMiss(schema, { any: ['known'] }), { numRuns: 400, seed: 1 })
    const objects = drawn.filter(
      (value): value is Record<string, unknown> => typeof value === 'object' && value !== null,
    )
    for (const [field, fieldSchema] of optional) {
      const absent = objects.some((value) => !(field in value))
      const empty = fieldSchema.type !== 'string' || objects.some((value) => value[field] === '')
      checked.push([`${name}.${field}: absent and empty`, absent && empty ? 'met' : 'missing'])
    }
  }
  return tally('every optional field, absent and empty (fuzz)', checked)
}

/** Every operation that can change something is held by the fuzz to change nothing when it refuses. */
function refusalsChangeNothing(): ObligationResult {
  const changing = (Object.values(operations) as Operation[]).filter((operation) => operation.method !== 'GET')
  return {
    kind: 'every refusal changes nothing, seen through the listings',
    met: 0,
    byTheFuzz: { count: changing.length, property: UNCHANGED_PROPERTY },
    open: 0,
    missing: [],
  }
}

/** Every obligation of the rules and operations, against the scenarios of the run. */
export function obligationsOf(scenarios: readonly RunScenario[]): ObligationResult[] {
  return [
    ...guards(scenarios),
    ...otherParties(scenarios),
    atTheSameMoment(scenarios),
    ...registered(scenarios),
    optionalFields(),
    refusalsChangeNothing(),
  ]
}
