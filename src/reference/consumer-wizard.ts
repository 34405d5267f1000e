import { ConnectionSettings } from '../contract/connection.schema'
import type { CheckResult } from '../contract/pre-onboarding.schema'
import { acceptedUnless, accepted, refused, type Outcome, type Refusal } from '../contract/refusal.schema'
import { IssueToRevalidate, type RegistrationPage } from '../contract/registration-page.schema'
import type { Release } from '../requirements/requirement.schema'
import type { Clock } from './clock'
import { nextCardState, type CardEvent } from '../spec/connection-card.workflow'
import { maxOnlyWhileRestricted } from './connection-settings'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import { consumerUserAt } from './consumer-user'
import { failing, type PreOnboardingSuite } from './pre-onboarding.checks'
import type { ProviderStore, StoredConnection, StoredTask } from './provider-store'
import type { RegistrationUrls } from './registration-url'
import { refusal, type Guard, type Rules } from './rules'
import type { RequirementId } from '../requirements/catalog'
import type { PartOperations } from './call'

/** What the consumer's registration page needs from the rest of the reference. */
export type ConsumerWizardParts = {
  store: ProviderStore
  rules: Rules
  consumers: ConsumerInstanceClient
  suite: PreOnboardingSuite
  urls: RegistrationUrls
  clock: Clock
  release: Release
  /** Reads and gates the consumer's release (PC-40..PC-43). */
  consumerVersion: (origin: string) => Promise<Outcome<string | undefined>>
  /** Called once a registration completes, so that its task can close. */
  onboarded: (registration: RegistrationRecord) => void
}

/** What a registration URL leads to: a connection or a registration task. */
type RegistrationRecord = StoredConnection | StoredTask

/**
 * The consumer's side of a registration URL (CC; REG for a task's link): open it, Get Started to run the pre-onboarding
 * checks, Validate & resolve an issue, Start Registration. Only the named contact gets in.
 */
export class ConsumerWizard {
  constructor(private readonly parts: ConsumerWizardParts) {}

  /** The contact opens the registration URL, signed in to the consumer instance as an admin. */
  async open(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    const entered = await this.#enter(actorInput, registrationUrl)
    if (!entered.ok) return entered
    this.parts.rules.parts.onReopened(entered.value, this.parts.release)
    const opened = await this.#open(entered.value)
    return opened.ok ? accepted(this.#page(entered.value)) : opened
  }

  /** Get Started: runs the Pre-Onboarding suite and shows every result (CT-03). */
  async getStarted(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    const entered = await this.#enter(actorInput, registrationUrl)
    if (!entered.ok) return entered
    const registration = entered.value
    // opening again outside Pending moves nothing (the card's table has no row), and admits as the next step does
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (registration.pageState === 'Pending') {
      const opened = await this.#open(registration)
      // a contact refused here is refused by the same admission a moment later
      // Stryker disable next-line ConditionalExpression: for the reason above
      if (!opened.ok) return opened
    }
    const results = await this.parts.suite.run(registration.origin, registration.checks)
    const couldNotRun = this.parts.rules.firstRefusal([['CT-07', () => (results.ok ? undefined : results.refusal)]])
    if (couldNotRun) return { ok: false, refusal: couldNotRun }
    // Checks that could not run are reported as such (CT-07) before the contact is admitted again.
    const admitted = await this.#admit(registration)
    if (!admitted.ok) return admitted
    // results.ok always holds here, unless CT-07 is switched off (prove-faults)
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    if (results.ok) registration.checks = results.value
    // results.ok always holds here, unless CT-07 is switched off (prove-faults)
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    const failed = this.parts.rules.applies('CT-03', () => results.ok && failing(results.value).length > 0)
    this.#apply(registration, failed ? 'ChecksFailed' : 'ChecksPassed')
    return accepted(this.#page(registration))
  }

  /** Validate & resolve on one listed issue: that check runs again; the page is Validated once none fails (CT-06). */
  async validateAndResolve(
    actorInput: unknown,
    registrationUrl: unknown,
    issue: IssueToRevalidate,
  ): Promise<Outcome<RegistrationPage>> {
    const entered = await this.#enter(actorInput, registrationUrl)
    if (!entered.ok) return entered
    const registration = entered.value
    const admitted = await this.#admit(registration)
    if (!admitted.ok) return admitted
    const listed = registration.checks.find((result) => result.check === issue.check && result.status === 'failed')
    if (!listed) return refused('issue-not-found', `the page lists no open issue from the check ${issue.check}`)
    const results = await this.parts.suite.run(registration.origin, registration.checks)
    if (!results.ok) return results
    const fresh = results.value.find((result) => result.check === listed.check)!
    registration.checks = registration.checks.map((result): CheckResult =>
      result.check === listed.check ? fresh : result,
    )
    const stillFailing = this.parts.rules.applies('CT-06', () => failing(registration.checks).length > 0)
    // with an issue still failing, the page stays Validation Failed, as an event without a row leaves it
    // Stryker disable next-line StringLiteral: for the reason above
    this.#apply(registration, stillFailing ? 'ChecksFailed' : 'ChecksPassed')
    return accepted(this.#page(registration))
  }

  /** Start Registration: only once validated; completing it onboards the connection (CT-04, PC-32). */
  async startRegistration(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationPage>> {
    const entered = await this.#enter(actorInput, registrationUrl)
    if (!entered.ok) return entered
    const registration = entered.value
    const validated: Guard[] = [
      [
        'CT-04',
        () =>
          registration.pageState === 'Validated'
            ? undefined
            : refusal(
                'not-validated',
                `the pre-onboarding checks have not validated this registration; it is ${registration.pageState}`,
              ),
      ],
    ]
    const beforeWaiting = this.parts.rules.firstRefusal(validated)
    const admitted = await this.#admit(registration)
    if (!admitted.ok) return admitted
    // Decided again once the consumer instance has answered: a Start Registration pressed meanwhile may have completed
    // it.
    const { rules, clock } = this.parts
    const refusedBy = rules.parts.decidedAfterWaiting('CT-04', () => rules.firstRefusal(validated), beforeWaiting)
    if (refusedBy) {
      rules.parts.onStartRefused(registration, clock.now())
      return { ok: false, refusal: refusedBy }
    }
    registration.onboardedAt = rules.parts.onboardedAt(clock.now())
    rules.enact([
      ['PC-32', () => this.#apply(registration, 'RegistrationCompleted')],
      ['PC-34', () => (registration.tokenUsed = true)],
    ])
    this.parts.onboarded(registration)
    return accepted(this.#page(registration))
  }

  /**
   * Configure settings, the step after success (CC, steps 4 and 5): the named contact sets the connection's settings
   * once the registration is Onboarded, on the page of the URL that completed it.
   */
  async configureSettings(
    actorInput: unknown,
    registrationUrl: unknown,
    settings: ConnectionSettings,
  ): Promise<Outcome<ConnectionSettings>> {
    const entered = await this.afterSuccess(actorInput, registrationUrl, 'SET-01')
    if (!entered.ok) return entered
    const refusedBy = this.parts.rules.firstRefusal([maxOnlyWhileRestricted(settings)])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    entered.value.settings = settings
    return accepted({ ...entered.value.settings })
  }

  /**
   * What the consumer does on a connection after success (settings, authorized users): any admin of the consumer
   * instance, the named contact or another (the pages ask for the admin role only), once the registration is Onboarded;
   * the guards are named by the requirement served.
   */
  async afterSuccess(
    actorInput: unknown,
    registrationUrl: unknown,
    requirement: RequirementId,
  ): Promise<Outcome<RegistrationRecord>> {
    const registration = this.#registrationOf(registrationUrl)
    if (!registration)
      return refused('registration-url-unknown', 'this registration URL was not issued by this provider')
    const user = await consumerUserAt(this.parts.consumers, this.parts.rules, registration.origin, actorInput)
    if (!user.ok) return user
    const admin = await this.parts.consumers.isAdmin(registration.origin, user.value)
    if (!admin.ok) return admin
    const refusedBy = this.parts.rules.firstRefusal([
      [
        requirement,
        () =>
          admin.value
            ? undefined
            : refusal('not-consumer-admin', `${user.value} is not an admin of ${registration.origin}`),
      ],
      [
        requirement,
        () =>
          registration.pageState === 'Onboarded'
            ? undefined
            : refusal('not-onboarded', `this comes after the registration completes; it is ${registration.pageState}`),
      ],
    ])
    return acceptedUnless(refusedBy, registration)
  }

  /** The registration a URL names, if this provider issued it. */
  #registrationOf(registrationUrl: unknown): RegistrationRecord | undefined {
    const token = this.parts.urls.tokenIn(registrationUrl)
    return token === undefined ? undefined : this.parts.store.registrationWithToken(token)
  }

  /**
   * PC-30, PC-34, AUTH-02: the URL was issued and is unused, and the actor is its named contact, as the consumer
   * instance says by whose access token the request carries.
   */
  async #enter(actorInput: unknown, registrationUrl: unknown): Promise<Outcome<RegistrationRecord>> {
    const registration = this.#registrationOf(registrationUrl)
    if (!registration)
      return refused('registration-url-unknown', 'this registration URL was not issued by this provider')
    const user = await consumerUserAt(this.parts.consumers, this.parts.rules, registration.origin, actorInput)
    if (!user.ok) return user
    const contact = this.parts.store.contactOf(registration)
    const guards: Guard[] = [
      [
        'PC-34',
        () =>
          this.parts.rules.parts.urlUsedUp(registration)
            ? refusal('registration-url-used', 'this registration URL has already completed a registration')
            : undefined,
      ],
      [
        'PC-30',
        () =>
          user.value === contact.userName
            ? undefined
            : refusal('not-named-contact', 'only the contact the provider named can complete this registration'),
      ],
    ]
    const refusedBy = this.parts.rules.firstRefusal(guards)
    return acceptedUnless(refusedBy, registration)
  }

  /** Opening the URL: the contact is admitted, and the page moves as opening it does (CT-02). */
  async #open(registration: RegistrationRecord): Promise<Outcome<void>> {
    const admitted = await this.#admit(registration)
    if (!admitted.ok) return admitted
    this.parts.rules.enact([['CT-02', () => this.#apply(registration, 'UrlOpened')]])
    return accepted(undefined)
  }

  /**
   * PC-44, PC-31: the consumer's release is read again, and the contact must be an admin there (RD-02, RD-03), at every
   * step of the page, not only on opening it: a step called without the ones before it is held to the same rules.
   */
  async #admit(registration: RegistrationRecord): Promise<Outcome<void>> {
    const refusedBy = await this.parts.rules.firstRefusalInTurn([
      ['PC-44', () => this.#readVersion(registration)],
      ['PC-31', () => this.#contactIsAdmin(registration)],
    ])
    return acceptedUnless(refusedBy, undefined)
  }

  /** PC-44: the consumer's release, read again and gated; the connection keeps the version read. */
  async #readVersion(registration: RegistrationRecord): Promise<Refusal | undefined> {
    const version = await this.parts.consumerVersion(registration.origin)
    if (!version.ok) return version.refusal
    // the version read is undefined only while a rule of the version gate is switched off (prove-faults)
    // Stryker disable next-line ConditionalExpression: for the reason above
    if (version.value !== undefined) registration.appVersion = version.value
    return undefined
  }

  /** PC-31: the contact who completes the registration is an admin of the consumer instance. */
  async #contactIsAdmin(registration: RegistrationRecord): Promise<Refusal | undefined> {
    const contact = this.parts.store.contactOf(registration)
    const admin = await this.parts.consumers.isAdmin(registration.origin, contact.userName)
    if (!admin.ok) return admin.refusal
    return admin.value
      ? undefined
      : refusal(
          'contact-not-consumer-admin',
          `the contact who completes this registration must be an admin user in ${registration.origin}, and is not`,
        )
  }

  /** Moves the page as the card's table says; an event with no row leaves it where it is. */
  #apply(registration: RegistrationRecord, event: CardEvent): void {
    registration.pageState = nextCardState(registration.pageState, event) ?? registration.pageState
  }

  #page(registration: RegistrationRecord): RegistrationPage {
    const validated = registration.pageState === 'Validated'
    const unavailable = this.parts.rules.applies('CT-05', () => this.parts.release !== 'brazil') ? 'hidden' : 'disabled'
    return {
      provider: this.parts.store.providerRecord ?? '',
      company: this.parts.store.companyName(registration.companyId),
      instanceUrl: registration.origin,
      state: registration.pageState,
      checks: this.parts.rules.readings.checksShown(registration.checks).map((result) => ({ ...result })),
      startRegistration: validated ? 'enabled' : unavailable,
    }
  }
}

/** The registration page's operations of the contract. */
export const REGISTRATION_PAGE_OPERATIONS = {
  openRegistrationUrl: (wizard, { actor, body }) => wizard.open(actor, body.registrationUrl),
  getStarted: (wizard, { actor, body }) => wizard.getStarted(actor, body.registrationUrl),
  validateAndResolve: (wizard, { actor, body }) =>
    wizard.validateAndResolve(actor, body.registrationUrl, { check: body.check }),
  startRegistration: (wizard, { actor, body }) => wizard.startRegistration(actor, body.registrationUrl),
  configureSettings: (wizard, { actor, body }) => wizard.configureSettings(actor, body.registrationUrl, body.settings),
} satisfies PartOperations<ConsumerWizard>
