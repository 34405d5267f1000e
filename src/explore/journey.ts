import type fc from 'fast-check'
import { say, type Said } from '../cast/phrase'
import { nobodyElseReceivesAnEmail } from '../cast/phrases/mail'
import { listedAs, oneOfThemAccepted, refusedAs } from '../cast/phrases/outcomes'
import type { Scenario } from '../cast/scenario'
import { checkMail, checkScenarioEnd, closeScenario } from '../cast/scenario-life'
import { INVARIANTS, type InvariantName } from '../requirements/invariants'
import type { ExploreTarget } from './explore-target'
import { EXPLORED_TAG, type Act, type JourneyModel, type JourneyStart, type Look, type Procedure } from './procedure'

/** A safety rule a step broke: which, the step of the kit that asserts it (if one does), and what was seen. */
export class Breach extends Error {
  constructor(
    readonly invariant: InvariantName | 'step-failed',
    /**
     * The steps of the kit that assert the rule after the act that broke it: the refusal the rule calls for, then the
     * state.
     */
    readonly then: string[],
    detail: string,
  ) {
    super(detail)
  }
}

/** One line of the scenario a journey writes as it goes: a step it took, or the assertion of a refusal it met. */
type Line = { kind: 'step' | 'refusal'; text: string }

/** The tags a journey runs under: the requirements its procedure's invariants stand for. */
export const journeyTags = (procedure: Pick<Procedure, 'invariants' | 'tags'>): string[] =>
  [...new Set(procedure.invariants.flatMap((name) => INVARIANTS[name].requirements))].map((id) => `@req:${id}`)

/**
 * A random journey's act as a fast-check command: it runs only where its precondition holds, and prints as its step.
 */
class ActCommand<K extends string, L extends Look> implements fc.AsyncCommand<JourneyModel<L>, Journey<K, L>> {
  constructor(readonly act: Act<K, L>) {}
  check(model: Readonly<JourneyModel<L>>): boolean {
    return this.act.when?.(model.now) ?? true
  }
  async run(_model: JourneyModel<L>, journey: Journey<K, L>): Promise<void> {
    await journey.take(this.act)
  }
  toString(): string {
    return this.act.said.text
  }
}

/** An act as a command of a journey. */
export const command = <K extends string, L extends Look>(act: Act<K, L>) => new ActCommand(act)

/**
 * One random journey against the target: a scenario of the kit's own phrases, performed one by one, with every
 * invariant of its procedure checked against what the target shows after each. It writes down what it said, so a
 * breach reads as a scenario.
 */
export class Journey<K extends string = string, L extends Look = Look> {
  readonly lines: Line[] = []
  /** How many acts the journey took. */
  acts = 0
  private constructor(
    private readonly procedure: Procedure<K, L>,
    readonly world: Scenario,
    readonly model: JourneyModel<L>,
  ) {}

  /** A journey's scenario, opened on the target; `setUp` takes its starting steps. */
  static async open<K extends string, L extends Look>(
    target: ExploreTarget,
    procedure: Procedure<K, L>,
    start: JourneyStart,
    index: number,
  ): Promise<Journey<K, L>> {
    const world = await target.scenario({ uri: `explore/${procedure.name}`, line: index })
    const nothingYet = { shown: 'nothing', exists: false } as L
    return new Journey(procedure, world, {
      contactIsAdmin: true,
      otherContactIsAdmin: false,
      version: start.version,
      emailOn: start.email === 'on',
      production: false,
      now: nothingYet,
    })
  }

  /** The Givens every journey of its procedure starts from, and what the target shows after them. */
  async setUp(start: JourneyStart): Promise<void> {
    for (const said of this.procedure.startingSteps(start)) await this.#step(said)
    this.model.now = await this.procedure.look(this.world)
  }

  /** Takes one act, then checks every invariant against the target; a breach is thrown. */
  async take(act: Act<K, L>): Promise<void> {
    this.acts += 1
    // What the target showed after the last step: only an act of the journey changes it.
    const before = this.model.now
    const refusalsBefore = this.world.unassertedRefusals().length
    await this.#step(act.said)
    const refusals = this.world.unassertedRefusals()
    const refused = refusals.length > refusalsBefore
    const refusal = this.procedure.pairs.includes(act.kind)
      ? this.#pairStep()
      : refused
        ? say(refusedAs, listedAs([refusals.at(-1)!.code]))
        : undefined
    if (refusal) await this.#step(refusal, 'refusal')
    act.change?.(this.model)
    const after = (this.model.now = await this.procedure.look(this.world))
    const breach = this.procedure.breachOf({
      act,
      model: this.model,
      before,
      after,
      refused,
      changed: before.shown !== after.shown,
      ...(refusal ? { refusalStep: refusal.text } : {}),
    })
    if (breach)
      throw new Breach(
        breach.invariant,
        breach.then,
        `${breach.detail} (before: ${before.shown}; after: ${after.shown})`,
      )
  }

  /**
   * The journey's end, as a scenario's: calls the mocks could not answer, and refusals no step asserted, fail it here;
   * its provider instances are ended either way.
   */
  async end(passed: boolean): Promise<void> {
    try {
      await checkScenarioEnd(this.world, { failed: !passed, explored: false })
    } finally {
      await closeScenario(this.world)
    }
  }

  /** A phrase of the kit, written down and performed; one that fails (mail no rule calls for, say) is a breach. */
  async #step(said: Said, kind: Line['kind'] = 'step'): Promise<void> {
    this.lines.push({ kind, text: said.text })
    try {
      await said.perform(this.world)
      checkMail(this.world)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (message.startsWith('the target sent mail that no rule calls for'))
        throw new Breach('mail-as-the-rules-say', [nobodyElseReceivesAnEmail.says()], message)
      throw new Breach('step-failed', [], `the step "${said.text}" failed: ${message}`)
    }
  }

  /**
   * Two acts at the same moment: the kit's phrase that asserts one accepted and the other's refusal, when that is what
   * happened.
   */
  #pairStep(): Said | undefined {
    const refusals = this.world.together().flatMap(({ outcome }) => (outcome.ok ? [] : [outcome.refusal]))
    return refusals.length === 1 ? say(oneOfThemAccepted, listedAs([refusals[0]!.code])) : undefined
  }

  /** The journey so far as a scenario of the kit's steps: what came before the last act is its Givens. */
  scenario(breach: Breach, header: string[]): string {
    const lastAct = this.lines.findLastIndex((line) => line.kind === 'step')
    const keyword = (index: number) =>
      index === 0 ? 'Given' : index === lastAct ? 'When' : index === lastAct + 1 ? 'Then' : 'And'
    // The refusal the journey met at its last act is the one the rule calls for: the breach's steps say it whatever the
    // target answered.
    const lines = [...this.lines.slice(0, lastAct + 1).map((line) => line.text), ...breach.then]
    const body = lines.map((text, index) => `    ${keyword(index)} ${text}`)
    const requirements = [
      ...(breach.invariant === 'step-failed'
        ? journeyTags(this.procedure)
        : INVARIANTS[breach.invariant].requirements.map((id) => `@req:${id}`)),
      ...(this.procedure.tags ?? []),
      EXPLORED_TAG,
    ]
    return [
      ...header.map((line) => `  # ${line}`),
      `  ${requirements.join(' ')}`,
      `  Scenario: ${breach.invariant === 'step-failed' ? 'a step of a random journey failed' : INVARIANTS[breach.invariant].says}`,
      ...body,
    ].join('\n')
  }
}
