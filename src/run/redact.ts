/**
 * Long runs of URL-safe characters: registration tokens and verification links carry one (the reference's are
 * 43 characters), while identifiers the logs may name (UUIDs, 32-digit record ids) are shorter.
 */
const TOKEN_LIKE = /[A-Za-z0-9_-]{40,}/g

/** Text with every token-like run replaced, fit for a log line, an error message or a report. */
export const redactSecrets = (text: string): string => text.replace(TOKEN_LIKE, '[redacted]')
