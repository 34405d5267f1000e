import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Envelope } from '@cucumber/messages'
import type { Reading, Requirement } from '../requirements/requirement.schema'
import { buildConformanceReport, RunCollector } from './conformance-report'
import { RUN_CONTEXT_MEDIA_TYPE, SEQUENCE_MEDIA_TYPE } from './conformance-report.schema'
import { renderConformanceHtml } from './conformance-html'
import { renderConformanceMarkdown } from './conformance-markdown'

const requirement = (id: string, extra: Partial<Requirement> = {}): Requirement => ({
  id,
  procedure: 'A procedure',
  statement: `the rule called ${id}`,
  source: 'S0, a test',
  releases: ['australia', 'brazil'],
  level: 'MUST',
  ...extra,
})
const readings: Reading[] = []

/** The messages cucumber sends for one scenario with these tags that ended in this status. */
function scenario(
  id: string,
  tags: string[],
  status: 'PASSED' | 'FAILED' | 'SKIPPED',
  exception?: { type: string; message: string },
): Envelope[] {
  return [
    {
      pickle: {
        id,
        name: id,
        uri: 'features/x.feature',
        location: { line: 1, column: 1 },
        tags: tags.map((name) => ({ name, astNodeId: '' })),
        language: 'en',
        steps: [],
        astNodeIds: [],
      },
    },
    { testCase: { id: `tc-${id}`, pickleId: id, testSteps: [] } },
    { testCaseStarted: { id: `st-${id}`, testCaseId: `tc-${id}`, attempt: 0, timestamp: { seconds: 0, nanos: 0 } } },
    {
      testStepFinished: {
        testCaseStartedId: `st-${id}`,
        testStepId: '',
        timestamp: { seconds: 0, nanos: 0 },
        testStepResult: {
          status,
          duration: { seconds: 0, nanos: 0 },
          ...(exception ? { exception, message: `${exception.type}: ${exception.message}` } : {}),
        },
      },
    },
    { testCaseFinished: { testCaseStartedId: `st-${id}`, willBeRetried: false, timestamp: { seconds: 0, nanos: 0 } } },
  ] as unknown as Envelope[]
}

function report(context: object, catalog: Requirement[], envelopes: Envelope[]) {
  const collector = new RunCollector()
  collector.take({
    attachment: { mediaType: RUN_CONTEXT_MEDIA_TYPE, body: JSON.stringify(context) },
  } as unknown as Envelope)
  for (const envelope of envelopes) collector.take(envelope)
  const built = buildConformanceReport(collector, { requirements: catalog, readings })
  return { verdict: built.verdict, rows: Object.fromEntries(built.requirements.map((row) => [row.id, row.verdict])) }
}

const australia = { target: 't', release: 'australia', seed: 1 }

test('a part the target declares it leaves out is not applicable, and the run can still conform', () => {
  const result = report(
    { ...australia, without: ['legacy'] },
    [requirement('PC-01'), requirement('LEG-01', { part: 'legacy' })],
    [...scenario('a', ['@req:PC-01'], 'PASSED'), ...scenario('b', ['@req:LEG-01', '@legacy'], 'SKIPPED')],
  )
  assert.deepEqual(result, { verdict: 'conformant', rows: { 'PC-01': 'passed', 'LEG-01': 'not applicable' } })
})

test('the same part, not declared absent, is held to its scenarios', () => {
  const result = report(
    australia,
    [requirement('LEG-01', { part: 'legacy' })],
    scenario('b', ['@req:LEG-01'], 'FAILED'),
  )
  assert.deepEqual(result, { verdict: 'not conformant', rows: { 'LEG-01': 'failed' } })
})

test('a requirement of another release is not applicable, and one nobody verified is not covered', () => {
  const result = report(australia, [requirement('CT-02', { releases: ['brazil'] }), requirement('PC-02')], [])
  assert.deepEqual(result, { verdict: 'incomplete', rows: { 'CT-02': 'not applicable', 'PC-02': 'not covered' } })
})

test('without the clock, a requirement only clock scenarios verify is not applicable; one with other scenarios keeps its verdict', () => {
  const result = report(
    { ...australia, without: ['clock'] },
    [requirement('TASK-07'), requirement('TASK-08')],
    [
      ...scenario('a', ['@req:TASK-07', '@clock'], 'SKIPPED'),
      ...scenario('b', ['@req:TASK-08', '@clock'], 'SKIPPED'),
      ...scenario('c', ['@req:TASK-08'], 'PASSED'),
    ],
  )
  assert.deepEqual(result, { verdict: 'conformant', rows: { 'TASK-07': 'not applicable', 'TASK-08': 'passed' } })
})

test('a waiver in force turns a failure into waived; an expired one leaves it failed and fails the run', () => {
  const waiver = { requirement: 'PC-01', reason: 'known', owner: 'team', expires: '2999-01-01' }
  const inForce = report(
    { ...australia, waivers: [waiver] },
    [requirement('PC-01')],
    scenario('a', ['@req:PC-01'], 'FAILED'),
  )
  assert.deepEqual(inForce, { verdict: 'conformant with waivers', rows: { 'PC-01': 'waived' } })
  const expired = report(
    { ...australia, waivers: [{ ...waiver, expires: '2001-01-01' }] },
    [requirement('PC-01')],
    scenario('a', ['@req:PC-01'], 'FAILED'),
  )
  assert.deepEqual(expired, { verdict: 'not conformant', rows: { 'PC-01': 'failed' } })
})

test('a failed scenario keeps its sequence diagram, which both reports show under it; a passed one keeps none', () => {
  const diagram = 'sequenceDiagram\n  party1->>target: get started'
  const attach = (id: string): Envelope =>
    ({
      attachment: { mediaType: SEQUENCE_MEDIA_TYPE, body: diagram, testCaseStartedId: `st-${id}` },
    }) as unknown as Envelope
  const collector = new RunCollector()
  collector.take({
    attachment: { mediaType: RUN_CONTEXT_MEDIA_TYPE, body: JSON.stringify(australia) },
  } as unknown as Envelope)
  const [failing, passing] = [scenario('a', ['@req:PC-01'], 'FAILED'), scenario('b', ['@req:PC-02'], 'PASSED')]
  for (const envelope of [
    ...failing.slice(0, 3),
    attach('a'),
    ...failing.slice(3),
    ...passing.slice(0, 3),
    attach('b'),
    ...passing.slice(3),
  ])
    collector.take(envelope)
  const built = buildConformanceReport(collector, {
    requirements: [requirement('PC-01'), requirement('PC-02', { procedure: 'Another procedure' })],
    readings,
  })
  assert.equal(built.requirements[0]!.scenarios[0]!.sequenceDiagram, diagram)
  assert.equal(built.requirements[1]!.scenarios[0]!.sequenceDiagram, undefined)
  const markdown = renderConformanceMarkdown(built)
  assert.match(
    markdown,
    /### PC-01: a\n\n`features\/x.feature:1`[^\n]*\n\n```mermaid\nsequenceDiagram\n {2}party1->>target: get started\n```/,
  )
  assert.match(markdown, /\| \[A procedure\]\(#a-procedure\) \| 1 \| 0 \| 1 \| 0 \| 0 \| 1 failed \|/)
  assert.match(markdown, /### Another procedure\n\n\| ID /)
  const page = renderConformanceHtml(built)
  assert.match(page, /<pre class="mermaid">sequenceDiagram\n {2}party1-&gt;&gt;target: get started<\/pre>/)
  assert.match(page, /<h3 id="a-procedure">A procedure<\/h3><div class="bar" role="img" aria-label="1 failed">/)
  assert.match(page, /<tr id="PC-02"><td><a href="#PC-02">/)
  assert.match(page, /<pre class="mermaid">stateDiagram-v2/)
})

test('a scenario stopped by trouble outside the target could not run: no verdict on the run, however other scenarios came out, and no waiver applies', () => {
  const trouble = { type: 'RunTrouble', message: 'the target refused the setup token (setup-token-invalid)' }
  const waiver = { requirement: 'PC-02', reason: 'known', owner: 'team', expires: '2999-01-01' }
  const result = report(
    { ...australia, waivers: [waiver] },
    [requirement('PC-01'), requirement('PC-02'), requirement('PC-03')],
    [
      ...scenario('a', ['@req:PC-01'], 'FAILED', { type: 'TargetError', message: 'the target answered HTTP 503' }),
      ...scenario('b', ['@req:PC-02'], 'FAILED', trouble),
      ...scenario('c', ['@req:PC-03'], 'PASSED'),
    ],
  )
  assert.deepEqual(result, {
    verdict: 'could not run',
    rows: { 'PC-01': 'failed', 'PC-02': 'could not run', 'PC-03': 'passed' },
  })
  // A requirement that also failed keeps its failure; the run is still one that could not run.
  const alongside = report(
    australia,
    [requirement('PC-01')],
    [
      ...scenario('a', ['@req:PC-01'], 'FAILED', { type: 'TargetError', message: 'the target answered HTTP 503' }),
      ...scenario('b', ['@req:PC-01'], 'FAILED', trouble),
    ],
  )
  assert.deepEqual(alongside, { verdict: 'could not run', rows: { 'PC-01': 'failed' } })
})

test("a scenario's run trouble is what its row says, though an earlier step failed for it", () => {
  const collector = new RunCollector()
  collector.take({
    attachment: { mediaType: RUN_CONTEXT_MEDIA_TYPE, body: JSON.stringify(australia) },
  } as unknown as Envelope)
  const envelopes = scenario('a', ['@req:PC-01'], 'FAILED', {
    type: 'Error',
    message: 'the consumer instance was not reached',
  })
  const trouble = {
    testStepFinished: {
      testCaseStartedId: 'st-a',
      testStepId: '',
      timestamp: { seconds: 0, nanos: 0 },
      testStepResult: {
        status: 'FAILED',
        duration: { seconds: 0, nanos: 0 },
        message: "RunTrouble: the kit's mocks answered late",
      },
    },
  }
  for (const envelope of [...envelopes.slice(0, 4), trouble as unknown as Envelope, ...envelopes.slice(4)])
    collector.take(envelope)
  const built = buildConformanceReport(collector, { requirements: [requirement('PC-01')], readings })
  assert.deepEqual(
    built.requirements[0]!.scenarios.map(({ status, message }) => ({ status, message })),
    [{ status: 'could not run', message: "RunTrouble: the kit's mocks answered late" }],
  )
  assert.match(renderConformanceMarkdown(built), /^\*\*COULD NOT RUN\*\*: /m)
})
