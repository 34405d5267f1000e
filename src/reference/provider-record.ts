import { ProviderRecordForm, type ProviderRecord } from '../contract/provider-setup.schema'
import { accepted, refused, type Outcome } from '../contract/refusal.schema'
import { sbAdminGuard, signedInUser } from './provider-admin'
import type { ProviderStore } from './provider-store'
import { refusal, type Rules } from './rules'

/**
 * The provider admin sets up the provider record (NEWPROV): a user holding admin and sn_sb.admin, once, under a name of
 * letters, digits and dashes.
 */
export function setUpProviderRecord(
  store: ProviderStore,
  rules: Rules,
  actorInput: unknown,
  input: ProviderRecordForm,
): Outcome<ProviderRecord> {
  const signedIn = signedInUser(store, rules, actorInput)
  if (!signedIn.ok) return signedIn
  const { name } = input
  const refusedBy = rules.firstRefusal([
    // Stryker disable next-line StringLiteral: prose, which a fair kit never asserts
    sbAdminGuard('PR-01', signedIn.value, rules, 'setting up the provider record'),
    [
      'PR-02',
      () =>
        store.providerRecord === undefined
          ? undefined
          : refusal('provider-record-exists', 'the provider record is set up already, once for the instance'),
    ],
    [
      'PR-03',
      () =>
        rules.parts.providerName(name)
          ? undefined
          : refusal('provider-name-invalid', 'a provider name holds only letters, digits and dashes'),
    ],
  ])
  if (refusedBy) return { ok: false, refusal: refusedBy }
  store.providerRecord = name
  return accepted({ name })
}

/** The provider record, to a signed-in user of the instance; refused while none is set up. */
export function viewProviderRecord(store: ProviderStore, rules: Rules, actorInput: unknown): Outcome<ProviderRecord> {
  const signedIn = signedInUser(store, rules, actorInput)
  if (!signedIn.ok) return signedIn
  const name = store.providerRecord
  return name === undefined
    ? refused('provider-record-missing', 'the provider has not set up its provider record')
    : accepted({ name })
}
