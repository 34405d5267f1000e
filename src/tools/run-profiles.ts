/**
 * Runs cucumber profiles side by side, each in a process of its own, and prints each one's output when it ends. Two
 * runs at once keep both cores of a small machine busy: one waits on its browser or target while the other works. Exits
 * 1 when any run failed. Usage: node -r ts-node/register src/tools/run-profiles.ts PROFILE [PROFILE ...]
 */
import { collectedRun, type CollectedRun } from '../run/collected-run'
import { resolve } from 'node:path'
import { runTool } from './run-tool'

/** What runs one profile: cucumber-js itself, with the compiled steps where the kit runs compiled (run-profile.ts). */
const RUN_PROFILE = [resolve('src/run/kit-module.cjs'), 'src/tools/run-profile.ts']

/** One profile's run: its exit code, and everything it printed, in order. */
async function runProfile(profile: string): Promise<{ profile: string } & CollectedRun> {
  return { profile, ...(await collectedRun(process.execPath, [...RUN_PROFILE, profile])) }
}

async function main(): Promise<number> {
  const profiles = process.argv.slice(2)
  if (profiles.length === 0) throw new Error('name at least one cucumber profile to run')
  const runs = await Promise.all(profiles.map(runProfile))
  for (const run of runs) process.stdout.write(`\n--- profile ${run.profile}\n${run.output}`)
  const failed = runs.filter((run) => run.code !== 0)
  for (const run of failed) console.error(`profile ${run.profile} exited ${run.code}`)
  return failed.length === 0 ? 0 : 1
}

runTool(main)
