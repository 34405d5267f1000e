/**
 * Runs cucumber profiles side by side, each in a process of its own, and prints each one's output when it ends. Two
 * runs at once keep both cores of a small machine busy: one waits on its browser or target while the other works. Exits
 * 1 when any run failed. Usage: node -r ts-node/register src/tools/run-profiles.ts PROFILE [PROFILE ...]
 */
import { resolve } from 'node:path'
import { runSideBySide } from '../run/collected-run'
import { runTool } from './run-tool'

/** What runs one profile: cucumber-js itself, with the compiled steps where the kit runs compiled (run-profile.ts). */
const RUN_PROFILE = [resolve('src/run/kit-module.cjs'), 'src/tools/run-profile.ts']

async function main(): Promise<number> {
  const profiles = process.argv.slice(2)
  if (profiles.length === 0) throw new Error('name at least one cucumber profile to run')
  return runSideBySide(
    profiles.map((profile) => ({
      name: `profile ${profile}`,
      command: process.execPath,
      args: [...RUN_PROFILE, profile],
    })),
  )
}

runTool(main)
