import type { CardState } from './states'
import type { Release } from '../requirements/requirement.schema'
import { nextState, type EventRule } from './workflow'

/** What can happen to a connection card; each is a fact in the past tense. */
export type CardEvent = 'UrlOpened' | 'ChecksPassed' | 'ChecksFailed' | 'RegistrationCompleted'

/**
 * The connection card of the Provider Center, which is also the state of the consumer's registration page (CT, CC).
 * Pending exists in Brazil only; in Australia a card starts in Awaiting Validation and opening the URL has no row, so
 * it leaves the card where it is. Validation Failed goes straight to Validated once every issue is resolved (RD-06).
 */
export const connectionCard = {
  Pending: { UrlOpened: 'Awaiting Validation' },
  'Awaiting Validation': { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed' },
  'Validation Failed': { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed' },
  Validated: { ChecksPassed: 'Validated', ChecksFailed: 'Validation Failed', RegistrationCompleted: 'Onboarded' },
  Onboarded: {},
} as const satisfies Record<CardState, Partial<Record<CardEvent, CardState>>>

/** The state a new card starts in: CT-australia "request created, checks not started"; CT-brazil Pending. */
export const initialCardState = (release: Release): CardState =>
  release === 'brazil' ? 'Pending' : 'Awaiting Validation'

/** The state after an event, or undefined when the event cannot happen in that state. */
export const nextCardState = (state: CardState, event: CardEvent): CardState | undefined =>
  nextState<CardState, CardEvent>(connectionCard, state, event)

/**
 * Every step of the registration page admits the actor first: the named contact, an admin there, on a release allowed,
 * with an unused URL.
 */
export const pageAdmission: EventRule = {
  says: 'every step of the registration page admits the contact first',
  guardedBy: ['PC-30', 'PC-31', 'PC-34', 'PC-44'],
}

/** How a card comes to be: a provider admin creates the connection. */
export const cardCreated: EventRule = {
  says: 'connection created',
  guardedBy: ['PC-01', 'PC-04', 'PC-05', 'PC-06', 'PC-07', 'PC-08', 'PC-09', 'PC-10', 'PC-11', 'PC-40'],
}

/** The events of the card, and the guards each passes through. */
export const cardEventRules: Record<CardEvent, EventRule> = {
  UrlOpened: { says: 'contact opened the URL', guardedBy: ['CT-02'] },
  ChecksPassed: { says: 'every check passed', guardedBy: ['CT-03', 'CT-05', 'CT-06'] },
  ChecksFailed: {
    says: 'a check failed',
    guardedBy: ['CT-03', 'CT-06', 'VAL-01', 'VAL-02', 'VAL-03', 'VAL-04', 'VAL-05', 'VAL-06'],
  },
  RegistrationCompleted: { says: 'Start Registration', guardedBy: ['CT-04', 'PC-32'] },
}
