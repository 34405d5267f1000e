import type { ConsumerAccount, CustomerRegistrationRequest, PortalHome, SignUpStep } from '../../contract/portal.schema'
import { checkbox, html, shown, textField, type Html } from './html'
import { outcomeScreen, performed, ticked, type Screen, type ScreenRoute } from './screen'

/** The steps a sign-up form asks for, in the order the portal shows them. */
const stepFields: Record<SignUpStep, Html> = {
  captcha: html`<fieldset>
    <legend>Security Code</legend>
    ${checkbox('captcha', "I'm not a robot (CAPTCHA verified)")}
  </fieldset>`,
  consent: checkbox('consent', 'I agree to the privacy policy and the community terms and conditions'),
}

/** A portal's header, with Register in it when the portal puts it there. */
const portalHeader = (name: string, home: PortalHome, portal: string): Html =>
  html`<header>
    <strong>${name}</strong>
    <nav aria-label="Portal header">
      ${home.register === 'portal header' ? html`<a href="${portal}/register">Register</a>` : ''}
    </nav>
  </header>`

/** The Consumer Service Portal as a visitor who is not signed in sees it: the header and the login widget. */
function consumerHome(home: PortalHome): Screen {
  return {
    title: 'Consumer Service Portal',
    screen: 'csp-home',
    header: portalHeader('Consumer Service Portal', home, 'csp'),
    body: html`<section aria-label="Login widget">
      ${signInForm()}${home.register === 'login widget' ? html`<p>New here? <a href="csp/register">Register</a></p>` : ''}
    </section>`,
  }
}

const signInForm = (): Html =>
  html`<form novalidate method="post" action="csp/login">
    ${textField('email', 'Email', { type: 'email' })} ${textField('password', 'Password', { type: 'password' })}
    <p><button type="submit">Log in</button></p>
  </form>`

const consumerSignUpForm = (asks: SignUpStep[], form: Record<string, string> = {}): Screen => ({
  title: 'Register',
  screen: 'csp-register',
  body: html`<form novalidate method="post" action="csp/register">
    ${textField('firstName', 'First name', { value: form.firstName })}
    ${textField('lastName', 'Last name', { value: form.lastName })}
    ${textField('email', 'Email', { type: 'email', value: form.email })}
    ${textField('password', 'Password', { type: 'password' })} ${asks.map((step) => stepFields[step])}
    <p><button type="submit">Sign Up</button></p>
  </form>`,
})

const accountScreen =
  (title: string, screen: string) =>
  (value: unknown): Screen => ({ title, screen, body: html`<section aria-label="Account">${shown(value)}</section>` })

const customerHome = (home: PortalHome): Screen => ({
  title: 'Customer Service Portal',
  screen: 'csm-home',
  header: portalHeader('Customer Service Portal', home, 'csm'),
  body: html`<p>Sign in or register to get support for your account.</p>`,
})

const customerRegistrationForm = (asks: SignUpStep[], form: Record<string, string> = {}): Screen => ({
  title: 'Register',
  screen: 'csm-register',
  body: html`<form novalidate method="post" action="csm/register">
    ${textField('firstName', 'First Name', { value: form.firstName })}
    ${textField('lastName', 'Last Name', { value: form.lastName })}
    ${textField('email', 'Business Email', { type: 'email', value: form.email })}
    ${textField('registrationCode', 'Registration Code', { value: form.registrationCode })}
    ${asks.map((step) => stepFields[step])}
    <p><button type="submit">Submit</button></p>
  </form>`,
})

/** Approve and Reject of one request. */
const decisionForm = (number: string): Html =>
  html`<form novalidate method="post" action="csm/approvals/${number}">
    <button type="submit" name="decision" value="approve">Approve</button>
    <button type="submit" name="decision" value="reject">Reject</button>
  </form>`

/** A registration request as a customer admin sees it, with Approve and Reject. */
const requestCard = (request: CustomerRegistrationRequest): Html =>
  html`<article aria-label="Registration request ${request.number}">
    ${shown(request)} ${decisionForm(request.number)}
  </article>`

const approvals = (requests: CustomerRegistrationRequest[]): Screen => ({
  title: 'Registration requests',
  screen: 'csm-approvals',
  body: html`<section aria-label="Approvals">${requests.map(requestCard)}</section>`,
})

/** The Consumer Service Portal (/csp) and the CSM customer portal (/csm). */
export const portalScreens: ScreenRoute[] = [
  {
    method: 'GET',
    path: '/csp',
    acting: 'nobody',
    show: ({ provider }) => consumerHome(provider.consumerPortal.home()),
  },
  {
    method: 'GET',
    path: '/csp/register',
    acting: 'nobody',
    show: ({ provider }) => {
      const home = provider.consumerPortal.home()
      if (home.register !== 'absent') return consumerSignUpForm(home.signUpAsks)
      return {
        ...consumerHome(home),
        refusal: { code: 'registration-not-offered', reason: 'this portal offers no registration' },
      }
    },
  },
  {
    method: 'POST',
    path: '/csp/register',
    acting: 'nobody',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<ConsumerAccount>({ provider, actor }, 'signUpToConsumerPortal', {
          ...form,
          captchaVerified: ticked(form, 'captcha'),
          acceptedTerms: ticked(form, 'consent'),
        }),
        accountScreen('Check your email', 'csp-signed-up'),
        () => consumerSignUpForm(provider.consumerPortal.home().signUpAsks, form),
      ),
  },
  {
    method: 'GET',
    path: '/csp/verify-email/{token}',
    acting: 'nobody',
    show: ({ provider, address }) =>
      outcomeScreen(provider.consumerPortal.verify(address), accountScreen('Email verified', 'csp-verified'), () => ({
        title: 'Verify your email',
        screen: 'csp-verified',
        body: html``,
      })),
  },
  {
    method: 'POST',
    path: '/csp/login',
    acting: 'nobody',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<ConsumerAccount>({ provider, actor }, 'signInToConsumerPortal', form),
        accountScreen('Welcome', 'csp-signed-in'),
        () => consumerHome(provider.consumerPortal.home()),
      ),
  },
  {
    method: 'GET',
    path: '/csm',
    acting: 'nobody',
    show: ({ provider }) => customerHome(provider.customerPortal.home()),
  },
  {
    method: 'GET',
    path: '/csm/register',
    acting: 'nobody',
    show: ({ provider }) => customerRegistrationForm(provider.customerPortal.home().signUpAsks),
  },
  {
    method: 'POST',
    path: '/csm/register',
    acting: 'nobody',
    show: async ({ provider, actor, form }) =>
      outcomeScreen(
        await performed<CustomerRegistrationRequest>({ provider, actor }, 'submitCustomerRegistration', {
          ...form,
          captchaVerified: ticked(form, 'captcha'),
          acceptedTerms: ticked(form, 'consent'),
        }),
        (request) => ({
          title: 'Registration submitted',
          screen: 'csm-submitted',
          body: html`<p role="status">Your registration request has been submitted and is pending review.</p>
            <section aria-label="Request">${shown(request)}</section>`,
        }),
        () => customerRegistrationForm(provider.customerPortal.home().signUpAsks, form),
      ),
  },
  {
    method: 'GET',
    path: '/csm/approvals',
    acting: 'provider user',
    show: ({ provider, actor }) =>
      outcomeScreen(provider.customerPortal.approvals(actor), approvals, () => approvals([])),
  },
  {
    // The approval a customer admin is sent to: its buttons, for the target to judge who presses them.
    method: 'GET',
    path: '/csm/approvals/{number}',
    acting: 'provider user',
    show: ({ params }) => ({
      title: `Registration request ${params.number}`,
      screen: 'csm-approval',
      body: decisionForm(params.number!),
    }),
  },
  {
    method: 'POST',
    path: '/csm/approvals/{number}',
    acting: 'provider user',
    show: async ({ provider, actor, params, form }) =>
      outcomeScreen(
        await performed<CustomerRegistrationRequest>(
          { provider, actor },
          'decideCustomerRegistration',
          { decision: form.decision },
          params.number,
        ),
        (request) => ({
          title: `Registration request ${request.number}`,
          screen: 'csm-decided',
          body: html`<section aria-label="Request">${shown(request)}</section>`,
        }),
        () => approvals([]),
      ),
  },
]
