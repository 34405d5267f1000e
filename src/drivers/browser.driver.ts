import type { Page } from 'playwright-core'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { ConnectionSettings } from '../contract/connection.schema'
import { SCREEN_FIELDS } from '../contract/screen-fields'
import type { OperationName } from '../contract/operations'
import type { PortalHome, SignUpStep } from '../contract/portal.schema'
import { refused, type Outcome } from '../contract/refusal.schema'
import type { NewProviderInstance } from '../contract/target.schema'
import { BrowserTabs } from './browser-tabs'
import { TargetError, type AnswerOf } from './contract-client'
import type { ExchangeDriver } from './exchange-driver'
import { openHttpDriver, type HttpTarget } from './http.driver'
import type { PagePool } from './page-pool'

/** One scenario in the browser: the driver, the instance's address, and what the hooks need at its end. */
export type BrowserSession = {
  driver: ExchangeDriver
  providerUrl: string
  screenshot(): Promise<Buffer> | undefined
  close(): Promise<void>
}

/**
 * The procedures performed through the target's screens, in Chromium: every person works in a tab of their own,
 * cleared since its last scenario, fills the forms the procedures name and presses their buttons, and the outcome
 * is read off the screen. Setup has no screens (it stands in for an administrator preparing the instance) and goes over
 * the
 * HTTP contract, as the http driver sends it.
 */
export async function openBrowserDriver(
  pages: PagePool,
  target: HttpTarget,
  instance: NewProviderInstance,
  name: string,
): Promise<BrowserSession> {
  const { driver: contract, providerUrl, close: closeInstance } = await openHttpDriver(target, instance, name)
  const tabs = new BrowserTabs(pages, providerUrl)

  /**
   * Opens a form, fills it, ticks the checkboxes the person means to (each named by a pattern) and presses its
   * button; a screen that refuses the person before the form ends it.
   */
  async function submit<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    fields: Record<string, string | undefined>,
    button: string,
    ticks: [checkbox: RegExp, wanted: boolean | undefined][] = [],
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await tabs.of(actor)
    await tabs.visit(tab, path)
    const blocked = await tabs.refusal(tab)
    if (blocked) return blocked
    await tabs.fill(tab, fields)
    for (const [checkbox, wanted] of ticks) await tabs.tick(tab, checkbox, wanted)
    await tabs.press(tab, button)
    return tabs.outcome(tab, verb)
  }

  /** Opens a screen and reads it; a list screen gives all its records. */
  async function view<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    all = false,
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await tabs.of(actor)
    await tabs.visit(tab, path)
    return tabs.outcome(tab, verb, all ? (reading) => reading.records : undefined)
  }

  /** Opens a screen, presses its buttons in turn, and reads where they led. */
  async function act<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    buttons: string[],
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await tabs.of(actor)
    await tabs.visit(tab, path)
    // Someone the screen turns away on arrival (not signed in, say) has no button to press: that refusal is the answer.
    const refusedOnArrival = await tabs.refusal(tab)
    if (refusedOnArrival) return refusedOnArrival
    for (const button of buttons) await tabs.press(tab, button)
    return tabs.outcome(tab, verb)
  }

  /**
   * The person's tab on the page of a registration URL: where it already is, or opened there, which is how a
   * person gets to its buttons. A URL that does not let them in ends it with the refusal the page shows.
   */
  async function onRegistrationPage(actor: ConsumerUser, registrationUrl: string): Promise<Page | Outcome<never>> {
    const tab = await tabs.of(actor)
    const there = tab.url().startsWith(registrationUrl) && (await tabs.button(tab, 'Get Started')) !== 'missing'
    if (there) return tab
    await tabs.visit(tab, registrationUrl)
    return (await tabs.refusal(tab)) ?? tab
  }

  /** The registration page as the screen shows it, Start Registration read off its button. */
  async function registrationPage<
    N extends 'openRegistrationUrl' | 'getStarted' | 'validateAndResolve' | 'startRegistration',
  >(tab: Page, verb: N) {
    const button = await tabs.button(tab, 'Start Registration')
    const startRegistration = button === 'missing' ? 'hidden' : button
    return tabs.outcome(tab, verb, (reading) => ({ ...(reading.records[0] as object), startRegistration }))
  }

  /**
   * Presses a button of the registration page. A button the page may withhold cannot be pressed: the page says
   * no by leaving it out (or disabling it), and that is read as the refusal the contract gives for it. A button
   * the page must always offer (Get Started) and does not is a screen that breaks the procedure.
   */
  async function onPage<N extends 'getStarted' | 'validateAndResolve' | 'startRegistration'>(
    verb: N,
    actor: ConsumerUser,
    registrationUrl: string,
    button: string,
    unavailable?: () => Outcome<never>,
  ) {
    const tab = await onRegistrationPage(actor, registrationUrl)
    if (!('goto' in tab)) return tab
    if ((await tabs.button(tab, button)) !== 'enabled') {
      if (unavailable) return unavailable()
      throw new TargetError(`${verb}: the registration page offers no ${button} to press`)
    }
    await tabs.press(tab, button)
    return registrationPage(tab, verb)
  }

  /** Where a portal shows Register to a visitor, and what its form asks for behind it. */
  async function portalHome(
    verb: 'viewConsumerPortal' | 'viewCustomerPortal',
    portal: string,
  ): Promise<Outcome<PortalHome>> {
    const tab = await tabs.of()
    await tabs.visit(tab, portal)
    const blocked = await tabs.refusal(tab)
    if (blocked) return blocked
    const register = (await tabs.hasLink(tab, 'Register', 'Portal header'))
      ? 'portal header'
      : (await tabs.hasLink(tab, 'Register', 'Login widget'))
        ? 'login widget'
        : 'absent'
    const signUpAsks: SignUpStep[] = []
    if (register !== 'absent') {
      await tabs.follow(tab, 'Register', register === 'portal header' ? 'Portal header' : 'Login widget')
      if (await tabs.hasCheckbox(tab, /CAPTCHA/)) signUpAsks.push('captcha')
      if (await tabs.hasCheckbox(tab, /privacy policy/)) signUpAsks.push('consent')
    }
    return tabs.outcome(tab, verb, () => ({ register, signUpAsks }))
  }

  const driver: ExchangeDriver = {
    ...contract,
    target: name,

    setUpProviderRecord: (actor, form) =>
      submit('setUpProviderRecord', actor, 'now/provider/new', { Name: form.name }, 'Submit'),
    viewProviderRecord: (actor) => view('viewProviderRecord', actor, 'now/provider'),

    createConnection: (actor, request) =>
      submit(
        'createConnection',
        actor,
        'now/provider-center/new-connection',
        { Company: request.companyId, Contact: request.contactId, URL: request.instanceUrl },
        'Create connection',
      ),
    listConnections: (actor) => view('listConnections', actor, 'now/provider-center', true),
    viewConnectionDetails: (actor, number) => view('viewConnectionDetails', actor, connectionPath(number)),
    listAuthorizedUsers: (actor, number) => view('listAuthorizedUsers', actor, authorizedUsersPath(number), true),
    decideAuthorizedUser: (actor, number, { id, approval }) =>
      act('decideAuthorizedUser', actor, `${authorizedUsersPath(number)}/${encodeURIComponent(id)}`, [
        approval === 'Approved' ? 'Approve' : 'Reject',
      ]),
    // The form offers no auto-activate box: those settings are the consumer's, and the provider cannot change them.
    changeConnectionSettings: (actor, number, change) =>
      submit(
        'changeConnectionSettings',
        actor,
        connectionPath(number),
        maximumField(change),
        'Update',
        authorizedUserTicks(change),
      ),
    offboardConsumer: async (actor, number, request) => {
      const tab = await tabs.of(actor)
      // Brazil offers Offboard Consumer on the card (CT-brazil); Australia, Off-Board Consumer among the connection's
      // related links.
      const [page, link, landmark] =
        instance.release === 'brazil'
          ? ['now/provider-center', 'Offboard Consumer', `Actions of ${number}`]
          : [connectionPath(number), 'Off-Board Consumer', 'Related links']
      await tabs.visit(tab, page)
      const blocked = await tabs.refusal(tab)
      if (blocked) return blocked
      // A connection the screens do not show has no link to follow: its confirmation is opened by its address.
      if (await tabs.hasLink(tab, link, landmark)) await tabs.follow(tab, link, landmark)
      else await tabs.visit(tab, `${connectionPath(number)}/offboard`)
      await tabs.tick(tab, /Delete all existing tasks/, request.deleteTasks)
      await tabs.fill(tab, { 'Type Delete to confirm': request.typed })
      await tabs.press(tab, 'OK')
      return tabs.outcome(tab, 'offboardConsumer')
    },
    createRegistrationTask: (actor, request) =>
      submit(
        'createRegistrationTask',
        actor,
        'now/registration-tasks/new',
        { Company: request.companyId, Contact: request.contactId, URL: request.instanceUrl },
        'Submit',
      ),
    listRegistrationTasks: (actor) => view('listRegistrationTasks', actor, 'now/registration-tasks', true),
    viewRegistrationTask: (actor, number) =>
      view('viewRegistrationTask', actor, `now/registration-tasks/${encodeURIComponent(number)}`),
    viewKmfHealth: (actor) => view('viewKmfHealth', actor, 'now/kmf-health'),

    submitServiceBridgeRegistration: (actor, request) =>
      submit(
        'submitServiceBridgeRegistration',
        actor,
        'now/service-bridge-registration',
        {
          Account: request.accountId,
          Contact: request.contactId,
          'Customer instance URL': request.customerInstanceUrl,
          'Instance ID': request.customerInstanceId,
        },
        'Submit',
      ),
    viewRegistrationCase: (actor, number) =>
      view('viewRegistrationCase', actor, `now/registration-cases/${encodeURIComponent(number)}`),
    decideSubscription: (actor, number, { decision, confirmed }) =>
      act('decideSubscription', actor, `now/registration-cases/${encodeURIComponent(number)}`, [
        decision === 'approve' ? 'Approve' : 'Reject',
        confirmed ? 'Yes' : 'No',
      ]),
    createProviderRecordInCustomerInstance: (actor, url) =>
      act('createProviderRecordInCustomerInstance', actor, integrationPath(url), ['Create provider record']),
    activateReplicationSet: (actor, url) =>
      act('activateReplicationSet', actor, integrationPath(url), ['Activate replication set']),
    viewCustomerIntegration: (actor, url) => view('viewCustomerIntegration', actor, integrationPath(url)),

    openRegistrationUrl: async (actor, registrationUrl) => {
      const tab = await tabs.of(actor)
      await tabs.visit(tab, registrationUrl)
      return registrationPage(tab, 'openRegistrationUrl')
    },
    getStarted: (actor, registrationUrl) => onPage('getStarted', actor, registrationUrl, 'Get Started'),
    validateAndResolve: (actor, registrationUrl, check) =>
      onPage('validateAndResolve', actor, registrationUrl, `Validate & resolve ${check}`, () =>
        refused('issue-not-found', `the page offers no Validate & resolve for ${check}`),
      ),
    addAuthorizedUser: (actor, registrationUrl, userName) =>
      submit(
        'addAuthorizedUser',
        actor,
        underRegistrationUrl(registrationUrl, 'authorized-users'),
        { 'Consumer user': userName },
        'Activate',
      ),
    setAuthorizedUserActive: (actor, registrationUrl, id, active) =>
      submit(
        'setAuthorizedUserActive',
        actor,
        underRegistrationUrl(registrationUrl, 'authorized-users/activity'),
        { 'Authorized user': id },
        'Update',
        [[/^Active$/, active]],
      ),
    configureSettings: (actor, registrationUrl, settings) =>
      submit(
        'configureSettings',
        actor,
        underRegistrationUrl(registrationUrl, 'settings'),
        maximumField(settings),
        'Done',
        [
          [new RegExp(SCREEN_FIELDS.autoActivateRrp), settings.autoActivateRrp],
          [new RegExp(SCREEN_FIELDS.autoActivateRtd), settings.autoActivateRtd],
          ...authorizedUserTicks(settings),
        ],
      ),
    startRegistration: (actor, registrationUrl) =>
      onPage('startRegistration', actor, registrationUrl, 'Start Registration', () =>
        refused('not-validated', 'the page shows no Start Registration to press'),
      ),

    viewConsumerPortal: () => portalHome('viewConsumerPortal', 'csp'),
    signUpToConsumerPortal: (form) =>
      submit(
        'signUpToConsumerPortal',
        undefined,
        'csp/register',
        { 'First name': form.firstName, 'Last name': form.lastName, Email: form.email, Password: form.password },
        'Sign Up',
        [
          [/CAPTCHA/, form.captchaVerified],
          [/privacy policy/, form.acceptedTerms],
        ],
      ),
    followVerificationLink: (link) => view('followVerificationLink', undefined, link),
    signInToConsumerPortal: (credentials) =>
      submit(
        'signInToConsumerPortal',
        undefined,
        'csp',
        { Email: credentials.email, Password: credentials.password },
        'Log in',
      ),
    viewCustomerPortal: () => portalHome('viewCustomerPortal', 'csm'),
    submitCustomerRegistration: (form) =>
      submit(
        'submitCustomerRegistration',
        undefined,
        'csm/register',
        {
          'First Name': form.firstName,
          'Last Name': form.lastName,
          'Business Email': form.email,
          'Registration Code': form.registrationCode,
        },
        'Submit',
        [
          [/privacy policy/, form.acceptedTerms],
          [/CAPTCHA/, form.captchaVerified],
        ],
      ),
    listCustomerRegistrations: (actor) => view('listCustomerRegistrations', actor, 'csm/approvals', true),
    decideCustomerRegistration: (actor, number, { decision }) =>
      act('decideCustomerRegistration', actor, `csm/approvals/${encodeURIComponent(number)}`, [
        decision === 'approve' ? 'Approve' : 'Reject',
      ]),
  }
  // Every verb holds its tabs until it ends: two verbs issued at once by one person work in two tabs.
  const verbs = Object.fromEntries(
    Object.entries(driver).map(([name, value]) => [
      name,
      typeof value === 'function' ? (...args: unknown[]) => tabs.verb(() => value(...args)) : value,
    ]),
  )
  return {
    driver: verbs as unknown as ExchangeDriver,
    providerUrl,
    screenshot: () => tabs.screenshot(),
    close: async () => {
      await tabs.close()
      await closeInstance()
    },
  }
}

const integrationPath = (customerInstanceUrl: string): string =>
  `now/customer-integration?instance=${encodeURIComponent(customerInstanceUrl)}`

/**
 * A screen the page of a registration URL leads to after success (settings, authorized users): under the URL's path,
 * its query kept.
 */
function underRegistrationUrl(registrationUrl: string, screen: string): string {
  const url = new URL(registrationUrl)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${screen}`
  return url.toString()
}

const connectionPath = (number: string): string => `now/provider-center/connections/${encodeURIComponent(number)}`
const authorizedUsersPath = (number: string): string => `${connectionPath(number)}/authorized-users`

type AuthorizedUserSettings = Pick<
  ConnectionSettings,
  'restrictAuthorizedUsers' | 'maxAuthorizedUsers' | 'autoApproveAuthorizedUsers'
>

/** The Authorized Users tab of a settings form: its maximum field, and its two checkboxes. */
const maximumField = (settings: AuthorizedUserSettings): Record<string, string | undefined> => ({
  [SCREEN_FIELDS.maxAuthorizedUsers]: settings.maxAuthorizedUsers?.toString(),
})
const authorizedUserTicks = (settings: AuthorizedUserSettings): [RegExp, boolean][] => [
  [new RegExp(SCREEN_FIELDS.restrictAuthorizedUsers), settings.restrictAuthorizedUsers],
  [new RegExp(SCREEN_FIELDS.autoApproveAuthorizedUsers), settings.autoApproveAuthorizedUsers],
]
