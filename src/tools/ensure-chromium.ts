/**
 * Makes sure a system Chromium is there for the browser profiles. Debian's headless shell is the one wanted (it runs
 * the UI scenarios in about half the time of the full browser): as root on Debian it is installed when it is missing.
 * Elsewhere any Chromium found will do, and with none this says what to install and exits 2. SX_CHROMIUM, when set,
 * names the browser and nothing is installed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CHROMIUM_VARIABLE, findChromium, HEADLESS_SHELL } from '../drivers/chromium'
import { ConfigurationError } from '../run/configuration-error'
import { runTool } from './run-tool'

/** Debian's package of the headless shell. */
const PACKAGE = 'chromium-headless-shell'

async function main(): Promise<void> {
  const installable = process.getuid?.() === 0 && existsSync('/etc/debian_version')
  if (process.env[CHROMIUM_VARIABLE] || existsSync(HEADLESS_SHELL) || !installable) {
    findChromium()
    return
  }
  console.log(`installing Debian's ${PACKAGE} package for the browser profiles`)
  const install = spawnSync(
    'sh',
    ['-c', `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${PACKAGE}`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    },
  )
  if (install.status !== 0)
    throw new ConfigurationError(`apt-get could not install ${PACKAGE} (exit ${install.status})`)
  console.log(`Chromium's headless shell installed at ${findChromium()}`)
}

runTool(main)
