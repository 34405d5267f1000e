import type { ConnectionCard } from '../contract/connection.schema'
import type { ExchangeWorld } from '../../steps/support/world'
import { INVARIANTS, type InvariantName } from '../requirements/invariants'
import type { WorldParametersInput } from '../run/world-parameters'
import type { KitSteps } from './kit-steps'
import { breachOf } from './invariants'

/** How a journey starts: the consumer instance's release and whether email notifications are on. */
export type JourneyStart = { version: string; email: 'on' | 'off' }

/**
 * What the explorer knows of the consumer's side, which it changes itself: the facts a rule of the
 * documents turns on. What the target holds it reads back from the target after every step.
 */
export type JourneyModel = { contactIsAdmin: boolean; otherContactIsAdmin: boolean; version: string; hasConnection: boolean }

/** Who acts in a step, as far as the invariants care. */
export type ActKind = 'create' | 'non-admin-creates' | 'create-pair' | 'contact-completes' | 'contact-starts' | 'other-contact-completes' | 'anonymous-completes' | 'page' | 'consumer-instance' | 'provider-setup'

/** One act of a journey: a step of the kit's language, what kind of act it is, and what it changes in the model. */
export type Act = {
  text: string
  kind: ActKind
  /** The act is one call of the target, so a refusal of it must leave everything as it was. */
  single?: true
  /** Only with a connection to act on (or only without one, for `false`). */
  needsConnection?: boolean
  change?: (model: JourneyModel) => void
}

/** A safety rule a step broke: which, the step of the kit that asserts it (if one does), and what was seen. */
export class Breach extends Error {
  constructor(
    readonly invariant: InvariantName | 'step-failed',
    /** The steps of the kit that assert the rule after the act that broke it: the refusal the rule calls for, then the state. */
    readonly then: string[],
    detail: string,
  ) {
    super(detail)
  }
}

/** One line of the scenario a journey writes as it goes: a step it took, or the assertion of a refusal it met. */
type Line = { kind: 'step' | 'refusal'; text: string }

/** The cards in a few words, for a breach's message. */
const shown = (cards: ConnectionCard[]): string => cards.map((card) => `${card.number} ${card.state}`).join(', ') || 'no connection'

/** The Givens every journey starts from, in the kit's step language. */
export const startingSteps = (start: JourneyStart): string[] => [
  'a provider admin',
  `a consumer company whose contact is an admin of its instance on Service Exchange ${start.version}`,
  'another consumer company with its own contact and instance',
  'a provider user without the admin role',
  'KMF on the provider instance is Operational',
  `email notifications are ${start.email}`,
]

/** The tags every journey runs under: the requirements the invariants stand for. */
export const journeyTags = (): string[] => [...new Set(Object.values(INVARIANTS).flatMap((invariant) => invariant.requirements))].map((id) => `@req:${id}`)

/**
 * One random journey against the target: a scenario of the kit's own steps, run step by step, with every
 * invariant checked against what the target reports after each step. It writes down what it did, so a breach
 * reads as a scenario.
 */
export class Journey {
  readonly lines: Line[] = []
  /** How many acts the journey took. */
  acts = 0
  /** The consumer's cards as the target showed them after the last step: only an act of the journey changes them. */
  #cardsNow: ConnectionCard[] = []
  private constructor(
    private readonly steps: KitSteps,
    readonly world: ExchangeWorld,
    readonly model: JourneyModel,
    private readonly pickle: Parameters<KitSteps['end']>[1],
  ) {}

  /** A journey's world, its Before hooks run; `setUp` takes its starting steps. */
  static async open(steps: KitSteps, parameters: WorldParametersInput, start: JourneyStart, index: number): Promise<Journey> {
    const pickle = { name: `journey ${index}`, uri: 'explore', location: { line: index, column: 1 }, tags: journeyTags().map((name) => ({ name })) }
    const world = await steps.begin(parameters, pickle)
    return new Journey(steps, world, { contactIsAdmin: true, otherContactIsAdmin: false, version: start.version, hasConnection: false }, pickle)
  }

  /** The Givens every journey starts from, and the cards the target shows after them. */
  async setUp(start: JourneyStart): Promise<void> {
    for (const text of startingSteps(start)) await this.#step(text)
    this.#cardsNow = await this.#cards()
  }

  /** Takes one act, then checks every invariant against the target; a breach is thrown. */
  async take(act: Act): Promise<void> {
    this.acts += 1
    const before = this.#cardsNow
    const refusalsBefore = this.world.unassertedRefusals().length
    await this.#step(act.text)
    const refusals = this.world.unassertedRefusals()
    const refused = refusals.length > refusalsBefore
    const refusalStep = act.kind === 'create-pair' ? this.#pairStep() : refused ? `the request is refused as "${refusals.at(-1)!.code}"` : undefined
    if (refusalStep) await this.#step(refusalStep, 'refusal')
    act.change?.(this.model)
    const after = (this.#cardsNow = await this.#cards())
    this.model.hasConnection = after.length > 0
    const breach = breachOf({ act, model: this.model, before: before[0]?.state, after: after[0]?.state, count: after.length, refused, changed: shown(before) !== shown(after), ...(refusalStep ? { refusalStep } : {}) })
    if (breach) throw new Breach(breach.invariant, breach.then, `${breach.detail} (the cards were ${shown(before)}, and are ${shown(after)})`)
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
      if (message.startsWith('the target sent mail that no rule calls for')) throw new Breach('mail-as-the-rules-say', ['nobody else receives an email'], message)
      throw new Breach('step-failed', [], `the step "${text}" failed: ${message}`)
    }
  }

  /** Two acts at the same moment: the kit's step that asserts one accepted and the other's refusal, when that is what happened. */
  #pairStep(): string | undefined {
    const refusals = this.world.together().flatMap(({ outcome }) => (outcome.ok ? [] : [outcome.refusal]))
    return refusals.length === 1 ? `exactly one of them is accepted, and the other is refused as "${refusals[0]!.code}"` : undefined
  }

  /** The consumer's connection cards, as the provider admin sees them now. */
  async #cards(): Promise<ConnectionCard[]> {
    const company = this.world.consumer().companyName
    return (await this.world.allCards()).filter((card) => card.company === company)
  }

  /** The journey so far as a scenario of the kit's steps: what came before the last act is its Givens. */
  scenario(breach: Breach, header: string[]): string {
    const lastAct = this.lines.findLastIndex((line) => line.kind === 'step')
    const keyword = (index: number) => (index === 0 ? 'Given' : index === lastAct ? 'When' : index === lastAct + 1 ? 'Then' : 'And')
    // The refusal the journey met at its last act is the one the rule calls for: the breach's steps say it whatever the target answered.
    const lines = [...this.lines.slice(0, lastAct + 1).map((line) => line.text), ...breach.then]
    const body = lines.map((text, index) => `    ${keyword(index)} ${text}`)
    const requirements = breach.invariant === 'step-failed' ? journeyTags() : INVARIANTS[breach.invariant].requirements.map((id) => `@req:${id}`)
    return [...header.map((line) => `  # ${line}`), `  ${requirements.join(' ')}`, `  Scenario: ${breach.invariant === 'step-failed' ? 'a step of a random journey failed' : INVARIANTS[breach.invariant].says}`, ...body].join('\n')
  }
}
