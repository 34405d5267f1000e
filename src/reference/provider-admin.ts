import { Actor } from '../contract/actor.schema'
import { parseInput } from '../contract/parse-input'
import { acceptedUnless, refused, type Outcome } from '../contract/refusal.schema'
import type { ProviderStore, StoredUser } from './provider-store'
import { SB_ADMIN_ROLES } from '../contract/provider-setup.schema'
import { refusal, type Guard, type Rules } from './rules'
import type { RequirementId } from '../requirements/catalog'
export { ADMIN_ROLE } from './parts'

/**
 * The user a request acts as, who must be a user of this instance signing in with their own password (AUTH-01):
 * in-process as over HTTP, a name alone establishes nobody.
 */
export function signedInUser(store: ProviderStore, rules: Rules, actorInput: unknown): Outcome<StoredUser> {
  const actor = parseInput(Actor, actorInput)
  // an actor outside its schema, which no scenario sends; npm test's fuzz (src/cli/fuzz.test.ts) sends thousands and
  // fails any 5xx or change a refusal makes
  // Stryker disable next-line ConditionalExpression: for the reason above
  if (!actor.ok) return actor
  const user = store.userNamed(actor.value.userName)
  if (!user) return refused('unknown-user', `no user is named ${actor.value.userName}`)
  const refusedBy = rules.firstRefusal([
    [
      'AUTH-01',
      () =>
        user.password === actor.value.password ? undefined : refusal('sign-in-failed', 'the password does not match'),
    ],
  ])
  return acceptedUnless(refusedBy, user)
}

/** The acting user, who must be signed in and hold the admin role; the rule is named by the requirement it serves. */
export function actingAdmin(
  store: ProviderStore,
  rules: Rules,
  requirement: RequirementId,
  actorInput: unknown,
): Outcome<StoredUser> {
  const signedIn = signedInUser(store, rules, actorInput)
  if (!signedIn.ok) return signedIn
  const user = signedIn.value
  const refusedBy = rules.firstRefusal([
    [
      requirement,
      () =>
        rules.parts.holdsAdmin(user.roles)
          ? undefined
          : refusal('not-admin', `${user.userName} does not hold the admin role`),
    ],
  ])
  return acceptedUnless(refusedBy, user)
}

/** The guard of a step that needs both admin and sn_sb.admin (NEWPROV, OFF-C), named by its requirement. */
export function sbAdminGuard(requirement: RequirementId, user: StoredUser, rules: Rules, doing: string): Guard {
  const required = rules.parts.rolesRequired(requirement, SB_ADMIN_ROLES)
  const missing = required.filter((role) => !user.roles.includes(role))
  return [
    requirement,
    () =>
      missing.length === 0
        ? undefined
        : refusal('sb-admin-roles-missing', `${user.userName} lacks ${missing.join(' and ')}, which ${doing} requires`),
  ]
}
