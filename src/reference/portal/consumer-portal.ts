import { ConsumerSignUp, PortalSignIn, type ConsumerAccount, type PortalHome } from '../../contract/portal.schema'
import { acceptedUnless, accepted, refused, type Outcome } from '../../contract/refusal.schema'
import type { Clock } from '../clock'
import type { MailClient } from '../mail.client'
import type { ProviderStore } from '../provider-store'
import { newRegistrationToken } from '../registration-token'
import { RegistrationUrls } from '../registration-url'
import { refusal, type Rules } from '../rules'
import type { PortalConfiguration } from './portal-configuration'
import { signUpStepGuards } from './sign-up-steps'
import { INITIAL_ACCOUNT_STATE, nextAccountState } from '../../spec/portal-requests.workflow'
import type { PartOperations } from '../call'

/** Where verification links live on the instance: under the portal they verify for. */
export const VERIFICATION_PATH = '/csp/verify-email/'

/** The role a verified consumer holds (CSP-jakarta). */
export const CONSUMER_ROLE = 'sn_customerservice.consumer'

const DAY_MS = 24 * 60 * 60 * 1000

type StoredAccount = ConsumerSignUp & {
  state: ConsumerAccount['state']
  roles: string[]
  token: string
  linkSentAt: Date
  linkUsed: boolean
}

/** What the Consumer Service Portal needs from the instance around it. */
export type ConsumerPortalOptions = {
  store: ProviderStore
  rules: Rules
  config: PortalConfiguration
  mail: MailClient
  clock: Clock
  baseUrl: string
}

/**
 * The Consumer Service Portal's self-registration (CSP, §2.6 of the domain brief): Register, the form, Sign Up, a
 * verification email, and the link that activates the account.
 */
export class ConsumerPortal {
  readonly #accounts: StoredAccount[] = []
  readonly #links: RegistrationUrls

  constructor(private readonly options: ConsumerPortalOptions) {
    this.#links = new RegistrationUrls(options.baseUrl, options.rules.readings.tokenLinks, {
      linkPath: VERIFICATION_PATH,
    })
  }

  /** The portal as a visitor who is not signed in sees it. */
  home(): PortalHome {
    return { register: this.options.config.consumerRegister(), signUpAsks: this.options.config.consumerSignUpSteps() }
  }

  /** Sign Up: creates an account awaiting verification and emails its verification link. */
  async signUp(input: ConsumerSignUp): Promise<Outcome<ConsumerAccount>> {
    const { config, rules, clock } = this.options
    if (config.consumerRegister() === 'absent') {
      return refused(
        'registration-not-offered',
        'this portal offers no registration: the External User Registration plugin is not installed',
      )
    }
    const email = input.email
    const refusedBy = rules.firstRefusal([
      ...signUpStepGuards(config.consumerSignUpSteps(), input, { captcha: 'PORT-04', consent: 'PORT-05' }),
      [
        'PORT-12',
        () =>
          config.allowsEmail(email)
            ? undefined
            : refusal('email-domain-not-allowed', `${email} is not in one of the domains this portal allows`),
      ],
      [
        'PORT-03',
        () =>
          this.#emailTaken(email)
            ? refusal('email-taken', `${email} is already registered: try again with another address`)
            : undefined,
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    const account: StoredAccount = {
      ...input,
      state: INITIAL_ACCOUNT_STATE,
      roles: [],
      token: newRegistrationToken(),
      linkSentAt: clock.now(),
      linkUsed: false,
    }
    this.#accounts.push(account)
    await rules.readings.acknowledge((message) => this.options.mail.send(message), account.email, 'sign-up')
    await rules.enactInTurn([['PORT-07', () => this.#sendVerification(account)]])
    return accepted(view(account))
  }

  /** The person follows the link of their verification email. */
  verify(link: unknown): Outcome<ConsumerAccount> {
    const { rules, clock, config } = this.options
    const token = this.#links.tokenIn(link)
    const account = token === undefined ? undefined : this.#accounts.find((candidate) => candidate.token === token)
    if (!account) return refused('verification-link-unknown', 'this portal never sent that verification link')
    const expiresAt = account.linkSentAt.getTime() + config.verificationLinkExpiryDays * DAY_MS
    const refusedBy = rules.firstRefusal([
      [
        'PORT-10',
        () =>
          account.linkUsed ? refusal('verification-link-used', 'this verification link was already used') : undefined,
      ],
      [
        'PORT-11',
        () =>
          clock.now().getTime() >= expiresAt
            ? refusal(
                'verification-link-expired',
                `this verification link expired after ${config.verificationLinkExpiryDays} days: register again`,
              )
            : undefined,
      ],
    ])
    if (refusedBy) return { ok: false, refusal: refusedBy }
    account.linkUsed = true
    for (const each of rules.parts.accountsVerified(account, this.#accounts)) {
      each.state = nextAccountState(each.state, 'AddressVerified') ?? each.state
      rules.enact([['PORT-09', () => (each.roles = [CONSUMER_ROLE])]])
    }
    return accepted(view(account))
  }

  /** Signing in, which only a verified account can. */
  signIn(input: PortalSignIn): Outcome<ConsumerAccount> {
    const account = this.#account(input.email)
    if (!account || account.password !== input.password)
      return refused('sign-in-failed', 'no account signs in with this email address and password')
    const refusedBy = this.options.rules.firstRefusal([
      [
        'PORT-08',
        () =>
          account.state === 'active'
            ? undefined
            : refusal('account-not-verified', 'select the link in the verification email before signing in'),
      ],
    ])
    return acceptedUnless(refusedBy, view(account))
  }

  /** An address is taken by an account or a user of the instance (CSP: the email must be unique). */
  #emailTaken(email: string): boolean {
    const account = this.#account(email)
    return this.options.rules.parts.addressTaken({
      account,
      byUser: [...this.options.store.users.values()].some((user) => this.#sameAddress(user.email, email)),
    })
  }

  #account(email: string): StoredAccount | undefined {
    return this.#accounts.find((account) => this.#sameAddress(account.email, email))
  }

  /**
   * Whether two addresses are one: whatever their capitals, or only as typed, as the reading chooses (RD-19, FREE-20).
   */
  #sameAddress(one: string, other: string): boolean {
    return this.options.rules.readings.sameAddress(one, other)
  }

  async #sendVerification(account: StoredAccount): Promise<void> {
    const link = this.#links.urlOf(account.token)
    await this.options.mail.send({
      kind: 'email-verification',
      link,
      to: account.email,
      subject: 'Verify your email address for the Consumer Service Portal',
      text: [
        `Hello ${account.firstName},`,
        'Select this link to verify your email address and complete your registration:',
        link,
        `The link expires in ${this.options.config.verificationLinkExpiryDays} days.`,
      ].join('\n\n'),
    })
  }
}

const view = (account: StoredAccount): ConsumerAccount => ({
  email: account.email,
  state: account.state,
  roles: [...account.roles],
})

/** The Consumer Service Portal's operations of the contract. */
export const CONSUMER_PORTAL_OPERATIONS = {
  viewConsumerPortal: (portal) => accepted(portal.home()),
  signUpToConsumerPortal: (portal, { body }) => portal.signUp(body),
  followVerificationLink: (portal, { body }) => portal.verify(body.link),
  signInToConsumerPortal: (portal, { body }) => portal.signIn(body),
} satisfies PartOperations<ConsumerPortal>
