import type { TokenLinks } from '../run/readings'

/** Where registration URLs live on the provider instance. */
const REGISTRATION_PATH = '/sx/registration/'

/**
 * Links that carry a token on the provider's own address: registration URLs by default, and any other link a person
 * follows from an email (a portal's verification link). Where a link carries its token is a reading (FREE-07).
 */
export class RegistrationUrls {
  readonly #origin: string
  readonly #path: string
  private readonly linkPath: string
  constructor(
    private readonly baseUrl: string,
    /** Where a link carries its token: a reading (FREE-07), asked when a link is made or read. */
    private readonly tokens: () => TokenLinks,
    options: { linkPath?: string } = {},
  ) {
    this.linkPath = options.linkPath ?? REGISTRATION_PATH
    const linkPath = this.linkPath
    const base = new URL(baseUrl)
    this.#origin = base.origin
    // A provider instance may live under a path of its host, as each one a reference server opens does.
    // in-process a provider instance lives at the root of its host; the runs over HTTP, where it lives under a path,
    // depend on this
    // Stryker disable next-line Regex: for the reason above
    this.#path = `${base.pathname.replace(/\/$/, '')}${linkPath}`
  }

  urlOf(token: string): string {
    return this.tokens().urlOf(`${this.baseUrl}${this.linkPath}`, token)
  }

  /** The token of a URL this provider could have issued; undefined for anything else. */
  tokenIn(registrationUrl: unknown): string | undefined {
    // a request outside its schema, which no scenario sends; npm test's fuzz sends them
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    if (typeof registrationUrl !== 'string' || !URL.canParse(registrationUrl)) return undefined
    const url = new URL(registrationUrl)
    if (url.origin !== this.#origin) return undefined
    return this.tokens().tokenIn(url, this.#path)
  }
}
