import type { Refusal } from '../contract/refusal.schema'
import type { RuleName } from '../requirements/catalog'
import type { Faults } from '../run/faults'
import type { ImplementationParts } from '../run/implementation-parts'
import { readingsOf, type Readings } from '../run/readings'
import { REFERENCE_PARTS } from './parts'

/** A guard: the requirement it enforces and the refusal it gives, if any. */
export type Guard = readonly [requirement: RuleName, refusal: () => Refusal | undefined]

/** A guard that waits on another party before it knows (the consumer instance, say). */
export type GuardInTurn = readonly [requirement: RuleName, refusal: () => Promise<Refusal | undefined>]

/** An effect: what a rule in force makes happen. */
export type Effect = readonly [requirement: RuleName, effect: () => unknown]

/** A refusal value, for guards. */
export const refusal = (code: Refusal['code'], reason: string): Refusal => ({ code, reason })

/**
 * Which rules of the reference are in force (all of them, except those a fault switches off), and which reading it
 * takes where the documents leave a choice.
 */
export class Rules {
  /** What the reference does where the documents are silent: its own readings, or those a fairness run supplies. */
  readonly readings: Readings
  /** The parts the rules lean on: the reference's own, or those a fault supplied when the instance was put together. */
  readonly parts: ImplementationParts
  constructor(
    private readonly faults: Faults,
    readings: Readings = readingsOf(),
    parts: Partial<ImplementationParts> = {},
  ) {
    this.readings = readings
    this.parts = { ...REFERENCE_PARTS, ...parts }
  }

  /** The rows of a rule table whose rules are in force: a fault switches a rule off from outside. */
  #inForce<Row extends readonly [RuleName, ...unknown[]]>(rows: readonly Row[]): readonly Row[] {
    // every rule is in force in a normal run, so only npm run prove-faults, which switches each off, can tell this
    // from the table itself; it proves every requirement and fault variant red
    // Stryker disable next-line all: for the reason above
    return rows.filter(([requirement]) => !this.faults.has(requirement))
  }

  /** Whether a rule in force applies here: its condition holds. A rule switched off applies nowhere. */
  applies(requirement: RuleName, condition: () => boolean): boolean {
    // one row: some and every agree
    // Stryker disable next-line MethodExpression: for the reason above
    return this.#inForce([[requirement, condition] as const]).some(([, holds]) => holds())
  }

  /** Carries out the effects of the rules in force, in order. */
  enact(effects: readonly (readonly [requirement: RuleName, effect: () => void])[]): void {
    for (const [, effect] of this.#inForce(effects)) effect()
  }

  /** Carries out the effects of the rules in force, in order, each finished before the next begins. */
  async enactInTurn(effects: readonly Effect[]): Promise<void> {
    for (const [, effect] of this.#inForce(effects)) await effect()
  }

  /** A list as the Connections tab or the registration tasks show it, from records stored oldest first (FREE-13). */
  listed<T>(oldestFirst: readonly T[]): T[] {
    return this.readings.listed(oldestFirst)
  }

  /**
   * Whether a company's record for one instance stands in the way of another for the instance asked for: the same
   * instance always does (PC-10, TASK-06); another instance of the company does only in the reading that a company
   * holds one connection in all (RD-18).
   */
  companyHolds(recordOrigin: string, askedOrigin: string): boolean {
    return this.readings.companyHolds(recordOrigin, askedOrigin)
  }

  /** Guards in the order this reference checks them; the documents do not order the rules (FREE-08). */
  #ordered<G extends Guard | GuardInTurn>(guards: readonly G[]): readonly G[] {
    return this.readings.ordered(guards)
  }

  /**
   * The first refusal among the guards that are in force, in order; the documents do not order the rules, so the order
   * is free (FREE-08), and a scenario breaks one rule at a time.
   */
  firstRefusal(guards: readonly Guard[]): Refusal | undefined {
    for (const [, check] of this.#inForce(this.#ordered(guards))) {
      const found = check()
      if (found) return found
    }
    return undefined
  }

  /** As firstRefusal, for guards that wait on another party: each is asked only once the one before it admitted. */
  async firstRefusalInTurn(guards: readonly GuardInTurn[]): Promise<Refusal | undefined> {
    for (const [, check] of this.#inForce(this.#ordered(guards))) {
      const found = await check()
      if (found) return found
    }
    return undefined
  }
}
