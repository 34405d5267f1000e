import type { CustomerIntegration, RegistrationCase } from '../../contract/legacy.schema'
import { html, shown, textField, type Html } from './html'
import { outcomeScreen, performed, type Screen, type ScreenRoute } from './screen'

const catalogItem = (form: Record<string, string> = {}): Screen => ({
  title: 'Service Bridge Registration',
  screen: 'service-bridge-registration',
  body: html`<form novalidate method="post" action="now/service-bridge-registration">
    ${textField('account', 'Account', { value: form.account })}
    ${textField('contact', 'Contact', { value: form.contact })}
    ${textField('url', 'Customer instance URL', { type: 'url', value: form.url })}
    ${textField('instanceId', 'Instance ID', { value: form.instanceId })}
    <p><button type="submit">Submit</button></p>
  </form>`,
})

/** A registration case with its work notes and subscription, and the approval's Approve and Reject. */
function caseScreen(number: string, value?: RegistrationCase): Screen {
  const decide = (decision: string, label: string): Html =>
    html`<form novalidate method="get" action="now/registration-cases/${number}/confirm">
      <input type="hidden" name="decision" value="${decision}" /><button type="submit">${label}</button>
    </form>`
  return {
    title: `Registration case ${number}`,
    screen: 'registration-case',
    body: html`${value ? html`<section aria-label="Case">${shown(value)}</section>` : ''}
      <section aria-label="Replication Subscription approval">
        ${decide('approve', 'Approve')}${decide('reject', 'Reject')}
      </section>`,
  }
}

/** The confirmation an approval asks for: Yes goes ahead, No leaves everything as it was (S2, steps 5 and 6). */
function confirmation(number: string, decision: string): Screen {
  const verb = decision === 'reject' ? 'reject' : 'approve'
  return {
    title: `Confirm: ${verb} the Replication Subscription of ${number}?`,
    screen: 'decision-confirmation',
    body: html`<form
      novalidate
      method="post"
      action="now/registration-cases/${number}/decision"
      role="alertdialog"
      aria-label="Confirmation"
    >
      <input type="hidden" name="decision" value="${verb}" />
      <button type="submit" name="confirmed" value="yes">Yes</button>
      <button type="submit" name="confirmed" value="no">No</button>
    </form>`,
  }
}

/** The customer instance's view of the integration, with its two actions. */
function integrationScreen(instance: string, value?: CustomerIntegration): Screen {
  const act = (path: string, label: string): Html =>
    html`<form novalidate method="post" action="now/customer-integration/${path}">
      <input type="hidden" name="instance" value="${instance}" /><button type="submit">${label}</button>
    </form>`
  return {
    title: 'Service Bridge integration',
    screen: 'customer-integration',
    body: html`${value ? html`<section aria-label="Integration">${shown(value)}</section>` : ''}
    ${act('provider-record', 'Create provider record')}${act('activation', 'Activate replication set')}`,
  }
}

/**
 * The legacy Service Bridge screens (S2): the catalog item and the case on the provider, the customer instance's
 * integration.
 */
export const legacyScreens: ScreenRoute[] = [
  { method: 'GET', path: '/now/service-bridge-registration', acting: 'provider user', show: () => catalogItem() },
  {
    method: 'POST',
    path: '/now/service-bridge-registration',
    acting: 'provider user',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<RegistrationCase>({ provider, actor }, 'submitServiceBridgeRegistration', {
          accountId: form.account,
          contactId: form.contact,
          customerInstanceUrl: form.url,
          customerInstanceId: form.instanceId,
        }),
        (value) => caseScreen(value.number, value),
        () => catalogItem(form),
      ),
  },
  {
    method: 'GET',
    path: '/now/registration-cases/{number}',
    acting: 'provider user',
    show: ({ provider, actor, params }) =>
      outcomeScreen(
        provider.legacy.viewCase(actor, params.number),
        (value) => caseScreen(value.number, value),
        () => caseScreen(params.number!),
      ),
  },
  {
    method: 'GET',
    path: '/now/registration-cases/{number}/confirm',
    acting: 'provider user',
    show: ({ params, query }) => confirmation(params.number!, query.decision ?? ''),
  },
  {
    method: 'POST',
    path: '/now/registration-cases/{number}/decision',
    acting: 'provider user',
    show: async ({ provider, actor, params, form }) =>
      outcomeScreen(
        await performed<RegistrationCase>(
          { provider, actor },
          'decideSubscription',
          { decision: form.decision, confirmed: form.confirmed === 'yes' },
          params.number,
        ),
        (value) => caseScreen(value.number, value),
        () => caseScreen(params.number!),
      ),
  },
  {
    method: 'GET',
    path: '/now/customer-integration',
    acting: 'consumer user',
    show: async ({ provider, actor, query }) =>
      outcomeScreen(
        await provider.legacy.viewIntegration(actor, query.instance),
        (value) => integrationScreen(query.instance ?? '', value),
        () => integrationScreen(query.instance ?? ''),
      ),
  },
  {
    method: 'POST',
    path: '/now/customer-integration/provider-record',
    acting: 'consumer user',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await provider.legacy.createProviderRecord(actor, form.instance),
        (value) => integrationScreen(form.instance ?? '', value),
        () => integrationScreen(form.instance ?? ''),
      ),
  },
  {
    method: 'POST',
    path: '/now/customer-integration/activation',
    acting: 'consumer user',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await provider.legacy.activateReplicationSet(actor, form.instance),
        (value) => integrationScreen(form.instance ?? '', value),
        () => integrationScreen(form.instance ?? ''),
      ),
  },
]
