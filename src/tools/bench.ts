/**
 * Prints what the suite costs: the wall time of the full run and of a dry run over the same features
 * (loading cucumber and the code, parsing and formatting, but running no step), median of several runs
 * each, and their ratio (goal 1.5 or less). Then the same suite over HTTP against the reference served by
 * another process, and its ratio to the in-process run (goal 2.0 or less). Last, one run of the `ui` profile in
 * Chromium and the median time of a UI scenario, browser start excluded (goal 300 ms or less).
 * Usage: npm run bench [-- RUNS]
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { startReferenceProcess } from './reference-process'
import { runTool } from './run-tool'

const runs = Number(process.argv[2] ?? 5)
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`the number of runs is a whole number from 1 to 50, not "${process.argv[2]}"`)
  process.exit(2)
}
const cucumber = resolve('node_modules/@cucumber/cucumber/bin/cucumber.js')

/** Seconds one cucumber run takes, wall clock, started the way npx would start it. */
function timeRun(extra: string[], env: Record<string, string> = {}): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [cucumber, ...extra], { env: { ...process.env, SX_SEED: '1', ...env }, encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) {
    console.error(`cucumber-js ${extra.join(' ')} failed:\n${result.stdout}${result.stderr}`)
    process.exit(1)
  }
  return seconds
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const measure = (label: string, extra: string[], env: Record<string, string> = {}) => {
  const times = Array.from({ length: runs }, () => timeRun(extra, env))
  console.log(`${label.padEnd(28)} median ${median(times).toFixed(3)} s   (${times.map((t) => t.toFixed(2)).join(', ')})`)
  return median(times)
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${runs} runs each, seed 1\n`)
  const dry = measure('dry run (same features)', ['--dry-run'])
  let worst = 0
  const inProcess: Record<string, number> = {}
  for (const [release, profile] of [['australia', []], ['brazil', ['-p', 'brazil']]] as const) {
    const full = (inProcess[release] = measure(`full suite, ${release}`, [...profile]))
    worst = Math.max(worst, full / dry)
    console.log(`${''.padEnd(28)} ratio to the dry run ${(full / dry).toFixed(2)}`)
  }
  console.log(`\nworst ratio full / dry run: ${worst.toFixed(2)} (goal 1.5 or less: ${worst <= 1.5 ? 'met' : 'NOT met'})\n`)

  // The reference is started once, as a CI job would start the implementation it gates; its start is not timed.
  const server = await startReferenceProcess(['--outbound-timeout-ms', '100'])
  let worstHttp = 0
  try {
    for (const [release, profile] of [['australia', 'remote'], ['brazil', 'remote-brazil']] as const) {
      const overHttp = measure(`over HTTP, ${release}`, ['-p', profile], { SX_TARGET_URL: server.url })
      worstHttp = Math.max(worstHttp, overHttp / inProcess[release]!)
      console.log(`${''.padEnd(28)} ratio to in-process ${(overHttp / inProcess[release]!).toFixed(2)}`)
    }
  } finally {
    await server.stop()
  }
  console.log(`\nworst ratio HTTP / in-process: ${worstHttp.toFixed(2)} (goal 2.0 or less: ${worstHttp <= 2 ? 'met' : 'NOT met'})`)

  const wall = timeRun(['-p', 'ui'])
  const perScenario = scenarioMilliseconds('reports/ui/messages.ndjson')
  const ui = median(perScenario)
  console.log(`\nthrough the screens, australia: ${perScenario.length + 1} scenarios in ${wall.toFixed(1)} s`)
  console.log(`median per UI scenario, browser start excluded: ${ui.toFixed(0)} ms (goal 300 ms or less: ${ui <= 300 ? 'met' : 'NOT met'})`)
}

/**
 * How long each scenario of a run took, hooks included, from its message stream. The first is left out: its
 * hooks start the browser and the reference that the others share.
 */
function scenarioMilliseconds(messages: string): number[] {
  const started = new Map<string, number>()
  const durations: number[] = []
  for (const line of readFileSync(messages, 'utf8').split('\n').filter(Boolean)) {
    const envelope = JSON.parse(line) as { testCaseStarted?: { id: string; timestamp: Time }; testCaseFinished?: { testCaseStartedId: string; timestamp: Time } }
    if (envelope.testCaseStarted) started.set(envelope.testCaseStarted.id, millis(envelope.testCaseStarted.timestamp))
    if (envelope.testCaseFinished) durations.push(millis(envelope.testCaseFinished.timestamp) - started.get(envelope.testCaseFinished.testCaseStartedId)!)
  }
  return durations.slice(1)
}

type Time = { seconds: number; nanos: number }
const millis = ({ seconds, nanos }: Time): number => seconds * 1000 + nanos / 1e6

runTool(main)
