/** Where registration URLs live on the provider instance. */
const REGISTRATION_PATH = '/sx/registration/'

/** Registration URLs of one provider instance: a token on the provider's own address. */
export class RegistrationUrls {
  readonly #origin: string
  constructor(private readonly baseUrl: string) {
    this.#origin = new URL(baseUrl).origin
  }

  urlOf(token: string): string {
    return `${this.baseUrl}${REGISTRATION_PATH}${token}`
  }

  /** The token of a URL this provider could have issued; undefined for anything else. */
  tokenIn(registrationUrl: unknown): string | undefined {
    if (typeof registrationUrl !== 'string' || !URL.canParse(registrationUrl)) return undefined
    const url = new URL(registrationUrl)
    if (url.origin !== this.#origin || !url.pathname.startsWith(REGISTRATION_PATH)) return undefined
    return url.pathname.slice(REGISTRATION_PATH.length) || undefined
  }
}
