import type { SignUpStep } from '../../contract/portal.schema'
import { refusal, type Guard } from '../rules'
import type { RequirementId } from '../../requirements/catalog'

/** The answers a sign-up form may carry for its steps. */
type StepsDone = { captchaVerified?: boolean | undefined; acceptedTerms?: boolean | undefined }

/** The guards of the steps a form asks for, each under the requirement that asks for it. */
export function signUpStepGuards(
  asks: readonly SignUpStep[],
  form: StepsDone,
  requirements: Record<SignUpStep, RequirementId>,
): Guard[] {
  return [
    [
      requirements.captcha,
      () =>
        asks.includes('captcha') && !form.captchaVerified
          ? refusal('captcha-not-verified', 'complete the CAPTCHA and select Verify first')
          : undefined,
    ],
    [
      requirements.consent,
      () =>
        asks.includes('consent') && !form.acceptedTerms
          ? refusal('terms-not-accepted', 'agree to the privacy policy and the terms and conditions first')
          : undefined,
    ],
  ]
}
