/**
 * Prints what the suite costs on this machine, each figure next to its goal, and the machine's pace at its start and
 * end (see `machinePace`):
 * - how long the command line takes to answer --help: through npx as typed at a terminal, where npx runs on the
 *   machine's Node, through npx on the kit's Node 24, and the kit's own part without npx's; how long `serve` takes to
 *   listen; each a median of several runs;
 * - a dry run over the features and the full in-process suite of each release, median of several runs, and
 *   their ratio (what running the steps adds to loading cucumber and the code);
 * - the same suites over HTTP against the reference served by another process, and their ratio to in-process;
 * - the `ui` profile in Chromium: its whole time and the median time of a scenario, browser start excluded;
 * - prove-faults: the slowest fault;
 * - a simulation of 100,000 consumers in each release: its time, consumers per second and peak memory;
 * - with --fresh, on a fresh clone of HEAD in a temporary folder: `npm ci`, prove-faults, prove-fairness and
 *   `npm test`, as .ci/run runs them, and their sum, each started as at a terminal; and the processor time npm test
 *   used, which over the core count is the least it can take however its parts are laid out.
 * Usage: npm run bench [-- RUNS] [-- --fresh]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { CUCUMBER_CLI } from '../run/kit-files'
import { CLI, startReferenceProcess } from './reference-process'
import { runTool } from './run-tool'

const args = process.argv.slice(2)
const fresh = args.includes('--fresh')
const runsArgument = args.find((arg) => arg !== '--fresh')
const runs = Number(runsArgument ?? 5)
/** The fewest runs the figures of --help are a median of, as their goal is stated. */
const HELP_RUNS = 5
if (!Number.isInteger(runs) || runs < 1 || runs > 50 || args.some((arg) => arg.startsWith('-') && arg !== '--fresh')) {
  console.error(
    `usage: npm run bench [-- RUNS] [-- --fresh]; RUNS is a whole number from 1 to 50, not "${runsArgument}"`,
  )
  process.exit(2)
}

/**
 * How a command is started: variables added to the environment, its folder, and whether it runs as typed at a terminal
 * (see `terminalEnvironment`) rather than in the bench's own environment.
 */
type CommandOptions = { env?: Record<string, string>; cwd?: string; atTerminal?: boolean }

/**
 * The environment of a terminal in the kit's folder: the bench's, less what `npm run bench` added to it. npm puts the
 * project's `node_modules/.bin` first on the PATH, and with it the project's Node 24, which then runs npm and npx
 * themselves; it sets variables of its own; the kit shares Node's compile cache among its processes. A person's `npx`
 * has none of these: it runs on the machine's own Node, and only the command it starts runs on Node 24.
 */
function terminalEnvironment(): NodeJS.ProcessEnv {
  const added = /^(npm_|NODE$|INIT_CWD$|COLOR$|NODE_COMPILE_CACHE$)/
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !added.test(name)))
  const byNpm = /node_modules[\\/](\.bin|@npmcli[\\/]run-script)/
  environment.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => !byNpm.test(folder))
    .join(delimiter)
  return environment
}

/**
 * The processor seconds of the bench's child processes that have ended, theirs and their own children's (Chromium's
 * included: Playwright waits for it), as Linux counts them; undefined where there is no /proc.
 */
function childrenProcessorSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined
  // The fields after the command's name, which is in parentheses and may hold spaces: the 14th and 15th are the
  // user and system time of the children waited for, in clock ticks.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[13]) + Number(fields[14])) / clockTicks()
}

let ticksPerSecond: number | undefined
const clockTicks = (): number =>
  (ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100)

/**
 * A command's wall-clock seconds, its processor seconds (its own and all it started) and what it printed; a failing
 * command stops the bench with its output.
 */
function runCommand(
  command: string,
  commandArgs: string[],
  options: CommandOptions = {},
): { seconds: number; processorSeconds: number | undefined; stdout: string } {
  const processorBefore = childrenProcessorSeconds()
  const started = process.hrtime.bigint()
  const result = spawnSync(command, commandArgs, {
    env: { ...(options.atTerminal ? terminalEnvironment() : process.env), SX_SEED: '1', ...options.env },
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const processorAfter = childrenProcessorSeconds()
  if (result.status !== 0) {
    console.error(`${command} ${commandArgs.join(' ')} failed:\n${result.stdout}${result.stderr}`)
    process.exit(1)
  }
  const processorSeconds =
    processorBefore === undefined || processorAfter === undefined ? undefined : processorAfter - processorBefore
  return { seconds, processorSeconds, stdout: result.stdout }
}

/** Seconds a command takes, wall clock. */
const timeCommand = (command: string, commandArgs: string[], options: CommandOptions = {}): number =>
  runCommand(command, commandArgs, options).seconds

/** Seconds one cucumber run takes, started the way npx would start it. */
const timeRun = (extra: string[], env: Record<string, string> = {}): number =>
  timeCommand(process.execPath, [CUCUMBER_CLI, ...extra], { env })

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const measure = (label: string, extra: string[], env: Record<string, string> = {}) => {
  const times = Array.from({ length: runs }, () => timeRun(extra, env))
  console.log(
    `${label.padEnd(30)} median ${median(times).toFixed(3)} s   (${times.map((t) => t.toFixed(2)).join(', ')})`,
  )
  return median(times)
}

/** The figures and their goals, printed together at the end. */
const verdicts: string[] = []
function judge(figure: string, measured: number, unit: string, goal: number): void {
  const shown = unit === 'ratio' ? measured.toFixed(2) : `${measured.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`
  const line = `${figure.padEnd(46)} ${shown.padStart(8)}   goal ${goal}${unit === 'ratio' ? '' : ` ${unit}`} or less: ${measured <= goal ? 'met' : 'NOT met'}`
  verdicts.push(line)
  console.log(line)
}

/**
 * How fast the machine runs the kind of work the suite is made of, now: a fixed load of small objects, built, turned
 * to JSON and read back, in a process of its own, in milliseconds. A shared machine's speed at such work drifts by a
 * third from hour to hour while a plain arithmetic loop keeps its pace; figures of two benches compare only at
 * like speeds.
 */
function machinePace(): number {
  const load = `const records = []
for (let round = 0; round < 5; round += 1) {
  records.length = 0
  for (let i = 0; i < 200000; i += 1) records.push({ id: i, name: 'n' + i, list: [i, i + 1] })
  JSON.parse(JSON.stringify(records))
}`
  return timeCommand(process.execPath, ['-e', load]) * 1000
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${cpus().length} cores, ${runs} runs each, seed 1`)
  const paceAtStart = machinePace()
  console.log(`the machine's pace: ${paceAtStart.toFixed(0)} ms for a fixed load of objects and JSON\n`)
  // What is measured is the compiled kit, as npm test and CI run it, not the TypeScript of an edited tree.
  runCommand('npm', ['run', '--silent', 'build'])
  await startUp()
  const dry = measure('dry run (same features)', ['--dry-run'])
  const inProcess: Record<string, number> = {}
  for (const [release, profile] of [
    ['australia', []],
    ['brazil', ['-p', 'brazil']],
  ] as const) {
    inProcess[release] = measure(`in-process, ${release}`, [...profile])
  }
  judge('in-process / dry run, worst release', Math.max(...Object.values(inProcess)) / dry, 'ratio', 1.4)

  // The reference is started once, as a CI job would start the implementation it gates; its start is not timed.
  // Every scenario opens a provider instance of its own: room for all the runs' instances at once.
  const server = await startReferenceProcess([
    '--outbound-timeout-ms',
    '100',
    '--max-instances',
    '100000',
    '--max-stored-mb',
    '8192',
  ])
  let worstHttp = 0
  try {
    for (const [release, profile] of [
      ['australia', 'remote'],
      ['brazil', 'remote-brazil'],
    ] as const) {
      worstHttp = Math.max(
        worstHttp,
        measure(`over HTTP, ${release}`, ['-p', profile], { SX_TARGET_URL: server.url, ...server.env }) /
          inProcess[release]!,
      )
    }
  } finally {
    await server.stop()
  }
  judge('HTTP / in-process, worst release', worstHttp, 'ratio', 1.5)

  const wall = timeRun(['-p', 'ui'])
  const perScenario = scenarioMilliseconds('reports/ui/messages.ndjson')
  judge(`ui profile, australia (${perScenario.length + 1} scenarios)`, wall, 's', 60)
  judge('UI scenario, median, browser start excluded', median(perScenario), 'ms', 300)

  judge('prove-faults, slowest fault', proveFaults(process.cwd()).slowest, 's', 60)
  const fuzz = runCommand('npm', ['run', '--silent', 'fuzz', '--', '--requests', '10000', '--seed', '1']).stdout
  const [, sent, seconds, perSecond] = /: (\d+) requests in ([\d.]+) s \((\d+) per second\)/.exec(fuzz) ?? []
  judge(`fuzz of the reference, ${sent} requests (${perSecond}/s)`, Number(seconds), 's', 20)
  for (const release of ['australia', 'brazil']) simulate(release)
  console.log('mutation score: not measured here; npm run mutation prints it (several minutes)')

  if (fresh) freshClone()
  const paceAtEnd = machinePace()
  console.log(
    `\nsummary (${cpus().length} cores; the machine's pace ${paceAtStart.toFixed(0)} ms at the start, ${paceAtEnd.toFixed(0)} ms at the end):\n${verdicts.join('\n')}`,
  )
}

/**
 * How soon the command line answers: `npx sx-conformance --help` as people type it, the kit's own part of that (the bin
 * alone, without npm's start), and how long `serve` takes until it says where it listens.
 */
async function startUp(): Promise<void> {
  // A start takes a fraction of a second and varies by a tenth of one: its figure is a median of 5 at least.
  const starts = Math.max(runs, HELP_RUNS)
  const atTerminal = { atTerminal: true }
  const npmsNode = runCommand('node', ['--version'], atTerminal).stdout.trim()
  const helpThroughNpx = Array.from({ length: starts }, () =>
    timeCommand('npx', ['sx-conformance', '--help'], atTerminal),
  )
  const helpThroughNpx24 = Array.from({ length: starts }, () => timeCommand('npx', ['sx-conformance', '--help']))
  const helpAlone = Array.from({ length: starts }, () => timeCommand(process.execPath, [CLI, '--help']))
  judge(
    `npx sx-conformance --help at a terminal (npx on Node ${npmsNode}), median`,
    median(helpThroughNpx) * 1000,
    'ms',
    300,
  )
  judge(
    `npx sx-conformance --help, npx on the kit's Node ${process.version}, median`,
    median(helpThroughNpx24) * 1000,
    'ms',
    300,
  )
  judge('sx-conformance --help without npx, median', median(helpAlone) * 1000, 'ms', 300)
  const listening: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint()
    const server = await startReferenceProcess()
    listening.push(Number(process.hrtime.bigint() - started) / 1e9)
    await server.stop()
  }
  judge('serve listening, median', median(listening) * 1000, 'ms', 1000)
}

/** Simulates 100,000 consumers of a release through the CLI, as a product owner would, and judges its time. */
function simulate(release: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'sx-bench-simulation-'))
  try {
    const printed = runCommand(process.execPath, [
      CLI,
      'simulate',
      '--consumers',
      '100000',
      '--seed',
      '1',
      '--release',
      release,
      '--report-dir',
      folder,
    ]).stdout
    const [, seconds, perSecond] = /simulated in ([\d.]+) s \(([\d,]+) consumers per second\)/.exec(printed) ?? []
    const [, memory] = /peak memory ([\d,]+) MB/.exec(printed) ?? []
    judge(`simulation, 100,000 consumers, ${release} (${perSecond}/s, ${memory} MB)`, Number(seconds), 's', 120)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Runs prove-faults in a folder: the time of its slowest fault, read off its last line, and its whole time. */
function proveFaults(cwd: string): { slowest: number; seconds: number } {
  const run = runCommand('npm', ['run', '--silent', 'prove-faults'], { cwd, atTerminal: true })
  const slowest = /slowest fault: .*?, ([\d.]+) s/.exec(run.stdout)?.[1]
  if (slowest === undefined) {
    console.error(`prove-faults did not say which fault was slowest:\n${run.stdout}`)
    process.exit(1)
  }
  return { slowest: Number(slowest), seconds: run.seconds }
}

/** What .ci/run costs on a fresh clone of HEAD: install, prove-faults, npm test, each timed. */
function freshClone(): void {
  const folder = mkdtempSync(join(tmpdir(), 'sx-bench-'))
  try {
    timeCommand('git', ['clone', '--quiet', process.cwd(), folder])
    const install = timeCommand('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, atTerminal: true })
    console.log(`\nfresh clone: npm ci ${install.toFixed(1)} s`)
    const faults = proveFaults(folder).seconds
    console.log(`fresh clone: npm run prove-faults ${faults.toFixed(1)} s`)
    const fairness = timeCommand('npm', ['run', '--silent', 'prove-fairness'], { cwd: folder, atTerminal: true })
    console.log(`fresh clone: npm run prove-fairness ${fairness.toFixed(1)} s`)
    const { seconds: test, processorSeconds } = runCommand('npm', ['test'], { cwd: folder, atTerminal: true })
    if (processorSeconds !== undefined) {
      // A run bound by the processor takes at least this over the core count, however its parts are laid out.
      const cores = cpus().length
      console.log(
        `fresh clone: npm test used ${processorSeconds.toFixed(0)} processor seconds, ${(processorSeconds / cores).toFixed(1)} s on each of ${cores} cores`,
      )
    }
    judge('npm test on a fresh clone', test, 's', 120)
    judge('.ci/run on a fresh clone (ci, faults, fairness, test)', install + faults + fairness + test, 's', 300)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * How long each scenario of a run took, hooks included, from its message stream. The first is left out: its hooks start
 * the browser and the reference that the others share.
 */
function scenarioMilliseconds(messages: string): number[] {
  const started = new Map<string, number>()
  const durations: number[] = []
  for (const line of readFileSync(messages, 'utf8').split('\n').filter(Boolean)) {
    const envelope = JSON.parse(line) as {
      testCaseStarted?: { id: string; timestamp: Time }
      testCaseFinished?: { testCaseStartedId: string; timestamp: Time }
    }
    if (envelope.testCaseStarted) started.set(envelope.testCaseStarted.id, millis(envelope.testCaseStarted.timestamp))
    if (envelope.testCaseFinished)
      durations.push(
        millis(envelope.testCaseFinished.timestamp) - started.get(envelope.testCaseFinished.testCaseStartedId)!,
      )
  }
  return durations.slice(1)
}

type Time = { seconds: number; nanos: number }
const millis = ({ seconds, nanos }: Time): number => seconds * 1000 + nanos / 1e6

runTool(main)
