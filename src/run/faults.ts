// the fault switches themselves, which only npm run prove-faults sets; each one is proven to turn the suite red there.
// Stryker disable all: for the reason above
import { requirementById, type RequirementId } from '../requirements/catalog'
import { ConfigurationError } from './configuration-error'

/**
 * Rules the reference can be told to break, named by requirement ID, to prove that the suite notices. A few rules can
 * also be broken in a subtler way, named ID:variant.
 */
export type Faults = ReadonlySet<string>

/** The subtle variants, each a realistic mistake an implementation might make. */
export const FAULT_VARIANTS: Record<`${RequirementId}:${string}`, string> = {
  'PC-40:lexical': 'compares versions as strings, so 2.10.0 looks older than 2.3.18',
  'LEG-08:unregistered': 'accepts a provider record from a customer instance nobody registered on the provider',
  'PC-03:short-behind-path': 'puts a long fixed segment in the registration URL, then a token of 4 hex characters',
  'PC-03:fixed-prefix': 'issues tokens of one long fixed prefix and 4 random hex characters',
  'PC-03:fixed-dash': 'issues tokens of 22 random hex digits with a dash after the eighth: 88 random bits',
  'PC-03:uuid': 'issues a random UUID for a token: 122 random bits',
  'PC-11:as-typed':
    'knows an instance by its URL as typed, in small letters without a trailing slash, so its default port written out makes another instance',
  'PORT-07:loose-address': 'takes a sign-up address whose domain has a label ending in a dash for an address',
  'PORT-12:subdomain': 'allows an address at a subdomain of an allowed domain',
  'PC-34:connections-only':
    "uses up a connection's registration URL, but lets a task's link complete a registration again after Closed Complete",
  'AU-03:checked-before-calling-out':
    'asks the consumer instance about a user it adds after its checks and before recording, so two adds at once both pass',
  'PC-04:any-admin-role': 'takes a user holding any role whose name ends in admin (sn_kmf.admin, say) for an admin',
  'PORT-12:suffix': 'allows an address whose domain merely ends with an allowed domain',
  'TASK-05:has-at-sign': 'takes any text with an @ in it for a valid email address',
  'PC-33:machine-clock': "stamps the onboarding time from the machine's clock instead of the instance's",
  'PC-33:stamps-refused': 'stamps an onboarding time on a Start Registration it then refuses',
  'CSM-04:copy-to-approver': 'also sends the approving customer admin the approval email, temporary password and all',
  'PC-20:copy-to-admin':
    'also sends the provider admin who created the connection the invitation with its registration URL',
  'PC-10:checked-before-waiting':
    'looks for a duplicate only before asking the consumer instance its version, so two creates at once both pass',
  'CT-04:checked-before-waiting':
    'decides that Start Registration may complete before asking the consumer instance, so two presses at once both complete',
  'LEG-07:checked-before-waiting':
    'looks for a registration of the instance only before asking the customer instance its ID, so two submits at once both pass',
  'CSM-07:recorded-after-mail':
    'records a decision only after emailing the requester, so a second decision made meanwhile is taken too',
  'PORT-03:pending-only':
    'looks for a taken address only among sign-ups awaiting verification, not among verified accounts',
  'PORT-09:activates-every-account':
    'activates every account awaiting verification when any one verification link is followed',
  'PR-01:admin-only': 'lets a user holding admin but not sn_sb.admin set up the provider record',
  'OFF-01:admin-only': 'lets a user holding admin but not sn_sb.admin off-board a consumer',
  'AU-01:inactive-too':
    'adds every contact of the account as an authorized user at the first registration, active or not',
  'PR-03:word-characters': 'takes underscores for letters in a provider name, as a word-character pattern does',
  'TASK-07:one-per-pass': 'has the background job check one due task per pass, leaving the others waiting',
}

/** Reads a list of fault names; an unknown name is an error that says which names exist. */
export function readFaults(names: readonly unknown[]): Faults {
  for (const name of names) {
    if (typeof name !== 'string' || !(requirementById(name) || Object.hasOwn(FAULT_VARIANTS, name))) {
      throw new ConfigurationError(
        `unknown fault ${JSON.stringify(name)}: name a requirement ID of the catalog or one of ${Object.keys(FAULT_VARIANTS).join(', ')}`,
      )
    }
  }
  return new Set(names as string[])
}

/**
 * How a target's name says which rules are switched off in it, so that no report passes a faulty variant for the
 * reference.
 */
export const withFaultsNamed = (name: string, faults: Faults): string =>
  faults.size > 0 ? `${name}, with ${[...faults].join(', ')} switched off` : name
