import type { Actor } from './actor.schema'

/** The Authorization header that makes a request act as this user. */
export function basicCredentials({ userName, password }: Actor): string {
  return `Basic ${Buffer.from(`${userName}:${password}`, 'utf8').toString('base64')}`
}

/** The user an Authorization header names; undefined when it carries no usable Basic credentials. */
export function readBasicCredentials(header: string | undefined): Actor | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) return undefined
  return { userName: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

/** The Authorization header that makes a request act as the holder of this access token. */
export const bearerCredentials = (token: string): string => `Bearer ${token}`

/** The access token an Authorization header carries; undefined when it carries no Bearer credential. */
export function readBearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1]
}
