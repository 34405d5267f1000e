/**
 * Runs cucumber profiles side by side, each in a process of its own, and prints each one's output when it ends. Two
 * runs at once keep both cores of a small machine busy: one waits on its browser or target while the other works. Exits
 * 1 when any run failed. Usage: node src/run/kit-module.cjs src/tools/run-profiles.ts PROFILE [PROFILE ...]
 */
import { CUCUMBER_CLI } from '../run/kit-files'
import { runSideBySide } from '../run/collected-run'
import { runTool } from './run-tool'

async function main(): Promise<number> {
  const profiles = process.argv.slice(2)
  if (profiles.length === 0) throw new Error('name at least one cucumber profile to run')
  return runSideBySide(
    profiles.map((profile) => ({
      name: `profile ${profile}`,
      command: process.execPath,
      args: [CUCUMBER_CLI, '-p', profile], // as a QA engineer runs it
    })),
  )
}

runTool(main)
