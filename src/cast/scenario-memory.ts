import type { RegistrationCase } from '../contract/legacy.schema'
import type { Outcome, Refusal } from '../contract/refusal.schema'
import type { ExchangeDriver } from '../drivers/exchange-driver'
import type { Cast } from './cast'
import type { KnownRecords } from './known-records'

/**
 * What a runner outside cucumber-js (exploration) reads of a scenario's world: its cast and their records, the driver
 * they act through, and what the acts answered. The step definitions' World is one.
 */
export type ScenarioMemory = {
  readonly cast: Cast
  readonly records: KnownRecords
  readonly driver: ExchangeDriver
  /** Legacy onboarding: the customer's case, as the last step that read it left it. */
  readonly legacyCase: RegistrationCase | undefined
  must<T>(outcome: Outcome<T>): T
  /** The acts last issued at the same moment, with their outcomes. */
  together(): { meant: string; outcome: Outcome<unknown> }[]
  /** Refusals that no step looked at. */
  unassertedRefusals(options?: { exceptInGivens?: boolean }): Refusal[]
}
