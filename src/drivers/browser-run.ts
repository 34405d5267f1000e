/**
 * What a run in the browser needs, loaded only by such a run (see compose.ts): Playwright, and a reference to serve.
 */
export { startReferenceServer } from '../reference/server/reference-server'
export { newSetupToken } from '../reference/server/setup-token'
export { openBrowserDriver } from './browser.driver'
export { launchChromium } from './chromium'
export { PagePool } from './page-pool'
