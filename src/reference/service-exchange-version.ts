/** A Service Exchange release number: major.minor.patch, each a whole number. */
export type Version = readonly [major: number, minor: number, patch: number]

/** The oldest consumer release that the Provider Center flow accepts (S0, CC: 2.3.18 or later). */
export const MINIMUM_CONSUMER_VERSION: Version = [2, 3, 18]

/** Reads "2.3.18"; anything that is not three dot-separated whole numbers is not a version. */
export function parseVersion(text: string): Version | undefined {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(text.trim())
  if (!match) return undefined
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** Compares part by part as numbers, so 2.10.0 is newer than 2.3.18 (a string comparison gets this wrong). */
export function isAtLeast(version: Version, minimum: Version): boolean {
  // Stryker disable next-line EqualityOperator: a fourth part is undefined in both, so it never differs
  for (let part = 0; part < 3; part++) {
    // Stryker disable next-line EqualityOperator: the parts differ here, so > and >= agree
    if (version[part]! !== minimum[part]!) return version[part]! > minimum[part]!
  }
  return true
}

/** Prints a version the way the docs write it. */
export const formatVersion = (version: Version): string => version.join('.')
