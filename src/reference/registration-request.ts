import type { ConnectionRequest } from '../contract/connection.schema'
import { readInstanceUrl } from './instance-url'
import type { ProviderStore, StoredUser } from './provider-store'
import { refusal, type Guard, type Rules } from './rules'
import type { RequirementId } from '../requirements/catalog'

/** The requirement IDs a registration path gives the preconditions every path shares. */
export type PreconditionIds = {
  providerRecord: RequirementId
  company: RequirementId
  contact: RequirementId
  instanceUrl: RequirementId
}

/** A registration request read against the provider's records: what it names, and whether each exists. */
export type ReadRequest = {
  request: ConnectionRequest
  /** The consumer instance's origin, or the text as given when it is not an instance URL. */
  origin: string
  company: { name: string } | undefined
  contact: StoredUser | undefined
  /** The guards of the shared preconditions (S0, S1): provider record, company, its contact, the URL. */
  preconditions: Guard[]
}

/**
 * Reads a connection request or a registration task against the records, with each rule named by its path's ID; the
 * instance is known by the key the rules give its address (its origin).
 */
export function readRequest(
  store: ProviderStore,
  request: ConnectionRequest,
  ids: PreconditionIds,
  rules: Rules,
): ReadRequest {
  const url = readInstanceUrl(request.instanceUrl, rules.readings.addressOnly)
  const company = store.companies.get(request.companyId)
  const contact = store.users.get(request.contactId)
  return {
    request,
    origin: url.ok ? rules.parts.instanceKey(url.origin, request.instanceUrl) : request.instanceUrl,
    company,
    contact,
    preconditions: [
      [
        ids.providerRecord,
        () =>
          store.providerRecord
            ? undefined
            : refusal('provider-record-missing', 'set up the provider record before registering consumers'),
      ],
      [
        ids.company,
        () =>
          company ? undefined : refusal('company-not-found', `no company has the identifier ${request.companyId}`),
      ],
      [
        ids.contact,
        () => (contact ? undefined : refusal('contact-not-found', `no user has the identifier ${request.contactId}`)),
      ],
      // Each guard holds on its own: a relation is checked only between records that exist, so that no order of
      // the checks changes which code a request that breaks one rule gets (FREE-08).
      [
        ids.contact,
        () =>
          !company || !contact || contact.companyId === request.companyId
            ? undefined
            : refusal('contact-not-in-company', `the contact named is not a contact of ${company.name}`),
      ],
      [
        ids.instanceUrl,
        () =>
          url.ok
            ? undefined
            : refusal(
                'instance-url-malformed',
                `"${request.instanceUrl}" is not an instance URL: ${url.ok ? '' : url.problem}`,
              ),
      ],
    ],
  }
}
