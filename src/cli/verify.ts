import { join, resolve } from 'node:path'
import { loadConfiguration, loadSupport, runCucumber, type IRunEnvironment } from '@cucumber/cucumber/api'
import { SETUP_TOKEN_VARIABLE } from '../contract/setup-token'
import { TargetError, TargetUnreachable } from '../drivers/contract-client'
import { RunTrouble } from '../run/run-trouble'
import { readCapabilities } from '../drivers/http.driver'
import type { Capabilities } from '../contract/target.schema'
import { buildConformanceReport, RunCollector } from '../report/conformance-report'
import { readWaivers } from '../report/waivers'
import { ScenarioProgress } from '../report/scenario-progress'
import { readings, requirements } from '../requirements/catalog'
import { Release } from '../requirements/requirement.schema'
import { ConfigurationError } from '../run/configuration-error'
import { readFlags, reportFolder, tagExpression, wholeNumber } from './flags'
import { EXIT, verifyVerdict } from './verify-verdict'
import { failedLocations, writeBaseline, type Baseline } from './baseline'
import { KIT_ROOT, STEP_FILES } from '../run/kit-files'
import type { CommandStreams } from './command-streams'

export const VERIFY_HELP = `sx-conformance verify: run every scenario against an implementation over the HTTP contract

  --target URL              the implementation's address (required), e.g. http://staging.example:4010
  --release NAME            the release it is held to: ${Release.options.join(' or ')} (default australia)
  --tags EXPRESSION         only the scenarios this cucumber tag expression selects, e.g. "@req:PC-04"
  --setup-token TOKEN       what the target's setup operations carry as a Bearer credential (default the
                            ${SETUP_TOKEN_VARIABLE} environment variable, which keeps it off the command line)
  --waivers FILE            a JSON file of expected failures (see README, "Waivers")
  --report-dir DIR          where the reports go (default reports/verify): conformance.md, conformance.json,
                            conformance.html, cucumber.html, junit.xml, messages.ndjson, rerun.txt
  --request-timeout-ms N    how long one call to the target may take before it fails its scenario (default 10000)
  --wait SECONDS            wait up to this long for the target to come up (one started just before), asking
                            every quarter second (default 0: it must answer at once)
  --parallel N              scenarios run at once (default 1; every scenario has its own provider instance)
  --shard I/N               run only the I-th of N equal parts of the scenarios (cucumber's sharding), for a
                            CI matrix; "sx-conformance merge" then makes the shards' reports one run's
  --rerun-failed DIR        run only the scenarios that did not pass in the reports in DIR (a verify's
                            --report-dir, or a merge's)
  --write-waivers FILE      after the run, write a waiver for every scenario that did not pass, so that a team
                            adopting the gate fails only on new breakage (with --owner and --expires)
  --owner NAME              who answers for the waivers --write-waivers writes
  --expires YYYY-MM-DD      the last day those waivers hold
  --help                    this text

Exit codes: 0 conformant, 1 not conformant, 2 could not run (unreachable target, bad flags, bad waiver file).`

/**
 * The kit's steps, as the first verify of a process loaded them: node keeps a module once loaded, so loading the steps
 * again would register none. Every later verify in the process (a test's, say) runs with these.
 */
let loadedSteps: ReturnType<typeof loadSupport> | undefined

/** Verifies a target and answers the exit code; the last line printed says which verdict it stands for. */
export async function verify(args: string[], streams: CommandStreams): Promise<number> {
  const say = (line: string) => void streams.stdout.write(`${line}\n`)
  const run = readVerifyFlags(args)
  if (run.rerun?.length === 0) {
    say(`NOTHING TO RERUN: no scenario failed in ${run.flags['rerun-failed']}`)
    return EXIT.conformant
  }
  const capabilities = await capabilitiesOf(run.targetUrl, run.requestTimeoutMs, run.waitSeconds)
  if (!capabilities.releases.includes(run.release)) {
    throw new ConfigurationError(
      `the target at ${run.targetUrl} implements ${capabilities.releases.join(', ')}, not ${run.release}`,
    )
  }
  const environment: IRunEnvironment = { cwd: KIT_ROOT, stdout: streams.stdout, stderr: streams.stderr }
  const { runConfiguration } = await loadConfiguration({ file: false, provided: cucumberRun(run) }, environment)
  loadedSteps ??= loadSupport(runConfiguration, environment)
  const support = await loadedSteps.catch((error: unknown) => {
    loadedSteps = undefined
    throw error
  })
  const collector = new RunCollector()
  const progress = new ScenarioProgress(
    (text) => streams.stderr.write(text),
    (streams.stderr as { isTTY?: boolean }).isTTY === true,
  )
  await runCucumber({ ...runConfiguration, support }, environment, (envelope) => {
    collector.take(envelope)
    progress.take(envelope)
  })
  const report = buildConformanceReport(collector, { requirements, readings })
  if (run.baseline) {
    const written = writeBaseline(report, { ...run.baseline, target: run.targetUrl })
    say(
      `wrote ${written} waiver(s) to ${run.baseline.file}, owned by ${run.baseline.owner} until ${run.baseline.expires}`,
    )
  }
  const { flags, rerun, shard } = run
  const narrowedBy = [
    flags.tags ? `--tags ${flags.tags}` : '',
    rerun ? `--rerun-failed ${flags['rerun-failed']}` : '',
    shard ? `--shard ${shard}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  const verdict = verifyVerdict(report, {
    target: run.targetUrl,
    release: run.release,
    reportDir: run.reportDir,
    ...(narrowedBy ? { narrowedBy } : {}),
  })
  say(verdict.line)
  return verdict.code
}

/** The flags of verify, each read and checked before anything runs: a mistake is one line, and nothing started. */
function readVerifyFlags(args: string[]) {
  const flags = readFlags(args, {
    target: { type: 'string' },
    release: { type: 'string', default: 'australia' },
    tags: { type: 'string' },
    waivers: { type: 'string' },
    'setup-token': { type: 'string' },
    'report-dir': { type: 'string', default: join('reports', 'verify') },
    'request-timeout-ms': { type: 'string', default: '10000' },
    wait: { type: 'string', default: '0' },
    parallel: { type: 'string', default: '1' },
    shard: { type: 'string' },
    'rerun-failed': { type: 'string' },
    'write-waivers': { type: 'string' },
    owner: { type: 'string' },
    expires: { type: 'string' },
  })
  if (!flags.target) throw new ConfigurationError('--target URL is required (see --help)')
  if (!URL.canParse(flags.target) || !/^https?:$/.test(new URL(flags.target).protocol)) {
    throw new ConfigurationError(`--target takes an http(s) address, not "${flags.target}"`)
  }
  const releaseRead = Release.safeParse(flags.release)
  if (!releaseRead.success)
    throw new ConfigurationError(`--release is one of ${Release.options.join(', ')}, not "${flags.release}"`)
  const requestTimeoutMs = wholeNumber(flags['request-timeout-ms'], '--request-timeout-ms', 50, 600_000)
  const waitSeconds = wholeNumber(flags.wait, '--wait', 0, 3_600)
  const parallel = wholeNumber(flags.parallel, '--parallel', 1, 64)
  const waiversFile = flags.waivers === undefined ? undefined : resolve(flags.waivers)
  if (waiversFile) readWaivers(waiversFile)
  const targetUrl = flags.target.replace(/\/+$/, '')
  const shard = flags.shard === undefined ? undefined : readShardFlag(flags.shard)
  const rerun = flags['rerun-failed'] === undefined ? undefined : failedLocations(resolve(flags['rerun-failed']))
  const baseline = readBaselineFlags(flags)
  const setupToken = flags['setup-token'] ?? process.env[SETUP_TOKEN_VARIABLE]
  if (setupToken !== undefined && setupToken.trim() === '')
    throw new ConfigurationError(`--setup-token (or ${SETUP_TOKEN_VARIABLE}) is empty`)
  if (flags.tags !== undefined) tagExpression(flags.tags)
  const reportDir = reportFolder(flags['report-dir'])

  return {
    flags,
    release: releaseRead.data,
    requestTimeoutMs,
    waitSeconds,
    parallel,
    waiversFile,
    targetUrl,
    shard,
    rerun,
    baseline,
    setupToken,
    reportDir,
  }
}

/** The cucumber run of a verify: the features of the release, the reports, and the world parameters of the target. */
function cucumberRun(run: ReturnType<typeof readVerifyFlags>) {
  const { flags, rerun, shard, parallel, reportDir, targetUrl, requestTimeoutMs, waiversFile, setupToken } = run
  const otherReleases = Release.options.filter((name) => name !== run.release).map((name) => `not @release:${name}`)
  const tags = [...otherReleases, ...(flags.tags ? [`(${flags.tags})`] : [])].join(' and ')
  return {
    paths: rerun ?? [join(KIT_ROOT, 'features')],
    ...(shard ? { shard } : {}),
    ...STEP_FILES,
    tags,
    parallel: parallel > 1 ? parallel : 0,
    format: [
      // Each failure once at the end, not a dot per step: where the run stands goes to stderr as it goes.
      'summary',
      `html:${join(reportDir, 'cucumber.html')}`,
      `rerun:${join(reportDir, 'rerun.txt')}`,
      `junit:${join(reportDir, 'junit.xml')}`,
      `message:${join(reportDir, 'messages.ndjson')}`,
      `${join(KIT_ROOT, 'src', 'report', 'conformance-json.cjs')}:${join(reportDir, 'conformance.json')}`,
      `${join(KIT_ROOT, 'src', 'report', 'conformance-markdown.cjs')}:${join(reportDir, 'conformance.md')}`,
      `${join(KIT_ROOT, 'src', 'report', 'conformance-html.cjs')}:${join(reportDir, 'conformance.html')}`,
    ],
    formatOptions: { junit: { suiteName: `sx-conformance: ${targetUrl} (${run.release})` } },
    worldParameters: {
      driver: 'http',
      targetUrl,
      release: run.release,
      requestTimeoutMs,
      ...(waiversFile ? { waivers: waiversFile } : {}),
      ...(setupToken ? { setupToken: setupToken.trim() } : {}),
      ...(shard ? { shard } : {}),
    },
  }
}

/** --shard I/N: I from 1 to N. */
function readShardFlag(text: string): string {
  const [index, total] = /^(\d+)\/(\d+)$/.exec(text)?.slice(1).map(Number) ?? []
  if (index === undefined || total === undefined || total < 1 || index < 1 || index > total || total > 1000) {
    throw new ConfigurationError(`--shard takes I/N with I from 1 to N (such as 2/4), not "${text}"`)
  }
  return `${index}/${total}`
}

/** What --write-waivers needs: the file, an owner, and an expiry that is a date to come. */
function readBaselineFlags(flags: {
  'write-waivers'?: string | undefined
  owner?: string | undefined
  expires?: string | undefined
}): Baseline | undefined {
  const file = flags['write-waivers']
  if (file === undefined) {
    if (flags.owner !== undefined || flags.expires !== undefined)
      throw new ConfigurationError('--owner and --expires go with --write-waivers FILE')
    return undefined
  }
  if (!flags.owner?.trim())
    throw new ConfigurationError('--write-waivers needs --owner NAME: who answers for the waivers')
  if (!flags.expires || !/^\d{4}-\d{2}-\d{2}$/.test(flags.expires) || Number.isNaN(Date.parse(flags.expires))) {
    throw new ConfigurationError(
      `--write-waivers needs --expires YYYY-MM-DD, the last day the waivers hold${flags.expires ? `, not "${flags.expires}"` : ''}`,
    )
  }
  if (flags.expires < new Date().toISOString().slice(0, 10))
    throw new ConfigurationError(
      `--expires ${flags.expires} has passed: waivers that have expired would fail the gate at once`,
    )
  return { file: resolve(file), owner: flags.owner.trim(), expires: flags.expires }
}

/**
 * What the target implements, asked until it answers or the wait is over: a target started just before verify (`serve …
 * &`) may not be listening yet. A target that answers, but not as the contract says, is not waited for.
 */
async function capabilitiesOf(url: string, timeoutMs: number, waitSeconds: number): Promise<Capabilities> {
  const until = Date.now() + waitSeconds * 1_000
  for (;;) {
    try {
      return await readCapabilities({ url, timeoutMs })
    } catch (error) {
      const notUpYet = error instanceof TargetUnreachable
      if (!notUpYet || Date.now() >= until) {
        const waited = waitSeconds > 0 && notUpYet ? ` (waited ${waitSeconds} s)` : ''
        throw new ConfigurationError(
          `the target at ${url} does not answer as the contract says${waited}: ${error instanceof TargetError || error instanceof RunTrouble ? error.message : String(error)}`,
        )
      }
      await new Promise((pause) => setTimeout(pause, 250))
    }
  }
}
