/**
 * Long runs of URL-safe characters: registration tokens and verification links carry one (the reference's are 43
 * characters), while identifiers the logs may name (UUIDs, 32-digit record ids) are shorter. A run is tried only from
 * its first character: without the lookbehind, a run too short to match was tried again from each of its characters,
 * which made redacting a scenario's exchanges three times as slow (a tenth of a second over a run over HTTP).
 */
const TOKEN_LIKE = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}/g

/** Text with every token-like run replaced, fit for a log line, an error message or a report. */
export const redactSecrets = (text: string, placeholder = '[redacted]'): string => text.replace(TOKEN_LIKE, placeholder)

/** What a link on the provider instance is written as once redacted. */
export const REDACTED_LINK = '<a link on the provider instance>'

/**
 * Text with every address on a provider instance below the instance's own address (registration URLs, verification
 * links: they carry live tokens, whatever the target's tokens look like) written as a placeholder, and any other
 * token-like run redacted.
 */
export function redactLinks(text: string, providerUrl: string | undefined): string {
  const origin = providerUrl && URL.canParse(providerUrl) ? new URL(providerUrl).origin : undefined
  const links = origin
    ? text.replace(/https?:\/\/[^\s<>"'`)]+/g, (url) =>
        url.startsWith(origin) && url.replace(/\/$/, '') !== providerUrl ? REDACTED_LINK : url,
      )
    : text
  return redactSecrets(links)
}
