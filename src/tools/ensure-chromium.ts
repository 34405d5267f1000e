/**
 * Makes sure a system Chromium is there for the browser profiles: finds one, or, as root on Debian where none is,
 * installs Debian's chromium package. Anywhere else it says what to install and exits 2.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from '../drivers/chromium'
import { ConfigurationError } from '../run/configuration-error'
import { runTool } from './run-tool'

async function main(): Promise<void> {
  try {
    findChromium()
    return
  } catch (error) {
    const installable = process.getuid?.() === 0 && existsSync('/etc/debian_version')
    if (!installable) throw error
  }
  console.log("no Chromium found: installing Debian's chromium package")
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (install.status !== 0) throw new ConfigurationError(`apt-get could not install chromium (exit ${install.status})`)
  console.log(`Chromium installed at ${findChromium()}`)
}

runTool(main)
