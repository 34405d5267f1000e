import { TOKEN_PARAMETER } from '../contract/link-token'

/** Where a registration URL carries its token: its last path segment, or the contract's query parameter (FREE-07). */
export type TokenPlacement = 'path' | 'query'

/** Where registration URLs live on the provider instance. */
const REGISTRATION_PATH = '/sx/registration/'

/**
 * Links that carry a token on the provider's own address: registration URLs by default, and any other link a person
 * follows from an email (a portal's verification link).
 */
export class RegistrationUrls {
  readonly #origin: string
  readonly #path: string
  readonly #placement: TokenPlacement
  private readonly linkPath: string
  constructor(
    private readonly baseUrl: string,
    options: { linkPath?: string; placement?: TokenPlacement } = {},
  ) {
    this.linkPath = options.linkPath ?? REGISTRATION_PATH
    // where a link carries its token is free (FREE-07), and npm run prove-fairness runs both
    // Stryker disable next-line all: for the reason above
    this.#placement = options.placement ?? 'path'
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
    // Stryker disable all: where a link carries its token is free (FREE-07), and npm run prove-fairness runs both
    if (this.#placement === 'query')
      return `${this.baseUrl}${this.linkPath.replace(/\/$/, '')}?${TOKEN_PARAMETER}=${token}`
    // Stryker restore all
    return `${this.baseUrl}${this.linkPath}${token}`
  }

  /** The token of a URL this provider could have issued; undefined for anything else. */
  tokenIn(registrationUrl: unknown): string | undefined {
    // a request outside its schema, which no scenario sends; npm test's fuzz sends them
    // Stryker disable next-line ConditionalExpression,LogicalOperator: for the reason above
    if (typeof registrationUrl !== 'string' || !URL.canParse(registrationUrl)) return undefined
    const url = new URL(registrationUrl)
    if (url.origin !== this.#origin) return undefined
    // Stryker disable all: where a link carries its token is free (FREE-07), and npm run prove-fairness runs both
    if (this.#placement === 'query')
      return url.pathname === this.#path.replace(/\/$/, '')
        ? (url.searchParams.get(TOKEN_PARAMETER) ?? undefined)
        : undefined
    // Stryker restore all
    if (!url.pathname.startsWith(this.#path)) return undefined
    return url.pathname.slice(this.#path.length) || undefined
  }
}
