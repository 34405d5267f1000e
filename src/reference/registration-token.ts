import { randomBytes } from 'node:crypto'

/** Bytes of entropy in a registration token: 256 bits from the operating system's CSPRNG. */
const TOKEN_BYTES = 32

/** A fresh, unguessable registration token, safe to place in a URL. */
export const newRegistrationToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url')

/**
 * What the reference vouches for that no scenario can verify: its tokens come from the operating system's CSPRNG
 * (PC-46), through randomBytes above.
 */
export const REFERENCE_ATTESTS: string[] = ['PC-46']
