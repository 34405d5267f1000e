import type { PlatformRelease, PortalSettings, RegisterPlacement, SignUpStep } from '../../contract/portal.schema'
import type { StartingSettings } from '../../contract/starting-settings'
import type { Rules } from '../rules'

/** Releases whose /csp sign-up still asks for the CAPTCHA and the consent (CSP-xanadu, CSP-yokohama). */
const RELEASES_WITH_SIGN_UP_STEPS: readonly PlatformRelease[] = ['xanadu', 'yokohama']

/**
 * The last release whose /csp Register link came with the portal; from Yokohama on it needs the plugin (CSP-yokohama).
 */
const REGISTER_WITHOUT_PLUGIN: readonly PlatformRelease[] = ['xanadu']

/** How the instance's portals are set up: the platform release they run and the external-registration properties. */
export class PortalConfiguration {
  /** What was configured so far: what was not is as the instance started, read only when it is needed. */
  readonly #configured: { platformRelease?: PlatformRelease; externalUserRegistration?: boolean } = {}
  allowedEmailDomains: string[] = []
  /** sn_ext_usr_reg.Reg_link_expiration_days falls back to 3 (EXTREG). */
  verificationLinkExpiryDays = 3

  /** The portals as a new instance starts them: on the instance's release unless the starting settings name another. */
  constructor(
    private readonly release: PlatformRelease,
    private readonly start: StartingSettings,
    private readonly rules: Rules,
  ) {}

  get platformRelease(): PlatformRelease {
    return this.#configured.platformRelease ?? this.start.portalsPlatformRelease ?? this.release
  }
  set platformRelease(release: PlatformRelease) {
    this.#configured.platformRelease = release
  }

  get externalUserRegistration(): boolean {
    return this.#configured.externalUserRegistration ?? this.start.externalUserRegistration
  }
  set externalUserRegistration(on: boolean) {
    this.#configured.externalUserRegistration = on
  }

  apply(settings: PortalSettings): void {
    Object.assign(this, Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)))
  }

  /**
   * Where a visitor who is not signed in finds Register on /csp (RD-12): in the portal header up to Xanadu; from
   * Yokohama on only with the External User Registration plugin, in the header (the portal pages) or the login widget
   * (the plugin's page), as the reading chooses (FREE-19).
   */
  consumerRegister(): RegisterPlacement {
    let placement: RegisterPlacement = 'absent'
    this.rules.enact([['PORT-01', () => (placement = this.#registerForVisitors())]])
    return placement
  }

  /** PORT-01, PORT-02: where Register is offered to visitors in this release and with these plugins. */
  #registerForVisitors(): RegisterPlacement {
    if (REGISTER_WITHOUT_PLUGIN.includes(this.platformRelease)) return 'portal header'
    return this.rules.applies('PORT-02', () => !this.externalUserRegistration)
      ? 'absent'
      : this.rules.readings.registerWithPlugin()
  }

  /** The steps the /csp form asks for before Sign Up: both up to Yokohama, neither from Zurich on. */
  consumerSignUpSteps(): SignUpStep[] {
    return this.rules.applies('PORT-06', () => !RELEASES_WITH_SIGN_UP_STEPS.includes(this.platformRelease))
      ? []
      : ['captcha', 'consent']
  }

  /** Whether an address is in one of the allowed domains; an empty list allows every domain (EXTREG). */
  allowsEmail(email: string): boolean {
    return (
      this.allowedEmailDomains.length === 0 ||
      this.allowedEmailDomains.some((allowed) => this.rules.parts.inAllowedDomain(email, allowed))
    )
  }
}
