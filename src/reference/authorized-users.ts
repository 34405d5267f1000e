import { AuthorizedUserActivity, AuthorizedUserAdded, type AuthorizedUser } from '../contract/authorized-user.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import type { ConsumerInstanceClient } from './consumer-instance.client'
import type { ConsumerWizard } from './consumer-wizard'
import { newId, type ProviderStore, type Registration } from './provider-store'
import { refusal, type Guard, type Rules } from './rules'
import type { PartOperations } from './call'

/**
 * A connection's authorized users (AUTH-USERS, ADD-AUTH-USER): the contacts of the consumer's account from the first
 * registration on, and whoever the consumer adds. The provider manages their approval, the consumer whether each is
 * active, within the maximum the settings may set.
 */
export class AuthorizedUsers {
  constructor(
    private readonly parts: {
      store: ProviderStore
      rules: Rules
      consumers: ConsumerInstanceClient
      wizard: ConsumerWizard
    },
  ) {}

  /**
   * AU-01: at the first registration (a registration completes once), the active contacts of the account become
   * authorized users.
   */
  registered(registration: Registration): void {
    const { store, rules } = this.parts
    rules.enact([
      [
        'AU-01',
        () => {
          for (const user of store.users.values()) {
            if (user.companyId === registration.companyId && rules.parts.authorizedAtFirst(user))
              registration.authorizedUsers.push({
                id: newId(),
                user: user.userName,
                approval: 'Approved',
                active: true,
              })
          }
        },
      ],
    ])
  }

  /**
   * The consumer's contact adds a user of their instance, saved and activated (AU-03): approved at once when the
   * settings approve authorized users by themselves, and otherwise awaiting the provider (RD-16).
   */
  async add(actorInput: unknown, input: AuthorizedUserAdded): Promise<Outcome<AuthorizedUser>> {
    const entered = await this.#enter(actorInput, input)
    if (!entered.ok) return entered
    const {
      registration,
      form: { userName },
    } = entered.value
    const refusedBy = this.parts.rules.firstRefusal([
      [
        'AU-03',
        () =>
          registration.authorizedUsers.some((existing) => existing.user === userName)
            ? refusal('authorized-user-exists', `${userName} is an authorized user of this connection already`)
            : undefined,
      ],
      withinMaximum(registration),
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    const awaitsApproval = this.parts.rules.applies('AU-03', () => !registration.settings.autoApproveAuthorizedUsers)
    const added: AuthorizedUser = {
      id: newId(),
      user: userName,
      approval: awaitsApproval ? 'Requested' : 'Approved',
      active: true,
    }
    // a target may ask the consumer instance about the user it adds: then it must check again once it has its answer
    return this.parts.rules.parts.recordedOnceChecked(
      () => {
        registration.authorizedUsers.push(added)
        return accepted({ ...added })
      },
      () => this.parts.consumers.isAdmin(registration.origin, userName),
    )
  }

  /** The consumer activates or deactivates an authorized user (AU-03), never beyond the maximum (AU-04). */
  async setActive(actorInput: unknown, input: AuthorizedUserActivity): Promise<Outcome<AuthorizedUser>> {
    const entered = await this.#enter(actorInput, input)
    if (!entered.ok) return entered
    const { registration, form } = entered.value
    const authorized = registration.authorizedUsers.find((candidate) => candidate.id === form.id)
    if (!authorized) return refused('authorized-user-not-found', `this connection has no authorized user ${form.id}`)
    const activating = form.active && !authorized.active
    const refusedBy = activating ? this.parts.rules.firstRefusal([withinMaximum(registration)]) : undefined
    if (refusedBy) return { ok: false, refusal: refusedBy }
    authorized.active = form.active
    return accepted({ ...authorized })
  }

  /** A consumer's request on authorized users, with the registration its URL names entered after success. */
  async #enter<F extends { registrationUrl: string }>(
    actorInput: unknown,
    form: F,
  ): Promise<Outcome<{ form: F; registration: Registration }>> {
    const entered = await this.parts.wizard.afterSuccess(actorInput, form.registrationUrl, 'AU-03')
    return entered.ok ? accepted({ form, registration: entered.value }) : entered
  }
}

/** AU-04: with a maximum set, one more active authorized user must still be within it. */
function withinMaximum(registration: Registration): Guard {
  const { restrictAuthorizedUsers, maxAuthorizedUsers } = registration.settings
  const active = registration.authorizedUsers.filter((authorized) => authorized.active).length
  return [
    'AU-04',
    () =>
      restrictAuthorizedUsers && maxAuthorizedUsers !== undefined && active >= maxAuthorizedUsers
        ? refusal(
            'authorized-users-limit-reached',
            `this connection may have at most ${maxAuthorizedUsers} active authorized users`,
          )
        : undefined,
  ]
}

/** The consumer's operations of the contract on its authorized users. */
export const AUTHORIZED_USER_OPERATIONS = {
  addAuthorizedUser: (users, { actor, body }) => users.add(actor, body),
  setAuthorizedUserActive: (users, { actor, body }) => users.setActive(actor, body),
} satisfies PartOperations<AuthorizedUsers>
