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
 * What a browser is started for. `screens`: any target's screens, drawn as a person's browser draws them. `forms`: the
 * reference's own screens, which are forms served whole and never wait on a frame being drawn; the browser composites
 * on the renderer's main thread and so draws no frames at all (no animation frame runs, no picture can be taken), and
 * spends about a third less processor time per screen, which is what a UI run on a small machine waits on.
 */
export type ChromiumUse = 'screens' | 'forms'

/**
 * The features Playwright's own launch turns off (playwright-core 1.65, `chromiumSwitches`). Chromium keeps only the
 * last `--disable-features` it is given, so a launch that turns off one more names them all again; a test holds this
 * list to the installed Playwright's.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * A new document host for every navigation (RenderDocument) costs the browser and its renderer about a third of their
 * processor time per screen, and a run goes through a few thousand screens; a page reads and behaves the same without
 * it.
 */
const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument']

/**
 * For the reference's forms, the headless shell runs its pages in the browser's own process: a run opens and leaves a
 * few thousand documents, and processes for them (and the messages between them and the browser) cost the two browser
 * runs of npm test some 4 s of their 45 on two cores. Only there: in one process, a context that runs no scripts (the
 * camera's) does not start, and a full Chromium supports it less well; both keep their usual processes.
 */
const ONE_PROCESS = ['--single-process']

/**
 * Starts headless Chromium. Background networking is off: the browser talks to the target and nothing else, which a
 * machine without the internet needs, and which keeps timings steady.
 */
export function launchChromium(use: ChromiumUse = 'screens'): Promise<Browser> {
  const executablePath = findChromium()
  return chromium.launch({
    executablePath,
    args: [
      ...(use === 'forms' && executablePath === HEADLESS_SHELL ? ONE_PROCESS : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
      ...(use === 'forms' ? ['--disable-threaded-compositing'] : []),
    ],
  })
}
