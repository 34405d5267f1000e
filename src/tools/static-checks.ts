/**
 * The checks that read the code without running it, two at a time (a small machine has two cores): the types, the
 * style (ESLint, Prettier), the layers and the OpenAPI document. Each prints what it found only when it fails. They run
 * outside the coverage of `npm test`, which has nothing to learn from them. Exits 1 when any check failed.
 */
import { join, resolve } from 'node:path'
import { collectedRun } from '../run/collected-run'
import { KIT_ROOT } from '../run/kit-files'
import { runTool } from './run-tool'

const BIN = join(KIT_ROOT, 'node_modules', '.bin')
/**
 * TypeScript 7's compiler, native, checks the types: the same findings as TypeScript 6 in a fifth of the processor
 * time. TypeScript 6 stays the package the tools load (ts-node, typescript-eslint, Stryker's checker), whose API 7 does
 * not have; both name their command tsc, so 7's is named by its path. One thread: the other lane runs the next check.
 */
const TYPESCRIPT_7 = join(KIT_ROOT, 'node_modules', 'typescript-7', 'bin', 'tsc')
const CODE = ['src/**/*.ts', 'steps/**/*.ts', 'mocks/**/*.ts']

/**
 * Prettier and ESLint read again only the files whose content changed since their last check here (4 and 5 s of
 * processor time otherwise, a second each with the cache). Each tool's cache is keyed by its version and its
 * configuration too, and the ESLint rules read one file at a time, so a cached verdict is the one a fresh check would
 * give. It lives in node_modules/.cache: a fresh clone checks everything.
 */
const CACHE = (tool: string) => ['--cache', '--cache-strategy', 'content', '--cache-location', cacheOf(tool)]
const cacheOf = (tool: string) => join(KIT_ROOT, 'node_modules', '.cache', 'sx-static-checks', tool)

/**
 * Each check: its name and its command line, as `npm run` would run it (a command of node_modules/.bin, or a path);
 * the longest first, so that neither lane is left with a long one at the end.
 */
const CHECKS: [name: string, command: string, args: string[]][] = [
  ['format', 'prettier', ['--check', '--log-level', 'warn', ...CACHE('prettier'), ...CODE]],
  ['ESLint', 'eslint', [...CACHE('eslint'), 'src', 'steps', 'mocks']],
  ['types', process.execPath, [TYPESCRIPT_7, '--noEmit', '--singleThreaded']],
  ['layers', 'depcruise', ['src', 'steps', 'mocks', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  ['OpenAPI', 'redocly', ['lint', '--format', 'stylish', 'src/contract/openapi.json']],
]

/** One check's run: whether it passed, and what it printed. */
async function check([name, command, args]: (typeof CHECKS)[number]): Promise<{
  name: string
  ok: boolean
  output: string
}> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
  const { code, output } = await collectedRun(resolve(BIN, command), args, { cwd: KIT_ROOT, env })
  return { name, ok: code === 0, output }
}

async function main(): Promise<number> {
  const queue = [...CHECKS]
  const results: Awaited<ReturnType<typeof check>>[] = []
  const lane = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await check(next))
  }
  await Promise.all([lane(), lane()])
  const failed = results.filter((result) => !result.ok)
  for (const result of failed) console.error(`--- ${result.name} failed\n${result.output}`)
  console.log(
    `static checks: ${results.length - failed.length} of ${results.length} passed (${results.map((result) => result.name).join(', ')})`,
  )
  return failed.length === 0 ? 0 : 1
}

runTool(main)
