/**
 * Runs npm test's checks in two lanes at once, each check an npm script, and prints each check's output when it ends,
 * with its time. The browser profiles wait on Chromium about half of their time and use one lane on their own; the
 * other checks, which keep a core busy, fill the other lane in the meantime. The checks that read every run's
 * reports come last. A check that fails ends its lane; the other lane runs to its end, so that one run shows every
 * failure it can. Exits 1 when any check failed. Usage: node src/run/kit-module.cjs src/tools/test-lanes.ts
 */
import { collectedRun } from '../run/collected-run'
import { runTool } from './run-tool'

/** Each lane's checks, in order; then the checks of the whole run's reports. */
export const LANES: readonly (readonly string[])[] = [
  ['spec:ui'],
  ['static', 'unit', 'spec:in-process', 'spec:http'],
  ['gate'],
]
export const AFTER_THE_LANES: readonly string[] = ['contract-coverage', 'obligations']

/** Runs one check, prints what it printed under its name and time, and answers whether it passed. */
async function check(script: string): Promise<boolean> {
  const started = performance.now()
  const { code, output } = await collectedRun('npm', ['run', '--silent', script])
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(`\n--- ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n${output}`)
  return code === 0
}

/** Runs a lane's checks in turn, up to the first that fails; answers the checks that failed. */
async function lane(scripts: readonly string[]): Promise<string[]> {
  for (const script of scripts) if (!(await check(script))) return [script]
  return []
}

async function main(): Promise<number> {
  const failed = (await Promise.all(LANES.map(lane))).flat()
  if (failed.length === 0) failed.push(...(await lane(AFTER_THE_LANES)))
  if (failed.length > 0) {
    console.error(`\nnpm test: ${failed.join(', ')} failed`)
    return 1
  }
  console.log(`\nnpm test: every check passed (${[...LANES.flat(), ...AFTER_THE_LANES].join(', ')})`)
  return 0
}

runTool(main)
