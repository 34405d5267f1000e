/**
 * Runs one cucumber profile as `cucumber-js -p PROFILE` does, its output and reports the same, with the step files of
 * this process: the compiled ones where the kit runs compiled (see src/run/kit-module.cjs), which saves the transpiling
 * of every step and module and ts-node's rewriting of every stack trace Playwright takes. Usage: node
 * src/run/kit-module.cjs src/tools/run-profile.ts PROFILE [FEATURE ...]; without features, those the profile names.
 */
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api'
import { STEP_SUPPORT } from '../run/kit-files'
import { runTool } from './run-tool'

async function main(): Promise<number> {
  const [profile, ...paths] = process.argv.slice(2)
  if (!profile) throw new Error('usage: run-profile.ts PROFILE [FEATURE ...]')
  const provided = paths.length > 0 ? { paths } : {}
  const { runConfiguration } = await loadConfiguration({ profiles: [profile], provided })
  const { success } = await runCucumber({ ...runConfiguration, support: STEP_SUPPORT })
  return success ? 0 : 1
}

runTool(main)
