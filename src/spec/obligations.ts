import type { RequirementId } from '../requirements/catalog'

/**
 * What the suite owes the rules beyond one example each, where the rule tables cannot say it alone: the comparisons a
 * rule makes and the near misses of each kind of value compared, the links the documents make single use, and the
 * cycles they allow. `npm run obligations` holds the scenarios to this, and to what it derives from the refusal table
 * and the operations table (every guard refusing and admitting, every other party, every operation that calls out
 * before it records, tried twice at once).
 *
 * An obligation is met by a scenario tagged with its requirement that says the words given (in its title or a step,
 * outlines expanded), or it is left open with the reason the documents give none.
 */
export type Met = { said: string; requirement?: RequirementId } | { open: string }

/** The words a scenario says to meet an obligation, tagged with the entry's requirement or the one given. */
const said = (words: string, requirement?: RequirementId): Met => ({
  said: words,
  ...(requirement ? { requirement } : {}),
})
/** An obligation left open, with why: the documents are silent, and the kit asserts neither way. */
const open = (why: string): Met => ({ open: why })

/** The kinds of value a rule compares, and the near misses each kind owes, each spelled so only the rule differs. */
export const NEAR_MISSES = {
  'instance URL': ['capitals', 'trailing slash', 'default port', 'credentials', 'path', 'scheme', 'trailing dot'],
  'email domain': ['subdomain', 'suffix', 'capitals', 'look-alike'],
  'email address': ['capitals', 'label ending in a dash', 'no domain', 'space'],
  'typed word': ['capitals', 'spaces', 'look-alike', 'empty', 'truncated'],
  name: ['empty', 'space', 'trailing newline', 'very long', 'other alphabets'],
  version: ['lexical order', 'malformed', 'one part more'],
  role: ['another application admin', 'similar name'],
} as const
export type ValueKind = keyof typeof NEAR_MISSES

/** One comparison a rule makes: the kind of value, and for each near miss of that kind, how the suite meets it. */
export type Comparison<K extends ValueKind = ValueKind> = {
  requirement: RequirementId
  compares: K
  nearMisses: Record<(typeof NEAR_MISSES)[K][number], Met>
}

const comparison = <K extends ValueKind>(entry: Comparison<K>): Comparison => entry as unknown as Comparison

const SCHEME_OR_DOT_OPEN =
  'whether http:// and https:// at one host, or a host with a trailing dot, are one instance is left open (CONTRACT.md)'

/**
 * The near misses of an instance URL for a rule on duplicates: the spellings of one origin are tried; credentials and
 * a path are refused before any comparison (by the rule named); the rest the documents leave open.
 */
const spellingsOfOneInstance = (refusedUnder: string): Comparison<'instance URL'>['nearMisses'] => ({
  capitals: said('in capitals'),
  'trailing slash': said('a trailing slash'),
  'default port': said('with its port written another way'),
  credentials: open(`refused before any comparison, by ${refusedUnder} ("carrying credentials")`),
  path: open('what follows the address is reading RD-20, tried under PC-09'),
  scheme: open(SCHEME_OR_DOT_OPEN),
  'trailing dot': open(SCHEME_OR_DOT_OPEN),
})

export const COMPARISONS: readonly Comparison[] = [
  comparison({ requirement: 'PC-10', compares: 'instance URL', nearMisses: spellingsOfOneInstance('PC-09') }),
  comparison({ requirement: 'PC-11', compares: 'instance URL', nearMisses: spellingsOfOneInstance('PC-09') }),
  comparison({ requirement: 'TASK-06', compares: 'instance URL', nearMisses: spellingsOfOneInstance('TASK-03') }),
  comparison({
    requirement: 'PC-09',
    compares: 'instance URL',
    nearMisses: {
      capitals: open('capitals make no other address: PC-10 and PC-11 try them'),
      'trailing slash': open('a trailing slash makes no other address: PC-10 and PC-11 try it'),
      'default port': open('the default port makes no other address: PC-10 and PC-11 try it'),
      credentials: said('carrying credentials'),
      path: said('followed by a path'),
      scheme: said('with a scheme other than http(s)'),
      'trailing dot': open(SCHEME_OR_DOT_OPEN),
    },
  }),
  comparison({
    requirement: 'PORT-12',
    compares: 'email domain',
    nearMisses: {
      subdomain: said('sub.allowed.example'),
      suffix: said('notallowed.example'),
      capitals: said('ALLOWED.Example'),
      'look-alike': said('a1lowed.example'),
    },
  }),
  comparison({
    requirement: 'PORT-03',
    compares: 'email address',
    nearMisses: {
      capitals: open(
        'whether other capitals make another address is reading RD-19; prove-fairness runs both (FREE-20)',
      ),
      'label ending in a dash': open('no address is taken that mail cannot reach: tried under PORT-07'),
      'no domain': open('no address is taken that mail cannot reach: tried under PORT-07 and TASK-05'),
      space: open('no address is taken that mail cannot reach: tried under PORT-07'),
    },
  }),
  comparison({
    requirement: 'PORT-07',
    compares: 'email address',
    nearMisses: {
      capitals: open('capitals make no other address to send to; PORT-03 leaves their sameness open'),
      'label ending in a dash': said('someone@consumers-.example'),
      'no domain': said('someone@consumers..example'),
      space: said('some one@consumers.example'),
    },
  }),
  comparison({
    requirement: 'TASK-05',
    compares: 'email address',
    nearMisses: {
      capitals: open('capitals make no address invalid'),
      'label ending in a dash': open(
        'the rule asks for a valid address on a production instance, and is tried with addresses that are plainly not',
      ),
      'no domain': said('an address without its domain'),
      space: said('an address with a space'),
    },
  }),
  comparison({
    requirement: 'OFF-02',
    compares: 'typed word',
    nearMisses: {
      capitals: open('whether the dialog takes delete or DELETE for Delete is not said (OFF-C, step 5)'),
      spaces: open('whether the dialog trims what is typed is not said (OFF-C, step 5)'),
      'look-alike': said('typing "Dеlete"'),
      empty: said('typing ""'),
      truncated: said('typing "Delet"'),
    },
  }),
  comparison({
    requirement: 'PR-03',
    compares: 'name',
    nearMisses: {
      empty: said('the name "" is refused'),
      space: said('a space'),
      'trailing newline': open('a form may trim spaces around a name, which CONTRACT.md leaves free'),
      'very long': open("a name past 200 characters is refused by the contract's field limits, which the fuzz holds"),
      'other alphabets': open('whether letters of other alphabets are letters is left open (CONTRACT.md)'),
    },
  }),
  comparison({
    requirement: 'PC-40',
    compares: 'version',
    nearMisses: {
      'lexical order': said('2.10.0'),
      malformed: open('a release that is not one is PC-41'),
      'one part more': open('a release of four parts is PC-41'),
    },
  }),
  comparison({
    requirement: 'PC-41',
    compares: 'version',
    nearMisses: {
      'lexical order': open('ordering is PC-40'),
      malformed: said('reporting "abc"'),
      'one part more': said('reporting "2.3.18.1"'),
    },
  }),
  comparison({
    requirement: 'PC-04',
    compares: 'role',
    nearMisses: {
      'another application admin': said('sn_kmf.admin'),
      'similar name': said('sn_customerservice.customer_admin'),
    },
  }),
]

/** How a link the documents make single use owes being tried: twice, after its procedure closed, by another party. */
export type SingleUse = {
  link: string
  requirement: RequirementId
  twice: Met
  afterClosed: Met
  byAnotherParty: Met
}

export const SINGLE_USE_LINKS: readonly SingleUse[] = [
  {
    link: "a connection's registration URL",
    requirement: 'PC-34',
    twice: said('the registration URL cannot be used a second time'),
    afterClosed: said("the off-boarded connection's registration URL completes nothing"),
    byAnotherParty: said(
      "another company's contact, though an admin of the consumer instance too, cannot complete it",
      'PC-30',
    ),
  },
  {
    link: "a registration task's link",
    requirement: 'TASK-12',
    twice: said('the link of a Closed Complete task cannot complete a registration again'),
    afterClosed: said('the link of a Closed Complete task cannot complete a registration again'),
    byAnotherParty: said('another admin of the consumer instance cannot complete it', 'PC-30'),
  },
  {
    link: 'a verification link of the Consumer Service Portal',
    requirement: 'PORT-10',
    twice: said('a verification link works once'),
    afterClosed: said('a verification link works once'),
    byAnotherParty: open('the link itself is the proof of the address: whoever follows it verifies that account (CSP)'),
  },
]

/** A cycle the documents allow, and the scenario that goes round it and acts on the latest record. */
export type Cycle = { cycle: string; requirement: RequirementId; met: Met }

export const CYCLES: readonly Cycle[] = [
  {
    cycle: 'off-board, then register the same company and instance again',
    requirement: 'OFF-03',
    met: said('the same company and instance are registered again under a new registration URL'),
  },
  {
    cycle: 'off-board, then register again: nothing of the old connection carries over',
    requirement: 'OFF-03',
    met: said("after off-boarding, the consumer's settings and authorized users went with the connection"),
  },
  {
    cycle: 'a legacy registration rejected, then submitted again for the same instance',
    requirement: 'LEG-07',
    met: said('after a rejection the same instance can be registered again'),
  },
  {
    cycle: 'a registration task completed, then another saved for the same company and instance',
    requirement: 'TASK-06',
    met: said('once the first task is complete, the company can be registered again'),
  },
]
