import type { RequirementId } from '../requirements/catalog'
/**
 * What an event of a workflow stands for, in the procedures' words, and the requirements whose guards decide whether it
 * may happen. The state diagrams of CONTRACT.md and of the reports label each transition with them.
 */
export type EventRule = { says: string; guardedBy: readonly RequirementId[] }

/** A transition table: for each state, the state each event leads to; an event with no row cannot happen there. */
export type TransitionTable<State extends string, Event extends string> = Record<State, Partial<Record<Event, State>>>

/** The state after an event, or undefined when the event cannot happen in that state. */
export function nextState<State extends string, Event extends string>(
  table: TransitionTable<State, Event>,
  state: State,
  event: Event,
): State | undefined {
  return table[state][event]
}
