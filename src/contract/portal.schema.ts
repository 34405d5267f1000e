import { z } from 'zod'
import { AccountState, CustomerRequestState } from '../spec/states'
import { emailAddress } from './email-address'
import { filledText } from './filled-text'
import { FIELD_LIMITS as MAX } from './field-limits'

/** The states the documents describe, as the contract carries them. */
export { AccountState, CustomerRequestState }

/**
 * Portal self-registration (CSM, not Service Exchange; S3 mixes the two up): a consumer signs up on the Consumer
 * Service Portal (/csp, B2C), a customer contact asks for an account on the CSM customer portal (/csm, B2B).
 */

/**
 * The platform release the portals run: their sign-up steps changed from release to release (CSP-xanadu, CSP-yokohama,
 * CSP-zurich, CSP-australia), independently of the Service Exchange release of a run.
 */
export const PlatformRelease = z.enum(['xanadu', 'yokohama', 'zurich', 'australia', 'brazil'])
export type PlatformRelease = z.infer<typeof PlatformRelease>

/** How the instance's portals are configured; every field left out keeps its current value. */
export const PortalSettings = z.object({
  platformRelease: PlatformRelease.optional(),
  /** The External User Registration plugin (com.sn_external_user_register) is installed and configured for /csp. */
  externalUserRegistration: z.boolean().optional(),
  /** sn_ext_usr_reg.allowed_email_domains: an empty list allows every domain. */
  allowedEmailDomains: z.array(filledText(MAX.name)).max(MAX.list).optional(),
  /** sn_ext_usr_reg.Reg_link_expiration_days: how long a verification link stays valid (3 by default). */
  verificationLinkExpiryDays: z.number().int().min(1).max(365).optional(),
})
export type PortalSettings = z.infer<typeof PortalSettings>

/** A step of the sign-up form before Sign Up or Submit: the CAPTCHA, and agreeing to the privacy policy and terms. */
export const SignUpStep = z.enum(['captcha', 'consent'])
export type SignUpStep = z.infer<typeof SignUpStep>

/** Where a visitor who is not signed in finds Register, if anywhere. */
export const RegisterPlacement = z.enum(['portal header', 'login widget', 'absent'])
export type RegisterPlacement = z.infer<typeof RegisterPlacement>

/** A portal as a visitor who is not signed in sees it: where Register is and what its form asks for. */
export const PortalHome = z.object({ register: RegisterPlacement, signUpAsks: z.array(SignUpStep) })
export type PortalHome = z.infer<typeof PortalHome>

/** The answers of the steps the sign-up form may ask for; an unanswered step counts as not done. */
const stepsDone = { captchaVerified: z.boolean().optional(), acceptedTerms: z.boolean().optional() }

/** The registration form of the Consumer Service Portal, with Sign Up. */
export const ConsumerSignUp = z.object({
  firstName: filledText(MAX.name, 'first name is required'),
  lastName: filledText(MAX.name, 'last name is required'),
  email: emailAddress('email: a valid email address is required'),
  password: z.string().min(8, 'password: at least 8 characters').max(MAX.password),
  ...stepsDone,
})
export type ConsumerSignUp = z.infer<typeof ConsumerSignUp>

/** A consumer's account on the Consumer Service Portal. */
export const ConsumerAccount = z.object({ email: z.string(), state: AccountState, roles: z.array(z.string()) })
export type ConsumerAccount = z.infer<typeof ConsumerAccount>

/** The link of a verification email, as the person who received it follows it. */
export const VerificationLinkFollowed = z.object({ link: z.string().max(MAX.url) })
export type VerificationLinkFollowed = z.infer<typeof VerificationLinkFollowed>

/** Signing in to the Consumer Service Portal. */
export const PortalSignIn = z.object({ email: z.string().max(MAX.email), password: z.string().max(MAX.password) })
export type PortalSignIn = z.infer<typeof PortalSignIn>

/** The registration form of the CSM customer portal (CSMREG), with Submit. */
export const CustomerRegistrationForm = z.object({
  firstName: filledText(MAX.name, 'first name is required'),
  lastName: filledText(MAX.name, 'last name is required'),
  email: emailAddress('business email: a valid email address is required'),
  registrationCode: filledText(MAX.name, 'registration code is required'),
  ...stepsDone,
})
export type CustomerRegistrationForm = z.infer<typeof CustomerRegistrationForm>

/** A registration request of the CSM customer portal, as the approval list of a customer admin shows it. */
export const CustomerRegistrationRequest = z.object({
  number: z.string().regex(/^CRR\d{7}$/),
  account: z.string(),
  name: z.string(),
  email: z.string(),
  state: CustomerRequestState,
  /** The user an approval created: the user ID emailed to the requester and the roles granted. */
  user: z.object({ userName: z.string(), roles: z.array(z.string()) }).optional(),
})
export type CustomerRegistrationRequest = z.infer<typeof CustomerRegistrationRequest>

/** A customer admin's decision on a registration request. */
export const CustomerRegistrationDecision = z.object({ decision: z.enum(['approve', 'reject']) })
export type CustomerRegistrationDecision = z.infer<typeof CustomerRegistrationDecision>
