import type { Refusal } from '../contract/refusal.schema'
import type { Faults } from './faults'

/** A guard: the requirement it enforces and the refusal it gives, if any. */
export type Guard = readonly [requirement: string, refusal: () => Refusal | undefined]

/** A refusal value, for guards. */
export const refusal = (code: Refusal['code'], reason: string): Refusal => ({ code, reason })

/** Which rules of the reference are in force: all of them, except those a fault switches off. */
export class Rules {
  constructor(private readonly faults: Faults) {}

  /** Whether the rule with this requirement ID (or ID:variant) is enforced. */
  on(requirement: string): boolean {
    return !this.faults.has(requirement)
  }

  /** The first refusal among the guards that are in force, in order. */
  firstRefusal(guards: readonly Guard[]): Refusal | undefined {
    for (const [requirement, check] of guards) {
      const found = this.on(requirement) ? check() : undefined
      if (found) return found
    }
    return undefined
  }
}
