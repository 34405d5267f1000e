import { join } from 'node:path'

/** How the kit's code is loaded (plain JavaScript, since it decides how the TypeScript is loaded). */
const kitModule = require('./kit-module.cjs') as { ROOT: string }

/** The kit's own folder (the one holding package.json), whether this file runs from src/ or compiled in dist/. */
export const KIT_ROOT = kitModule.ROOT

/** The command line of the kit, started the way npx starts it. */
export const CLI = join(KIT_ROOT, 'src', 'cli', 'sx-conformance.cjs')

/** cucumber-js's own command, as `npx cucumber-js` starts it. */
export const CUCUMBER_CLI = join(KIT_ROOT, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js')

/**
 * The step definitions and hooks a cucumber run loads, in this process or another: through the kit's loader of steps
 * (step-definitions.cjs), which loads the compiled ones beside compiled code where the build is current, the
 * TypeScript ones through ts-node otherwise. Mixing the two would load every module of the kit twice, with classes
 * that do not know each other.
 */
export const STEP_FILES = { require: [join(KIT_ROOT, 'src', 'run', 'step-definitions.cjs')] }

/** The same, as cucumber's run configuration holds it: the loader itself decides whether ts-node is needed. */
export const STEP_SUPPORT = {
  requireModules: [] as string[],
  requirePaths: STEP_FILES.require,
  importPaths: [] as string[],
}
