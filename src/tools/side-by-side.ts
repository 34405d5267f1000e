/**
 * Runs npm scripts side by side and prints each one's output when it ends; exits 1 when any failed. npm test runs the
 * static checks beside the unit tests: the unit tests are two processes that each keep one core busy at most (one of
 * them mostly waits on Chromium), and the checks fill the rest. It runs the command-line tests beside the HTTP runs,
 * which leave a fifth of two cores idle while the kit and the reference wait on each other: the two took 4 to 6 s
 * less together than one after the other, in three runs of each interleaved. Usage: node src/run/kit-module.cjs
 * src/tools/side-by-side.ts SCRIPT [SCRIPT ...]
 */
import { runSideBySide } from '../run/collected-run'
import { runTool } from './run-tool'

async function main(): Promise<number> {
  const scripts = process.argv.slice(2)
  if (scripts.length === 0) throw new Error('name at least one npm script to run')
  return runSideBySide(
    scripts.map((script) => ({ name: `npm run ${script}`, command: 'npm', args: ['run', '--silent', script] })),
  )
}

runTool(main)
