/**
 * The longest value each kind of field of a request may hold. The contract's schemas carry these limits, so the OpenAPI
 * document states them (maxLength, maxItems) and a target may refuse anything longer as an invalid request; the
 * reference does, which bounds what one record can cost it.
 */
export const FIELD_LIMITS = {
  /** A name, a user name, an identifier, a code. */
  name: 200,
  /** An address: instance URLs, registration URLs, links. */
  url: 2_048,
  /** An email address (RFC 5321's limit for a path). */
  email: 254,
  password: 256,
  /** Entries of a list: roles, allowed email domains. */
  list: 50,
} as const
