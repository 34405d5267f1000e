import type fc from 'fast-check'
import type { Scenario } from '../cast/scenario'
import { INVARIANTS, type InvariantName } from '../requirements/invariants'
import type { WorldParametersInput } from '../run/world-parameters'
import type { KitSteps } from './kit-steps'
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

/** A journey's own tags and those of the optional part its procedure belongs to. */
const pickleTags = (procedure: Pick<Procedure, 'invariants' | 'tags'>): string[] => [
  ...journeyTags(procedure),
  ...(procedure.tags ?? []),
]

/** A journey of a procedure the target does not offer: its Before hooks skipped it. */
export class NotOffered extends Error {}

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
    return this.act.text
  }
}

/** An act as a command of a journey. */
export const command = <K extends string, L extends Look>(act: Act<K, L>) => new ActCommand(act)

/**
 * One random journey against the target: a scenario of the kit's own steps, run step by step, with every invariant of
 * its procedure checked against what the target shows after each step. It writes down what it did, so a breach reads as
 * a scenario.
 */
export class Journey<K extends string = string, L extends Look = Look> {
  readonly lines: Line[] = []
  /** How many acts the journey took. */
  acts = 0
  private constructor(
    private readonly steps: KitSteps,
    private readonly procedure: Procedure<K, L>,
    readonly world: Scenario,
    readonly model: JourneyModel<L>,
    private readonly pickle: Parameters<KitSteps['end']>[1],
  ) {}

  /** A journey's world, its Before hooks run; `setUp` takes its starting steps. */
  static async open<K extends string, L extends Look>(
    steps: KitSteps,
    procedure: Procedure<K, L>,
    parameters: WorldParametersInput,
    start: JourneyStart,
    index: number,
  ): Promise<Journey<K, L>> {
    const pickle = {
      name: `${procedure.name} journey ${index}`,
      uri: 'explore',
      location: { line: index, column: 1 },
      tags: pickleTags(procedure).map((name) => ({ name })),
    }
    const { world, skipped } = await steps.begin(parameters, pickle)
    if (skipped) {
      await steps.end(world, pickle, true).catch(() => undefined)
      throw new NotOffered(`the target does not offer ${procedure.says}`)
    }
    const nothingYet = { shown: 'nothing', exists: false } as L
    return new Journey(
      steps,
      procedure,
      world,
      {
        contactIsAdmin: true,
        otherContactIsAdmin: false,
        version: start.version,
        emailOn: start.email === 'on',
        production: false,
        now: nothingYet,
      },
      pickle,
    )
  }

  /** Whether the target offers a procedure: a journey of it is opened, and ended at once. */
  static async offered(steps: KitSteps, procedure: Procedure, parameters: WorldParametersInput): Promise<boolean> {
    try {
      await (await Journey.open(steps, procedure, parameters, { version: '2.3.18', email: 'on' }, 0)).end(true)
      return true
    } catch (error) {
      if (error instanceof NotOffered) return false
      throw error
    }
  }

  /** The Givens every journey of its procedure starts from, and what the target shows after them. */
  async setUp(start: JourneyStart): Promise<void> {
    for (const text of this.procedure.startingSteps(start)) await this.#step(text)
    this.model.now = await this.procedure.look(this.world)
  }

  /** Takes one act, then checks every invariant against the target; a breach is thrown. */
  async take(act: Act<K, L>): Promise<void> {
    this.acts += 1
    // What the target showed after the last step: only an act of the journey changes it.
    const before = this.model.now
    const refusalsBefore = this.world.unassertedRefusals().length
    await this.#step(act.text)
    const refusals = this.world.unassertedRefusals()
    const refused = refusals.length > refusalsBefore
    const refusalStep = this.procedure.pairs.includes(act.kind)
      ? this.#pairStep()
      : refused
        ? `the request is refused as "${refusals.at(-1)!.code}"`
        : undefined
    if (refusalStep) await this.#step(refusalStep, 'refusal')
    act.change?.(this.model)
    const after = (this.model.now = await this.procedure.look(this.world))
    const breach = this.procedure.breachOf({
      act,
      model: this.model,
      before,
      after,
      refused,
      changed: before.shown !== after.shown,
      ...(refusalStep ? { refusalStep } : {}),
    })
    if (breach)
      throw new Breach(
        breach.invariant,
        breach.then,
        `${breach.detail} (before: ${before.shown}; after: ${after.shown})`,
      )
  }

  /** The After hooks: the calls the mocks could not answer, and refusals no step asserted, fail the journey here. */
  async end(passed: boolean): Promise<void> {
    await this.steps.end(this.world, this.pickle, passed)
  }

  /** A step of the kit, written down; a step that fails (a hook's check of the mail, say) is a breach. */
  async #step(text: string, kind: Line['kind'] = 'step'): Promise<void> {
    this.lines.push({ kind, text })
    try {
      await this.steps.run(this.world, text)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (message.startsWith('the target sent mail that no rule calls for'))
        throw new Breach('mail-as-the-rules-say', ['nobody else receives an email'], message)
      throw new Breach('step-failed', [], `the step "${text}" failed: ${message}`)
    }
  }

  /**
   * Two acts at the same moment: the kit's step that asserts one accepted and the other's refusal, when that is what
   * happened.
   */
  #pairStep(): string | undefined {
    const refusals = this.world.together().flatMap(({ outcome }) => (outcome.ok ? [] : [outcome.refusal]))
    return refusals.length === 1
      ? `exactly one of them is accepted, and the other is refused as "${refusals[0]!.code}"`
      : undefined
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
