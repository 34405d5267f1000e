import type { RegistrationPage } from '../../contract/registration-page.schema'
import type { ConnectionSettings } from '../../contract/connection.schema'
import { html, shown } from './html'
import { outcomeScreen, performed, type Screen, type ScreenCall, type ScreenRoute } from './screen'
import { consumerSettings, consumerSettingsFields } from './settings-form'

/** Where the page of a registration URL posts its buttons: under the URL itself. */
const here = (call: ScreenCall): string => `sx/registration/${call.params.token}`

/**
 * The consumer's page ("Create your connection", CC): the registration, the check results each with Validate & resolve,
 * Get Started, and Start Registration, shown disabled or not at all until the registration is validated.
 */
function registrationPage(call: ScreenCall, value: RegistrationPage): Screen {
  const { startRegistration, ...fields } = value
  const action = here(call)
  return {
    title: 'Create your connection',
    screen: 'registration-page',
    body: html`<section aria-label="Registration">${shown(fields)}</section>
      <section aria-label="Issues to resolve">
        ${value.checks.map(
          (check) =>
            html`<form novalidate method="post" action="${action}/resolve">
              <input type="hidden" name="check" value="${check.check}" /><button
                type="submit"
                aria-label="Validate & resolve ${check.check}"
              >
                Validate &amp; resolve
              </button>
            </form>`,
        )}
      </section>
      <form novalidate method="post" action="${action}/get-started"><button type="submit">Get Started</button></form>
      ${startRegistration === 'hidden' ? '' : html`<form novalidate method="post" action="${action}/start"><button type="submit" ${startRegistration === 'disabled' ? html` disabled` : ''}>Start Registration</button></form>`}`,
  }
}

/** A registration URL that does not let the person in shows nothing but why. */
const refusedPage = (): Screen => ({ title: 'Create your connection', screen: 'registration-page', body: html`` })

/** A refused button leaves the person on the page, which still offers its buttons; the target judges the next one. */
const refusedAction = (call: ScreenCall) => (): Screen => ({
  title: 'Create your connection',
  screen: 'registration-page',
  body: html`<form novalidate method="post" action="${here(call)}/get-started">
      <button type="submit">Get Started</button>
    </form>
    <form novalidate method="post" action="${here(call)}/start">
      <button type="submit">Start Registration</button>
    </form>`,
})

/** Configure settings, the step after success (CC, steps 4 and 5): the settings, then Done. */
const settingsForm = (call: ScreenCall): Screen => ({
  title: 'Configure settings',
  screen: 'configure-settings',
  body: html`<form novalidate method="post" action="${here(call)}/settings">
    ${consumerSettingsFields()}
    <p><button type="submit">Done</button></p>
  </form>`,
})

/** The page a registration URL opens, and its buttons. */
export const registrationPageScreens: ScreenRoute[] = [
  {
    method: 'GET',
    path: '/sx/registration/{token}',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await call.provider.wizard.open(call.actor, call.address),
        (value) => registrationPage(call, value),
        refusedPage,
      ),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/get-started',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await call.provider.wizard.getStarted(call.actor, registrationUrlOf(call)),
        (value) => registrationPage(call, value),
        refusedAction(call),
      ),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/resolve',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await performed<RegistrationPage>(call, 'validateAndResolve', {
          registrationUrl: registrationUrlOf(call),
          check: call.form.check,
        }),
        (value) => registrationPage(call, value),
        refusedAction(call),
      ),
  },
  {
    method: 'GET',
    path: '/sx/registration/{token}/settings',
    acting: 'consumer user',
    show: (call) => settingsForm(call),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/settings',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await performed<ConnectionSettings>(call, 'configureSettings', {
          registrationUrl: registrationUrlOf(call),
          settings: consumerSettings(call.form),
        }),
        (settings) => ({
          title: 'Settings',
          screen: 'settings',
          body: html`<section aria-label="Settings">${shown(settings)}</section>`,
        }),
        () => settingsForm(call),
      ),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/start',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await call.provider.wizard.startRegistration(call.actor, registrationUrlOf(call)),
        (value) => registrationPage(call, value),
        refusedAction(call),
      ),
  },
]

/** The registration URL a button of the page acts on: the page's own address. */
const registrationUrlOf = (call: ScreenCall): string =>
  call.address.replace(/\/(get-started|resolve|start|settings)$/, '')
