// the readings the reference takes where the documents are silent: the kit must pass every one of them, which npm run
// prove-fairness proves, so no scenario may tell them apart.
// Stryker disable all: for the reason above
import { z } from 'zod'

/**
 * Where the documents leave a target free, the reference takes one reading; each of these switches makes it take
 * another. npm run prove-fairness runs the suite under each (see the silences register), and it must stay green.
 */
export const ReferenceChoices = z
  .object({
    /** FREE-06: whether the card shows the registration URL while email notifications carry it. */
    registrationUrlOnCard: z.enum(['always', 'only when email is off']),
    /** FREE-07: where the token sits in a registration URL. */
    tokenPlacement: z.enum(['path', 'query']),
    /** FREE-08: which refusal comes first when a request breaks several rules at once. */
    refusalOrder: z.enum(['as listed', 'reversed']),
    /** FREE-09: whether the comments of a registration task carry its link once an email carried it. */
    taskLinkInComments: z.enum(['when not emailed', 'always']),
    /** FREE-10: whether the registration page lists the checks that passed, or only the issues. */
    passedChecks: z.enum(['listed', 'left out']),
    /** FREE-11: whether the requester of a portal registration also gets an acknowledgement email. */
    acknowledgements: z.enum(['none', 'sent']),
    /** FREE-12: how the target asks a consumer instance's Table API. */
    tableQueries: z.enum(['one condition', 'whole table', 'alternatives']),
    /** FREE-13: the order of the Connections tab and of the registration tasks' list. */
    listOrder: z.enum(['most recent first', 'oldest first']),
    /** FREE-14: which registration tasks a pass of the background job checks. */
    taskChecks: z.enum(['waiting and due', 'every task at every pass']),
    /**
     * FREE-15: which mail the email notifications switch governs: the registration URL's only, or all the target sends.
     */
    emailSwitchScope: z.enum(['registration mail', 'all mail']),
    /** FREE-16 (RD-17): whether a production instance emails a registration task's link with email sending off. */
    productionMail: z.enum(['as the switch says', 'always']),
    /** FREE-17 (RD-18): whether a company may have a connection or a registration task for a second instance. */
    companyInstances: z.enum(['one per instance', 'one in all']),
    /** FREE-18: whether a connection card shows the consumer's app version before the connection is onboarded. */
    cardVersion: z.enum(['from creation', 'once onboarded']),
    /** FREE-19 (RD-12): where Register sits on /csp from Yokohama on, with the External User Registration plugin. */
    registerWithPlugin: z.enum(['login widget', 'portal header']),
    /** FREE-20 (RD-19): whether two email addresses that differ only in capitals are one address on the portal. */
    emailCase: z.enum(['ignored', 'kept']),
    /** FREE-21 (RD-20): whether a path, query or fragment after a consumer instance's address is refused or dropped. */
    urlExtras: z.enum(['refused', 'dropped']),
  })
  .strict()
export type ReferenceChoices = z.infer<typeof ReferenceChoices>

/** The reference's own reading of each. */
export const REFERENCE_CHOICES: ReferenceChoices = {
  registrationUrlOnCard: 'always',
  tokenPlacement: 'path',
  refusalOrder: 'as listed',
  taskLinkInComments: 'when not emailed',
  passedChecks: 'listed',
  acknowledgements: 'none',
  tableQueries: 'one condition',
  listOrder: 'most recent first',
  taskChecks: 'waiting and due',
  emailSwitchScope: 'registration mail',
  productionMail: 'as the switch says',
  companyInstances: 'one per instance',
  cardVersion: 'from creation',
  registerWithPlugin: 'login widget',
  emailCase: 'ignored',
  urlExtras: 'refused',
}
