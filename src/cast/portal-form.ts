/**
 * What a portal's registration form asks besides its fields, done unless the scenario leaves it out in its words
 * ("without verifying the CAPTCHA", "without agreeing to the terms"): the same on both portals.
 */
export function formChecks(omitted: string | null = ''): { captchaVerified: boolean; acceptedTerms: boolean } {
  return { captchaVerified: !omitted?.includes('CAPTCHA'), acceptedTerms: !omitted?.includes('terms') }
}
