import { TOKEN_PARAMETER } from '../contract/link-token'
import type { MailMessage } from '../contract/mail.schema'
import type { RegisterPlacement } from '../contract/portal.schema'
import { REFERENCE_CHOICES, type ReferenceChoices } from '../spec/choices'

/**
 * What the reference does where the documents are silent, one function per silence, handed to it at composition as
 * its faults are: the reference's own reading, or another one that prove-fairness runs the suite under. The reference
 * keeps the rules, and asks these only for what the documents leave open, so no reading is a branch of its own.
 */
/** Where a link carries its token (FREE-07): how a link is made, and the token read back from one. */
export type TokenLinks = {
  /** The link under this address (ending in a slash) that carries this token. */
  urlOf(under: string, token: string): string
  /** The token of a link under this path (ending in a slash), or undefined when it is none. */
  tokenIn(url: URL, under: string): string | undefined
}

/** The token as the last segment of the link's path. */
const TOKEN_IN_PATH: TokenLinks = {
  urlOf: (under, token) => `${under}${token}`,
  tokenIn: (url, under) => (url.pathname.startsWith(under) ? url.pathname.slice(under.length) || undefined : undefined),
}

/** The token in the contract's query parameter, on the address without its last slash. */
const TOKEN_IN_QUERY: TokenLinks = {
  urlOf: (under, token) => `${under.replace(/\/$/, '')}?${TOKEN_PARAMETER}=${token}`,
  tokenIn: (url, under) =>
    url.pathname === under.replace(/\/$/, '') ? (url.searchParams.get(TOKEN_PARAMETER) ?? undefined) : undefined,
}

/** The media type of what a scenario attaches when asked to note the choices it read: a JSON list of their names. */
export const READINGS_READ_MEDIA_TYPE = 'application/vnd.sx-conformance.readings-read+json'

/** An instance's address as read: its origin, or why it names no instance. */
export type AddressRead = { ok: true; origin: string } | { ok: false; problem: string }

export type Readings = {
  /** FREE-12: the Table API query for a table's rows whose field holds a value, and which fields to answer. */
  tableQuery(field: string, value: string, fields: string): string
  /**
   * FREE-21 (RD-20): what is done with a path, a query or a fragment after an instance's address, once it is known to
   * be an http(s) address with a host and no credentials: refused, or dropped so that the address alone is read.
   */
  addressOnly(url: URL): AddressRead
  /** FREE-07: where a registration URL (and any link a person follows from an email) carries its token. */
  tokenLinks(): TokenLinks
  /** FREE-06 (RD-01): whether a card shows the registration URL; with email off it always does. */
  urlOnCard(emailOn: boolean): boolean
  /** FREE-08: the guards in the order they are checked; the documents do not order the rules. */
  ordered<G>(guards: readonly G[]): readonly G[]
  /** FREE-09 (TASK-11): whether a task's comments carry its link, given whether an email carried it. */
  linkInComments(emailed: boolean): boolean
  /** FREE-10: the checks the registration page lists, of those that ran. */
  checksShown<C extends { status: string }>(checks: readonly C[]): C[]
  /**
   * FREE-11: whether a requester is told their request arrived, by mail of a kind the contract does not name, which the
   * kit must neither count nor fail.
   */
  acknowledge(send: (message: MailMessage) => Promise<unknown>, to: string, what: string): Promise<void>
  /** FREE-13: the Connections tab and the registration tasks' list, from records stored oldest first. */
  listed<T>(oldestFirst: readonly T[]): T[]
  /** FREE-14: the tasks a pass of the background job checks, of all, given which fell due. */
  dueThisPass<T>(tasks: readonly T[], due: (task: T) => boolean): T[]
  /** FREE-15: what the email notifications switch governs for mail other than the registration URL's. */
  otherMailSends(switchOn: () => boolean): () => boolean
  /** FREE-16 (RD-17): whether a production instance emails a task's link whatever the switch says. */
  productionSends(production: boolean): boolean
  /** FREE-17 (RD-18): whether a company's record for one instance stands in the way of one for the instance asked. */
  companyHolds(recordOrigin: string, askedOrigin: string): boolean
  /** FREE-18 (PC-01): whether a card shows the consumer's app version, given whether it is onboarded. */
  versionOnCard(onboarded: boolean): boolean
  /** FREE-19 (RD-12): where Register sits on /csp with the External User Registration plugin. */
  registerWithPlugin(): RegisterPlacement
  /** FREE-20 (RD-19): whether two email addresses are one on the Consumer Service Portal. */
  sameAddress(one: string, other: string): boolean
}

/**
 * The readings of a set of choices: the reference's own, where a choice is not given. Each choice is read only when a
 * reading is asked for, and with a set to note them in, every choice read is noted: a scenario that never read a
 * choice runs the same whatever the choice (prove-fairness runs only the scenarios that read it).
 */
export function readingsOf(given: Partial<ReferenceChoices> = {}, read?: Set<string>): Readings {
  const all = { ...REFERENCE_CHOICES, ...given }
  const choices = read ? noting(all, read) : all
  return {
    tableQuery: (field, value, fields) => {
      if (choices.tableQueries === 'whole table') return new URLSearchParams({ sysparm_fields: fields }).toString()
      const condition =
        choices.tableQueries === 'alternatives' ? `${field}IN${value}^OR${field}=${value}` : `${field}=${value}`
      return new URLSearchParams({ sysparm_query: condition, sysparm_fields: fields }).toString()
    },
    addressOnly: (url) =>
      choices.urlExtras === 'refused' && (url.pathname !== '/' || url.search || url.hash)
        ? { ok: false, problem: 'it must name the instance only, without a path' }
        : { ok: true, origin: url.origin },
    tokenLinks: () => (choices.tokenPlacement === 'query' ? TOKEN_IN_QUERY : TOKEN_IN_PATH),
    urlOnCard: (emailOn) => choices.registrationUrlOnCard === 'always' || !emailOn,
    ordered: (guards) => (choices.refusalOrder === 'reversed' ? [...guards].reverse() : guards),
    linkInComments: (emailed) => choices.taskLinkInComments === 'always' || !emailed,
    checksShown: (checks) => checks.filter((check) => choices.passedChecks === 'listed' || check.status !== 'passed'),
    acknowledge: async (send, to, what) => {
      if (choices.acknowledgements !== 'sent') return
      await send({
        kind: 'acknowledgement',
        to,
        subject: `We received your ${what}`,
        text: `Thank you: your ${what} arrived and is being handled.`,
      })
    },
    listed: (oldestFirst) => (choices.listOrder === 'oldest first' ? [...oldestFirst] : [...oldestFirst].reverse()),
    dueThisPass: (tasks, due) => (choices.taskChecks === 'every task at every pass' ? [...tasks] : tasks.filter(due)),
    otherMailSends: (switchOn) => () => choices.emailSwitchScope !== 'all mail' || switchOn(),
    productionSends: (production) => production && choices.productionMail === 'always',
    companyHolds: (recordOrigin, askedOrigin) =>
      recordOrigin === askedOrigin || choices.companyInstances === 'one in all',
    versionOnCard: (onboarded) => onboarded || choices.cardVersion === 'from creation',
    registerWithPlugin: () => choices.registerWithPlugin,
    sameAddress: (one, other) =>
      choices.emailCase === 'kept' ? one === other : one.toLowerCase() === other.toLowerCase(),
  }
}

/** A record whose every field is noted in the set as it is read: choices, or how an instance starts. */
export function noting<T extends object>(record: T, read: Set<string>): T {
  return new Proxy(record, {
    get(target, field) {
      if (typeof field === 'string') read.add(field)
      return Reflect.get(target, field)
    },
  })
}
