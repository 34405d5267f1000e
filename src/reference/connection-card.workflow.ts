import type { CardState } from '../contract/connection.schema'
import type { Release } from '../requirements/requirement.schema'

/** What can happen to a connection card; each is a fact in the past tense. */
export type CardEvent = 'UrlOpened' | 'ChecksPassed' | 'ChecksFailed' | 'RegistrationCompleted'

/**
 * The connection card of the Provider Center, which is also the state of the consumer's registration page
 * (CT, CC). Pending exists in Brazil only; in Australia a card starts in Awaiting Validation and opening the
 * URL has no row, so it leaves the card where it is. Validation Failed goes straight to Validated once every
 * issue is resolved (RD-06).
 */
export const connectionCard = {
  Pending: { UrlOpened: 'Awaiting Validation' },
  'Awaiting Validation': { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed' },
  'Validation Failed': { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed' },
  Validated: { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed', RegistrationCompleted: 'Onboarded' },
  Onboarded: {},
} as const satisfies Record<CardState, Partial<Record<CardEvent, CardState>>>

/** The state a new card starts in: CT-australia "request created, checks not started"; CT-brazil Pending. */
export const initialCardState = (release: Release): CardState => (release === 'brazil' ? 'Pending' : 'Awaiting Validation')

/** The state after an event, or undefined when the event cannot happen in that state. */
export function nextCardState(state: CardState, event: CardEvent): CardState | undefined {
  const row: Partial<Record<CardEvent, CardState>> = connectionCard[state]
  return row[event]
}
