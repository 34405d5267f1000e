import {
  CustomerIntegration,
  LegacyRegistrationRequest,
  RegistrationCase,
  SubscriptionDecision,
} from '../contract/legacy.schema'
import { accepted, refused, type Outcome, type Refusal } from '../contract/refusal.schema'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import { consumerUserAt } from './consumer-user'
import { readInstanceUrl } from './instance-url'
import {
  INITIAL_LEGACY_STATE,
  nextLegacyState,
  subscriptionStateIn,
  type LegacyEvent,
} from '../spec/legacy-integration.workflow'
import type { MailClient } from './mail.client'
import { caseOf, integrationOf } from './legacy-views'
import { actingAdmin } from './provider-admin'
import { nextNumber, type ProviderStore, type StoredLegacyRegistration } from './provider-store'
import { readRequest } from './registration-request'
import { refusal, type Guard, type Rules } from './rules'
import { GUIDANCE, INSTALLATION_GUIDANCE, installationMail } from './legacy-guidance'
import type { RequirementId } from '../requirements/catalog'
import type { PartOperations } from './call'

/** What the legacy onboarding needs from the rest of the reference. */
export type LegacyOnboardingParts = {
  store: ProviderStore
  rules: Rules
  consumers: ConsumerInstanceClient
  mail: MailClient
  /** Where the provider instance is reached; the approval link in the work notes starts with it. */
  baseUrl: string
}

/**
 * Legacy Service Bridge onboarding (S2), both parties: the provider's registration case and Replication Subscription,
 * and the customer instance's provider record and replication set.
 */
export class LegacyOnboarding {
  constructor(private readonly parts: LegacyOnboardingParts) {}

  // The provider instance.

  /** A provider admin submits the Service Bridge Registration request; a case is created automatically. */
  async submitRegistration(actorInput: unknown, input: LegacyRegistrationRequest): Promise<Outcome<RegistrationCase>> {
    const { store, rules } = this.parts
    const admin = actingAdmin(store, rules, 'LEG-01', actorInput)
    if (!admin.ok) return admin
    const { accountId, contactId, customerInstanceUrl, customerInstanceId } = input
    const { origin, preconditions } = readRequest(
      store,
      { companyId: accountId, contactId, instanceUrl: customerInstanceUrl },
      {
        providerRecord: 'LEG-02',
        company: 'LEG-04',
        contact: 'LEG-04',
        instanceUrl: 'LEG-04',
      },
      rules,
    )
    // An instance with no registration yet, or only a rejected one, may be registered.
    const notRegistered: Guard = [
      'LEG-07',
      () =>
        (this.#latest(origin)?.state ?? 'Rejected') !== 'Rejected'
          ? refusal('registration-exists', `${origin} already has a Service Bridge registration`)
          : undefined,
    ]
    const guards: Guard[] = [
      ...preconditions,
      [
        'LEG-03',
        () =>
          store.producerReplicationSet
            ? undefined
            : refusal(
                'producer-replication-set-missing',
                'create the producer replication set before registering customers',
              ),
      ],
      notRegistered,
    ]
    const refusedBy = rules.firstRefusal(guards)
    if (refusedBy) return { ok: false, refusal: refusedBy }
    const notItself = await rules.firstRefusalInTurn([['LEG-04', () => this.#namesItself(origin, customerInstanceId)]])
    if (notItself) return { ok: false, refusal: notItself }
    // Another registration of the same instance may have been stored while the customer instance answered.
    const refusedLate = rules.parts.decidedAfterWaiting('LEG-07', () => rules.firstRefusal([notRegistered]), undefined)
    if (refusedLate) return { ok: false, refusal: refusedLate }
    return accepted(caseOf(this.parts.store, await this.#openCase(accountId, contactId, origin)))
  }

  /** The registration case, with the installation guidance (LEG-05); its contact is told (LEG-06). */
  async #openCase(accountId: string, contactId: string, origin: string): Promise<StoredLegacyRegistration> {
    const { store, rules } = this.parts
    const registration: StoredLegacyRegistration = {
      caseNumber: nextNumber('CS', store.legacy.length),
      accountId,
      contactId,
      origin,
      state: INITIAL_LEGACY_STATE,
      // the guidance in words, which a fair kit never asserts; the kit asserts the guidance the case carries as facts
      // Stryker disable next-line ArrayDeclaration: for the reason above
      workNotes: [],
    }
    rules.enact([
      [
        'LEG-05',
        () => {
          registration.workNotes.push(...GUIDANCE)
          registration.guidance = INSTALLATION_GUIDANCE
        },
      ],
    ])
    store.legacy.push(registration)
    await rules.enactInTurn([['LEG-06', () => this.#notifyContact(registration)]])
    return registration
  }

  /** LEG-04: the instance ID given is the one the customer instance reports as its own. */
  async #namesItself(origin: string, customerInstanceId: string): Promise<Refusal | undefined> {
    const instanceId = await this.parts.consumers.instanceId(origin)
    if (!instanceId.ok) return instanceId.refusal
    return instanceId.value.toLowerCase() === customerInstanceId.toLowerCase()
      ? undefined
      : refusal('instance-id-mismatch', `${origin} has another instance ID than the one given`)
  }

  /** The registration case, with its work notes and the subscription once the customer asked for one. */
  viewCase(actorInput: unknown, caseNumber: unknown): Outcome<RegistrationCase> {
    const admin = actingAdmin(this.parts.store, this.parts.rules, 'LEG-01', actorInput)
    if (!admin.ok) return admin
    const registration = this.parts.store.legacy.find((candidate) => candidate.caseNumber === caseNumber)
    if (!registration)
      return refused('registration-case-not-found', `no registration case is numbered ${String(caseNumber)}`)
    return accepted(caseOf(this.parts.store, registration))
  }

  /** The provider admin approves or rejects the case's Replication Subscription; only Yes in the dialog decides. */
  decideSubscription(actorInput: unknown, caseNumber: unknown, input: SubscriptionDecision): Outcome<RegistrationCase> {
    const { store, rules } = this.parts
    const admin = actingAdmin(store, rules, 'LEG-10', actorInput)
    if (!admin.ok) return admin
    const registration = store.legacy.find((candidate) => candidate.caseNumber === caseNumber)
    if (!registration)
      return refused('registration-case-not-found', `no registration case is numbered ${String(caseNumber)}`)
    const { decision, confirmed } = input
    const refusedBy = rules.firstRefusal([
      [
        'LEG-10',
        () =>
          registration.state === 'Registration Submitted'
            ? refusal(
                'subscription-not-requested',
                'the customer has not created its provider record, so there is no subscription to decide',
              )
            : undefined,
      ],
      // the second test matters only when this guard comes first, in the reversed refusal order (FREE-08) that npm run
      // prove-fairness runs
      // Stryker disable ConditionalExpression,StringLiteral: for the reason above
      [
        'LEG-13',
        () =>
          registration.state !== 'Awaiting Approval' && registration.state !== 'Registration Submitted'
            ? refusal(
                'subscription-already-decided',
                `the subscription was already decided: it is ${subscriptionStateIn[registration.state]}`,
              )
            : undefined,
      ],
    ])
    // Stryker restore ConditionalExpression,StringLiteral
    if (refusedBy) return { ok: false, refusal: refusedBy }
    // No in the confirmation dialog: nothing changes (S2, approve step 6).
    if (rules.applies('LEG-10', () => !confirmed)) return accepted(caseOf(this.parts.store, registration))
    if (decision === 'approve') this.#apply(registration, 'SubscriptionApproved')
    else rules.enact([['LEG-11', () => this.#apply(registration, 'SubscriptionRejected')]])
    return accepted(caseOf(this.parts.store, registration))
  }

  // The customer instance.

  /** The customer admin creates a provider record in the customer instance; it asks the provider for a subscription. */
  async createProviderRecord(actorInput: unknown, customerInstanceUrl: unknown): Promise<Outcome<CustomerIntegration>> {
    const found = await this.#customer(actorInput, customerInstanceUrl, 'LEG-08')
    if (!found.ok) return found
    const { origin, registration } = found.value
    const { rules } = this.parts
    if (!registration) return rules.parts.providerRecordUnregistered(origin)
    const refusedBy = rules.firstRefusal([
      [
        'LEG-13',
        () =>
          registration.state === 'Registration Submitted'
            ? undefined
            : refusal('provider-record-exists', `${origin} already has its provider record`),
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    this.#apply(registration, 'ProviderRecordCreated')
    registration.subscriptionNumber = nextNumber(
      'RS',
      this.parts.store.legacy.filter((other) => other.subscriptionNumber).length,
    )
    rules.enact([
      [
        'LEG-09',
        () =>
          registration.workNotes.push(
            `The customer asked for a Replication Subscription; approve it here: ${this.#subscriptionLink(registration)}`,
          ),
      ],
    ])
    return accepted(integrationOf(origin, registration))
  }

  /** The customer admin activates the replication set; only an approved subscription establishes the integration. */
  async activateReplicationSet(
    actorInput: unknown,
    customerInstanceUrl: unknown,
  ): Promise<Outcome<CustomerIntegration>> {
    const found = await this.#customer(actorInput, customerInstanceUrl, 'LEG-12')
    if (!found.ok) return found
    const { origin, registration } = found.value
    if (!registration) {
      return refused(
        'registration-not-initiated',
        `no Service Bridge registration was initiated on the provider for ${origin}`,
      )
    }
    const refusedBy = this.parts.rules.firstRefusal([
      [
        'LEG-12',
        () =>
          registration.state === 'Registration Submitted'
            ? refusal(
                'subscription-not-requested',
                'create the provider record first: it asks the provider for the subscription',
              )
            : undefined,
      ],
      [
        'LEG-12',
        () =>
          registration.state === 'Awaiting Approval'
            ? refusal('subscription-not-approved', 'the provider has not approved the Replication Subscription yet')
            : undefined,
      ],
      [
        'LEG-11',
        () =>
          registration.state === 'Rejected'
            ? refusal('subscription-rejected', 'the provider rejected the Replication Subscription')
            : undefined,
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    // The table has no row for an active set, so activating it again changes nothing (LEG-13).
    this.#apply(registration, 'ReplicationSetActivated')
    this.parts.rules.parts.onActivated(registration)
    return accepted(integrationOf(origin, registration))
  }

  /** What the customer instance shows of the integration. */
  async viewIntegration(actorInput: unknown, customerInstanceUrl: unknown): Promise<Outcome<CustomerIntegration>> {
    const found = await this.#customer(actorInput, customerInstanceUrl, 'LEG-12')
    if (!found.ok) return found
    return accepted(integrationOf(found.value.origin, found.value.registration))
  }

  /** The actor must be an admin of the customer instance, signed in to it: the provider learns both by asking it. */
  async #customer(
    actorInput: unknown,
    customerInstanceUrl: unknown,
    requirement: RequirementId,
  ): Promise<Outcome<{ origin: string; registration?: StoredLegacyRegistration }>> {
    // the customer's instance is named by the request itself; a malformed one is a request outside its schema, which
    // npm test's fuzz sends
    // Stryker disable next-line ConditionalExpression: for the reason above
    const url = readInstanceUrl(
      typeof customerInstanceUrl === 'string' ? customerInstanceUrl : '',
      this.parts.rules.readings.addressOnly,
    )
    // the customer's instance is named by the request itself; a malformed one is a request outside its schema, which
    // npm test's fuzz sends
    // Stryker disable ConditionalExpression: for the reason above
    if (!url.ok)
      return refused(
        'instance-url-malformed',
        `"${String(customerInstanceUrl)}" is not an instance URL: ${url.problem}`,
      )
    // Stryker restore ConditionalExpression
    const user = await consumerUserAt(this.parts.consumers, this.parts.rules, url.origin, actorInput)
    if (!user.ok) return user
    const refusedBy = await this.parts.rules.firstRefusalInTurn([
      [requirement, () => this.#customerAdmin(url.origin, user.value)],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    const registration = this.#latest(url.origin)
    return accepted({ origin: url.origin, ...(registration ? { registration } : {}) })
  }

  /** The acting user must be an admin of the customer instance, as that instance says. */
  async #customerAdmin(origin: string, userName: string): Promise<Refusal | undefined> {
    const admin = await this.parts.consumers.isAdmin(origin, userName)
    if (!admin.ok) return admin.refusal
    return admin.value ? undefined : refusal('not-customer-admin', `${userName} is not an admin of ${origin}`)
  }

  /** The most recent registration of a customer instance. */
  #latest(origin: string): StoredLegacyRegistration | undefined {
    return this.parts.store.legacy.findLast((registration) => registration.origin === origin)
  }

  #apply(registration: StoredLegacyRegistration, event: LegacyEvent): void {
    registration.state = nextLegacyState(registration.state, event) ?? registration.state
  }

  #subscriptionLink(registration: StoredLegacyRegistration): string {
    return `${this.parts.baseUrl}/sx/replication-subscription/${registration.subscriptionNumber}`
  }

  /** LEG-06: the customer contact learns how to install the application and complete the registration. */
  async #notifyContact(registration: StoredLegacyRegistration): Promise<void> {
    const { store } = this.parts
    await this.parts.mail.send(installationMail(store.contactOf(registration), store.providerRecord, registration))
  }
}

/** Legacy Service Bridge onboarding's operations of the contract: the provider instance's, then the customer's. */
export const LEGACY_OPERATIONS = {
  submitServiceBridgeRegistration: (legacy, { actor, body }) => legacy.submitRegistration(actor, body),
  viewRegistrationCase: (legacy, { actor, number }) => legacy.viewCase(actor, number),
  decideSubscription: (legacy, { actor, number, body }) => legacy.decideSubscription(actor, number, body),
  createProviderRecordInCustomerInstance: (legacy, { actor, body }) =>
    legacy.createProviderRecord(actor, body.customerInstanceUrl),
  activateReplicationSet: (legacy, { actor, body }) => legacy.activateReplicationSet(actor, body.customerInstanceUrl),
  viewCustomerIntegration: (legacy, { actor, query }) => legacy.viewIntegration(actor, query.customerInstanceUrl),
} satisfies PartOperations<LegacyOnboarding>
