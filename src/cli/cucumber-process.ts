import { writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { WorldParametersInput } from '../run/world-parameters'
import { CUCUMBER_CLI, STEP_FILES } from '../run/kit-files'
import { collectedRun, type CollectedRun } from '../run/collected-run'
import { temporaryFolder } from '../run/temporary-folder'

/** What a cucumber-js run printed, and how it exited. */
export type CucumberRun = CollectedRun

/**
 * Runs cucumber-js in a process of its own, as a QA engineer runs it, with a configuration of the kit's steps that
 * writes no report: these world parameters, and these feature files or tags.
 */
export function runCucumber(
  worldParameters: WorldParametersInput,
  select: { paths?: string[]; tags?: string },
): Promise<CucumberRun> {
  const config = join(temporaryFolder('sx-cucumber-'), 'cucumber.json')
  const profile = { ...STEP_FILES, format: ['progress'], worldParameters, ...select }
  writeFileSync(config, JSON.stringify({ default: profile }))
  // cucumber joins the configuration's path to its working directory, even an absolute one: it is given relative.
  return collectedRun(process.execPath, [CUCUMBER_CLI, '--config', relative(process.cwd(), config)])
}
