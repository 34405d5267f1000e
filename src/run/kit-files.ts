import { join } from 'node:path'

/** How the kit's code is loaded (plain JavaScript, since it decides how the TypeScript is loaded). */
const kitModule = require('./kit-module.cjs') as { ROOT: string; compiledIsCurrent(): boolean }

/** The kit's own folder (the one holding package.json), whether this file runs from src/ or compiled in dist/. */
export const KIT_ROOT = kitModule.ROOT

/** The command line of the kit, started the way npx starts it. */
export const CLI = join(KIT_ROOT, 'src', 'cli', 'sx-conformance.cjs')

/** Whether this process runs the compiled kit (dist/, see src/run/kit-module.cjs) rather than TypeScript. */
export const COMPILED = __filename.endsWith('.js')

/**
 * The step definitions and hooks a cucumber run started in this process loads, and what loads them: the compiled ones
 * beside compiled code, the TypeScript ones through ts-node beside TypeScript. Mixing the two would load every module
 * of the kit twice, with classes that do not know each other.
 */
export const STEP_FILES = COMPILED ? compiledSteps() : typeScriptSteps()

function compiledSteps() {
  return { requireModule: [] as string[], require: [join(KIT_ROOT, 'dist', 'steps', '**', '*.js')] }
}

function typeScriptSteps() {
  return { requireModule: ['ts-node/register'], require: [join(KIT_ROOT, 'steps', '**', '*.ts')] }
}

/** The step files for a cucumber process this one starts: compiled where the build is current, which starts faster. */
export function stepFilesOfAChild(): typeof STEP_FILES {
  return kitModule.compiledIsCurrent() ? compiledSteps() : typeScriptSteps()
}

/** The same, as cucumber's run configuration holds it. */
export const STEP_SUPPORT = {
  requireModules: STEP_FILES.requireModule,
  requirePaths: STEP_FILES.require,
  importPaths: [] as string[],
}
