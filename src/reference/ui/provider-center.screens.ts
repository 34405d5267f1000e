import type { ConnectionCard, ConnectionDetails, ConnectionSettings } from '../../contract/connection.schema'
import type { ProviderRecord } from '../../contract/provider-setup.schema'
import type { RegistrationTask } from '../../contract/registration-task.schema'
import type { Release } from '../../requirements/requirement.schema'
import { html, shown, textField, type Html } from './html'
import { outcomeScreen, performed, type Screen, type ScreenCall, type ScreenRoute } from './screen'
import { authorizedUserFields, authorizedUserSettings } from './settings-form'

/** Where a connection's Off-Board Consumer leads: its confirmation (OFF-C, step 3). */
export const offboardPath = (number: string): string => `now/provider-center/connections/${number}/offboard`

/**
 * A connection card: its fields, the registration URL to copy while it has one, and View details; in Brazil an
 * onboarded consumer's card also offers Offboard Consumer (CT-brazil).
 */
const card =
  (release: Release) =>
  (value: ConnectionCard): Html =>
    html`<article aria-label="Connection ${value.number}">
      ${shown(value)}
      ${value.registrationUrl ? html`<button type="button" onclick="navigator.clipboard.writeText(${JSON.stringify(value.registrationUrl)})">Copy registration URL</button>` : ''}
      <nav aria-label="Actions of ${value.number}">
        <a href="now/provider-center/connections/${value.number}">View details</a>
        ${release === 'brazil' && value.state === 'Onboarded' ? html`<a href="${offboardPath(value.number)}">Offboard Consumer</a>` : ''}
      </nav>
    </article>`

/** The form that names a company, its contact and the consumer instance: a new connection or a registration task. */
const requestForm = (action: string, submit: string, form: Record<string, string> = {}): Html =>
  html`<form novalidate method="post" action="${action}">
    ${textField('company', 'Company', { value: form.company })}
    ${textField('contact', 'Contact', { value: form.contact })}
    ${textField('url', 'URL', { type: 'url', value: form.url })}
    <p><button type="submit">${submit}</button></p>
  </form>`

const requestOf = (form: Record<string, string>) => ({
  companyId: form.company,
  contactId: form.contact,
  instanceUrl: form.url,
})

/** The Connections tab, after a status line when an action just ended there. */
export const connectionsTab = (
  release: Release,
  cards: ConnectionCard[],
  status: Html = html``,
  filteredBy = '',
): Screen => ({
  title: 'Provider Center',
  screen: 'connections',
  body: html`${status}
    <nav aria-label="Provider Center"><a href="now/provider-center" aria-current="page">Connections</a></nav>
    <p><a href="now/provider-center/new-connection">New connection</a></p>
    <form method="get" action="now/provider-center/filtered" aria-label="Filter connections">
      ${textField('state', 'State', { value: filteredBy })}<button type="submit">Filter</button>
    </form>
    <section aria-label="Connections">${cards.map(card(release))}</section>`,
})

const newConnection = (form?: Record<string, string>): Screen => ({
  title: 'New connection',
  screen: 'new-connection',
  body: requestForm('now/provider-center/new-connection', 'Create connection', form),
})

/** A registration task as its form shows it, with the Validation Failed banner on top while checks fail. */
const taskForm = (task: RegistrationTask): Html =>
  html`<article aria-label="Registration task ${task.number}">
    ${
      task.banner?.length
        ? html`<section class="banner" role="status" aria-label="Validation Failed banner">
            <h2>Validation Failed</h2>
            <p>Resolve the issues below; the checks run again by themselves.</p>
          </section>`
        : ''
    }
    ${shown(task)}
  </article>`

const newTask = (form?: Record<string, string>): Screen => ({
  title: 'New consumer registration',
  screen: 'new-registration-task',
  body: requestForm('now/registration-tasks/new', 'Submit', form),
})

/** View details of a connection, with its Authorized Users settings and the Off-Board Consumer related link (OFF-C). */
const detailsScreen = (details: ConnectionDetails): Screen => ({
  title: `Connection ${details.card.number}`,
  screen: 'connection-details',
  body: html`<section aria-label="Details">${shown(details)}</section>
    <form
      novalidate
      method="post"
      action="now/provider-center/connections/${details.card.number}/settings"
      aria-label="Authorized Users"
    >
      ${authorizedUserFields()}
      <p><button type="submit">Update</button></p>
    </form>
    <nav aria-label="Related links"><a href="${offboardPath(details.card.number)}">Off-Board Consumer</a></nav>`,
})

/** The Provider form (All > Service Exchange Provider > Provider, NEWPROV): a name, then Submit. */
const providerForm = (form: Record<string, string> = {}): Screen => ({
  title: 'New provider',
  screen: 'new-provider',
  body: html`<form novalidate method="post" action="now/provider/new">
    ${textField('name', 'Name', { value: form.name })}
    <p><button type="submit">Submit</button></p>
  </form>`,
})

const providerRecordScreen = (record?: ProviderRecord): Screen => ({
  title: 'Provider',
  screen: 'provider-record',
  body: record ? html`<section aria-label="Provider">${shown(record)}</section>` : html``,
})

/** The provider admin's screens: the provider record, the Provider Center, registration tasks and KMF diagnostics. */
export const providerCenterScreens: ScreenRoute[] = [
  { method: 'GET', path: '/now/provider/new', acting: 'provider user', show: () => providerForm() },
  {
    method: 'POST',
    path: '/now/provider/new',
    acting: 'provider user',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<ProviderRecord>({ provider, actor }, 'setUpProviderRecord', { name: form.name ?? '' }),
        providerRecordScreen,
        () => providerForm(form),
      ),
  },
  {
    method: 'GET',
    path: '/now/provider',
    acting: 'provider user',
    show: ({ provider, actor }) =>
      outcomeScreen(provider.viewProviderRecord(actor), providerRecordScreen, () => providerRecordScreen()),
  },
  {
    method: 'GET',
    path: '/now/provider-center',
    acting: 'provider user',
    show: ({ provider, actor }) =>
      outcomeScreen(
        provider.providerCenter.listConnections(actor),
        (cards) => connectionsTab(provider.release, cards),
        () => connectionsTab(provider.release, []),
      ),
  },
  {
    method: 'GET',
    path: '/now/provider-center/filtered',
    acting: 'provider user',
    show: ({ provider, actor, query }) =>
      outcomeScreen(
        provider.providerCenter.filterConnections(actor, query),
        (cards) => connectionsTab(provider.release, cards, html``, query.state),
        () => connectionsTab(provider.release, [], html``, query.state),
      ),
  },
  { method: 'GET', path: '/now/provider-center/new-connection', acting: 'provider user', show: () => newConnection() },
  {
    method: 'POST',
    path: '/now/provider-center/new-connection',
    acting: 'provider user',
    show: async (call: ScreenCall) =>
      outcomeScreen(
        await performed<ConnectionCard>(call, 'createConnection', requestOf(call.form)),
        (created) => ({
          title: 'Connection created',
          screen: 'connection-created',
          body: html`<p role="status">The connection was created.</p>
            ${card(call.provider.release)(created)}`,
        }),
        () => newConnection(call.form),
      ),
  },
  {
    method: 'GET',
    path: '/now/provider-center/connections/{number}',
    acting: 'provider user',
    show: ({ provider, actor, params }) =>
      outcomeScreen(
        provider.providerCenter.viewConnectionDetails(actor, params.number),
        (details) => detailsScreen(details),
        () => ({ title: 'Connection', screen: 'connection-details', body: html`` }),
      ),
  },
  {
    method: 'POST',
    path: '/now/provider-center/connections/{number}/settings',
    acting: 'provider user',
    show: async ({ provider, actor, params, form }) =>
      outcomeScreen(
        await performed<ConnectionSettings>(
          { provider, actor },
          'changeConnectionSettings',
          authorizedUserSettings(form),
          params.number,
        ),
        (settings) => ({
          title: 'Settings',
          screen: 'settings',
          body: html`<section aria-label="Settings">${shown(settings)}</section>`,
        }),
        () => ({ title: 'Connection', screen: 'connection-details', body: html`` }),
      ),
  },
  {
    method: 'GET',
    path: '/now/registration-tasks',
    acting: 'provider user',
    show: ({ provider, actor }) => {
      const list = (tasks: RegistrationTask[]): Screen => ({
        title: 'Consumer Registrations',
        screen: 'registration-tasks',
        body: html`<p><a href="now/registration-tasks/new">New</a></p>
          <section aria-label="Registration tasks">${tasks.map(taskForm)}</section>`,
      })
      return outcomeScreen(provider.tasks.list(actor), list, () => list([]))
    },
  },
  { method: 'GET', path: '/now/registration-tasks/new', acting: 'provider user', show: () => newTask() },
  {
    method: 'POST',
    path: '/now/registration-tasks/new',
    acting: 'provider user',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<RegistrationTask>({ provider, actor }, 'createRegistrationTask', requestOf(form)),
        (task) => ({ title: `Registration task ${task.number}`, screen: 'registration-task', body: taskForm(task) }),
        () => newTask(form),
      ),
  },
  {
    method: 'GET',
    path: '/now/registration-tasks/{number}',
    acting: 'provider user',
    show: ({ provider, actor, params }) =>
      outcomeScreen(
        provider.tasks.view(actor, params.number),
        (task) => ({ title: `Registration task ${task.number}`, screen: 'registration-task', body: taskForm(task) }),
        () => ({ title: 'Registration task', screen: 'registration-task', body: html`` }),
      ),
  },
  {
    method: 'GET',
    path: '/now/kmf-health',
    acting: 'provider user',
    show: ({ provider, actor }) =>
      outcomeScreen(
        provider.viewKmfHealth(actor),
        (health) => ({
          title: 'Key Management Health',
          screen: 'kmf-health',
          body: html`<section aria-label="Diagnostics">${shown(health)}</section>`,
        }),
        () => ({ title: 'Key Management Health', screen: 'kmf-health', body: html`` }),
      ),
  },
]
