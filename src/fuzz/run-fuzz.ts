import fc from 'fast-check'
import { Agent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { operations, type Operation, type OperationName } from '../contract/operations'
import type { Release } from '../requirements/requirement.schema'
import { sendRaw } from '../run/raw-request'
import { readCapabilities, type HttpTarget } from '../drivers/http.driver'
import { setUpFixture, stateOf } from './fuzz-fixture'
import { violationsOf, warningsOf, type FuzzAnswer, type Violation, type Warning } from './fuzz-checks'
import { requestsFor, type FuzzRequest } from './fuzz-request'

/** What one fuzz run is asked to do. */
export type FuzzOptions = {
  target: HttpTarget
  release: Release
  requests: number
  seed: number
  /** Only this operation, as a reproduction does. */
  only?: OperationName
  /** fast-check's path to one counterexample: with `only` and the operation's seed, replays exactly it. */
  path?: string
  /** Told after each request: the operation it went to. */
  onSent?: (operation: OperationName) => void
}

/** How one operation fared. */
export type OperationRow = {
  operation: OperationName
  sent: number
  refused: number
  accepted: number
  violation?: FoundViolation
  /** The SHOULDs of the contract its answers did not keep, with how many answers each. */
  warnings: Partial<Record<Warning, number>>
}

/** A violation, shrunk by fast-check to a small request, with what reproduces it. */
export type FoundViolation = {
  kinds: Violation[]
  request: FuzzRequest
  answer: FuzzAnswer
  seed: number
  path: string
}

/** What a whole fuzz run found. */
export type FuzzReport = { rows: OperationRow[]; sent: number; seconds: number; seed: number }

/** The operations the target offers, closing the instance last: it ends the fixture every other one is sent to. */
function operationsToFuzz(only: OperationName | undefined, parts: readonly string[]): OperationName[] {
  if (only) return [only]
  const offered = (Object.keys(operations) as OperationName[]).filter((name) => {
    const operation: Operation = operations[name]
    return !operation.part || parts.includes(operation.part)
  })
  return [
    ...offered.filter((name) => name !== 'closeProviderInstance'),
    ...offered.filter((name) => name === 'closeProviderInstance'),
  ]
}

/**
 * Sends malformed and boundary requests to every operation of the contract that the target offers, from the contract's
 * schemas, and holds each answer to the properties of fuzz-checks.ts. Each operation is one fast-check property with a
 * seed of its own, so one violation per operation is found, shrunk and reported.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const capabilities = await readCapabilities(options.target)
  const names = operationsToFuzz(options.only, capabilities.parts)
  const fixture = await setUpFixture(options.target, options.release, capabilities.parts.includes('portal'))
  const send = sender(options.target)
  const started = performance.now()
  const rows: OperationRow[] = []
  try {
    let state: string | undefined
    for (const [index, name] of names.entries()) {
      const row: OperationRow = { operation: name, sent: 0, refused: 0, accepted: 0, warnings: {} }
      const seed = options.only ? options.seed : options.seed + index
      let last: { kinds: Violation[]; request: FuzzRequest; answer: FuzzAnswer } | undefined
      const property = fc.asyncProperty(requestsFor(name, fixture, options.target.setupToken), async (request) => {
        // What the listings show is read before a request that may change it, and again only after one did.
        if (request.method !== 'GET') state ??= await stateOf(fixture)
        const answer = await send(request)
        row.sent += 1
        options.onSent?.(name)
        const kinds = violationsOf(name, request, answer, fixture)
        for (const warning of warningsOf(name, request, answer, options.target.setupToken))
          row.warnings[warning] = (row.warnings[warning] ?? 0) + 1
        if (answer.status >= 200 && answer.status < 300) {
          row.accepted += 1
          if (request.method !== 'GET') state = undefined
        } else if (answer.status >= 400 && answer.status < 500) {
          row.refused += 1
          if (request.method !== 'GET' && (await stateOf(fixture)) !== state) {
            kinds.push('refusal changed state')
            state = undefined
          }
        }
        if (kinds.length > 0) last = { kinds, request, answer }
        return kinds.length === 0
      })
      const perOperation = Math.max(1, Math.ceil(options.requests / names.length))
      const result = await fc.check(property, {
        seed,
        numRuns: perOperation,
        ...(options.path ? { path: options.path } : {}),
      })
      // A property that failed without a violation threw: a defect of the fuzz itself, not of the target.
      if (result.failed && !last)
        throw new Error(`the fuzz broke on ${name} (seed ${seed}): ${String(result.errorInstance)}`)
      rows.push(last ? { ...row, violation: { ...last, seed, path: result.counterexamplePath ?? '' } } : row)
    }
  } finally {
    await fixture.close()
  }
  return {
    rows,
    sent: rows.reduce((sum, row) => sum + row.sent, 0),
    seconds: (performance.now() - started) / 1000,
    seed: options.seed,
  }
}

/** Sends each request exactly as generated, on kept-alive connections. */
function sender(target: HttpTarget): (request: FuzzRequest) => Promise<FuzzAnswer> {
  const base = new URL(target.url)
  const agent = base.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new Agent({ keepAlive: true })
  return (request) => sendRaw(base, request, { agent, timeoutMs: target.timeoutMs })
}
