import type { Page } from 'playwright-core'
import type { Actor, ConsumerUser } from '../contract/actor.schema'
import type { OffboardRequest } from '../contract/connection.schema'
import type { OperationName } from '../contract/operations'
import type { PortalHome, SignUpStep } from '../contract/portal.schema'
import type { Outcome } from '../contract/refusal.schema'
import type { Release } from '../requirements/requirement.schema'
import type { BrowserTabs } from './browser-tabs'
import { TargetError, type AnswerOf } from './contract-client'
import { connectionPath } from './screen-paths'

/**
 * What a person does on the target's screens, in their own tab: open a screen and read it, fill a form and submit
 * it, press buttons, work the registration page. The screen steps of each verb are these acts (screen-steps.ts).
 */
export class ScreenActs {
  constructor(
    private readonly tabs: BrowserTabs,
    private readonly release: Release,
  ) {}

  /**
   * Opens a form, fills it, ticks the checkboxes the person means to (each named by a pattern) and presses its
   * button; a screen that refuses the person before the form ends it.
   */
  async submit<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    fields: Record<string, string | undefined>,
    button: string,
    ticks: [checkbox: RegExp, wanted: boolean | undefined][] = [],
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await this.tabs.of(actor)
    await this.tabs.visit(tab, path)
    const blocked = await this.tabs.refusal(tab)
    if (blocked) return blocked
    await this.tabs.fill(tab, fields)
    for (const [checkbox, wanted] of ticks) await this.tabs.tick(tab, checkbox, wanted)
    await this.tabs.press(tab, button)
    return this.tabs.outcome(tab, verb)
  }

  /** Opens a screen and reads it; a list screen gives all its records. */
  async view<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    all = false,
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await this.tabs.of(actor)
    await this.tabs.visit(tab, path)
    return this.tabs.outcome(tab, verb, all ? (reading) => reading.records : undefined)
  }

  /** Opens a screen, presses its buttons in turn, and reads where they led. */
  async act<N extends OperationName>(
    verb: N,
    actor: Actor | ConsumerUser | undefined,
    path: string,
    buttons: string[],
  ): Promise<Outcome<AnswerOf<N>>> {
    const tab = await this.tabs.of(actor)
    await this.tabs.visit(tab, path)
    // Someone the screen turns away on arrival (not signed in, say) has no button to press: that refusal is the answer.
    const refusedOnArrival = await this.tabs.refusal(tab)
    if (refusedOnArrival) return refusedOnArrival
    for (const button of buttons) await this.tabs.press(tab, button)
    return this.tabs.outcome(tab, verb)
  }

  /**
   * The person's tab on the page of a registration URL: where it already is, or opened there, which is how a
   * person gets to its buttons. A URL that does not let them in ends it with the refusal the page shows.
   */
  async onRegistrationPage(actor: ConsumerUser, registrationUrl: string): Promise<Page | Outcome<never>> {
    const tab = await this.tabs.of(actor)
    const there = tab.url().startsWith(registrationUrl) && (await this.tabs.button(tab, 'Get Started')) !== 'missing'
    if (there) return tab
    await this.tabs.visit(tab, registrationUrl)
    return (await this.tabs.refusal(tab)) ?? tab
  }

  /** The registration page as the screen shows it, Start Registration read off its button. */
  async registrationPage<N extends 'openRegistrationUrl' | 'getStarted' | 'validateAndResolve' | 'startRegistration'>(
    tab: Page,
    verb: N,
  ) {
    const button = await this.tabs.button(tab, 'Start Registration')
    const startRegistration = button === 'missing' ? 'hidden' : button
    return this.tabs.outcome(tab, verb, (reading) => ({ ...(reading.records[0] as object), startRegistration }))
  }

  /**
   * Presses a button of the registration page. A button the page may withhold cannot be pressed: the page says
   * no by leaving it out (or disabling it), and that is read as the refusal the contract gives for it. A button
   * the page must always offer (Get Started) and does not is a screen that breaks the procedure.
   */
  async onPage<N extends 'getStarted' | 'validateAndResolve' | 'startRegistration'>(
    verb: N,
    actor: ConsumerUser,
    registrationUrl: string,
    button: string,
    unavailable?: () => Outcome<never>,
  ) {
    const tab = await this.onRegistrationPage(actor, registrationUrl)
    if (!('goto' in tab)) return tab
    if ((await this.tabs.button(tab, button)) !== 'enabled') {
      if (unavailable) return unavailable()
      throw new TargetError(`${verb}: the registration page offers no ${button} to press`)
    }
    await this.tabs.press(tab, button)
    return this.registrationPage(tab, verb)
  }

  /** Where a portal shows Register to a visitor, and what its form asks for behind it. */
  async portalHome(verb: 'viewConsumerPortal' | 'viewCustomerPortal', portal: string): Promise<Outcome<PortalHome>> {
    const tab = await this.tabs.of()
    await this.tabs.visit(tab, portal)
    const blocked = await this.tabs.refusal(tab)
    if (blocked) return blocked
    const register = (await this.tabs.hasLink(tab, 'Register', 'Portal header'))
      ? 'portal header'
      : (await this.tabs.hasLink(tab, 'Register', 'Login widget'))
        ? 'login widget'
        : 'absent'
    const signUpAsks: SignUpStep[] = []
    if (register !== 'absent') {
      await this.tabs.follow(tab, 'Register', register === 'portal header' ? 'Portal header' : 'Login widget')
      if (await this.tabs.hasCheckbox(tab, /CAPTCHA/)) signUpAsks.push('captcha')
      if (await this.tabs.hasCheckbox(tab, /privacy policy/)) signUpAsks.push('consent')
    }
    return this.tabs.outcome(tab, verb, () => ({ register, signUpAsks }))
  }

  /** Off-board Consumer: from the card in Brazil, from the connection's related links in Australia. */
  async offboard(actor: Actor, number: string, request: OffboardRequest) {
    const tab = await this.tabs.of(actor)
    // Brazil offers Offboard Consumer on the card (CT-brazil); Australia, Off-Board Consumer among the connection's
    // related links.
    const [page, link, landmark] =
      this.release === 'brazil'
        ? ['now/provider-center', 'Offboard Consumer', `Actions of ${number}`]
        : [connectionPath(number), 'Off-Board Consumer', 'Related links']
    await this.tabs.visit(tab, page)
    const blocked = await this.tabs.refusal(tab)
    if (blocked) return blocked
    // A connection the screens do not show has no link to follow: its confirmation is opened by its address.
    if (await this.tabs.hasLink(tab, link, landmark)) await this.tabs.follow(tab, link, landmark)
    else await this.tabs.visit(tab, `${connectionPath(number)}/offboard`)
    await this.tabs.tick(tab, /Delete all existing tasks/, request.deleteTasks)
    await this.tabs.fill(tab, { 'Type Delete to confirm': request.typed })
    await this.tabs.press(tab, 'OK')
    return this.tabs.outcome(tab, 'offboardConsumer')
  }

  /** Opens a registration URL in the person's tab and reads the page. */
  async openRegistrationUrl(actor: ConsumerUser, registrationUrl: string) {
    const tab = await this.tabs.of(actor)
    await this.tabs.visit(tab, registrationUrl)
    return this.registrationPage(tab, 'openRegistrationUrl')
  }
}
