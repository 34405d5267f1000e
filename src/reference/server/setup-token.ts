import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readBearerToken } from '../../contract/basic-credentials'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'

/** A fresh setup token: 256 bits, URL-safe, for a server started without one. */
export const newSetupToken = (): string => randomBytes(32).toString('base64url')

/** The shortest setup token a server accepts to be given: shorter ones can be guessed. */
export const MIN_SETUP_TOKEN_LENGTH = 16

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * Whether a request carries the server's setup token as a Bearer credential. Setup can make anyone an admin and read
 * every live registration URL, so only whoever started the server may do it; the comparison takes the same time
 * whatever the guess.
 */
export function checkSetupToken(expected: string, authorization: string | undefined): Outcome<void> {
  const given = readBearerToken(authorization)
  if (given !== undefined && timingSafeEqual(digest(given), digest(expected))) return accepted(undefined)
  return refused(
    'setup-token-invalid',
    'setup needs the setup token the server printed at start, as "Authorization: Bearer <token>"',
  )
}
