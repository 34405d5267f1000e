import { z } from 'zod'
import { KmfStatus } from './kmf.schema'
import { PlatformRelease } from './portal.schema'

/** What each setup switch of a new provider instance says before any setup call. */
export const StartingSettings = z
  .object({
    emailNotifications: z.boolean(),
    productionInstance: z.boolean(),
    kmfStatus: KmfStatus,
    /** The External User Registration plugin is set up for the Consumer Service Portal. */
    externalUserRegistration: z.boolean(),
    /** The platform release the portals run; the release the instance was opened with when absent. */
    portalsPlatformRelease: PlatformRelease.optional(),
  })
  .strict()
export type StartingSettings = z.infer<typeof StartingSettings>

/**
 * How the reference starts a new provider instance. A target may start otherwise: every scenario sets in a Given what
 * it relies on, and npm run prove-fairness runs the suite with each of these changed.
 */
export const REFERENCE_STARTING_SETTINGS: StartingSettings = {
  emailNotifications: true,
  productionInstance: false,
  kmfStatus: 'Operational',
  externalUserRegistration: false,
}

/**
 * The settings a new provider instance starts with: those given, the reference's for the rest, each read when asked
 * for and not before (prove-fairness notes which a scenario reads).
 */
export function startingFrom(given: Partial<StartingSettings> = {}): StartingSettings {
  return new Proxy(REFERENCE_STARTING_SETTINGS, {
    get: (reference, setting: keyof StartingSettings) => given[setting] ?? reference[setting],
  })
}
