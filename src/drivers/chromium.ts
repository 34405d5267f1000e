import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { ConfigurationError } from '../run/configuration-error'

/** The environment variable that names the Chromium to drive, when it is not where a system keeps it. */
export const CHROMIUM_VARIABLE = 'SX_CHROMIUM'

/** Where Debian's chromium-headless-shell package puts the binary. */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell'

/**
 * Where systems install Chromium or Chrome. Debian's headless shell comes first: it is the build Playwright itself
 * prefers for headless runs, and it runs the UI scenarios in about half the time of the full browser. Its command in
 * /usr/bin is a shell script around the binary, so the binary is named directly.
 */
const SYSTEM_CHROMIUMS = [
  HEADLESS_SHELL,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
]

/** The system Chromium to drive; the kit never downloads a browser of its own. */
export function findChromium(): string {
  const named = process.env[CHROMIUM_VARIABLE]
  if (named) {
    if (!existsSync(named)) throw new ConfigurationError(`${CHROMIUM_VARIABLE} names ${named}, which does not exist`)
    return named
  }
  const found = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (!found) {
    throw new ConfigurationError(
      `no Chromium found in ${SYSTEM_CHROMIUMS.join(', ')}: install one (on Debian: apt-get install chromium-headless-shell) or set ${CHROMIUM_VARIABLE} to its path`,
    )
  }
  return found
}

/**
 * Starts headless Chromium for a run. Background networking is off: the browser talks to the target and nothing else,
 * which a machine without the internet needs, and which keeps timings steady.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  })
}
