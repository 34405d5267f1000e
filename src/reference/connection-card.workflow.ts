import type { CardState } from '../contract/connection.schema'

/** What can happen to a connection card; each is a fact in the past tense. */
export type CardEvent = 'ChecksPassed' | 'ChecksFailed' | 'AllIssuesResolved' | 'RegistrationCompleted'

/** The connection card of the Provider Center (CT-australia): which event moves which state where. */
export const connectionCard = {
  'Awaiting Validation': { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed' },
  'Validation Failed': { AllIssuesResolved: 'Validated' },
  Validated: { RegistrationCompleted: 'Onboarded' },
  Onboarded: {},
} as const satisfies Record<CardState, Partial<Record<CardEvent, CardState>>>

/** The state a new card starts in (CT-australia: the request exists, no check has run). */
export const INITIAL_CARD_STATE = 'Awaiting Validation' satisfies CardState

/** The state after an event, or undefined when the event cannot happen in that state. */
export function nextCardState(state: CardState, event: CardEvent): CardState | undefined {
  const row: Partial<Record<CardEvent, CardState>> = connectionCard[state]
  return row[event]
}
