/**
 * A long fuzz of the reference, served by another process as any target would be: prints the table, the requests per
 * second and the seed. Usage: npm run fuzz [-- --requests N --seed S]
 */
import { runCli } from '../cli/run-cli'
import { startReferenceProcess } from './reference-process'
import { runTool } from './run-tool'

async function main(): Promise<number> {
  const server = await startReferenceProcess()
  try {
    const extra = process.argv.slice(2)
    const requests = extra.includes('--requests') ? [] : ['--requests', '100000']
    const run = await runCli(['fuzz', '--target', server.url, ...requests, ...extra], server.env)
    process.stdout.write(run.stdout)
    process.stderr.write(run.stderr)
    return run.code ?? 2
  } finally {
    await server.stop()
  }
}

runTool(main)
