import { z } from 'zod'
import type { OptionalPart } from '../requirements/requirement.schema'
import {
  ConnectionCard,
  ConnectionDetails,
  ConnectionRequest,
  ConnectionSettings,
  OffboardRequest,
  Offboarded,
  ProviderSettingsChange,
  SettingsConfigured,
} from './connection.schema'
import { KmfHealth, KmfStatus } from './kmf.schema'
import { CustomerIntegration, LegacyRegistrationRequest, RegistrationCase, SubscriptionDecision } from './legacy.schema'
import {
  Created,
  NewCompany,
  NewProviderRecord,
  NewUser,
  ProviderRecord,
  ProviderRecordForm,
} from './provider-setup.schema'
import {
  AuthorizedUser,
  AuthorizedUserActivity,
  AuthorizedUserAdded,
  AuthorizedUserDecision,
} from './authorized-user.schema'
import { type RefusalCode } from './refusal.schema'
import { IssueToRevalidate, RegistrationPage } from './registration-page.schema'
import { RegistrationTask } from './registration-task.schema'
import {
  ConsumerAccount,
  ConsumerSignUp,
  CustomerRegistrationDecision,
  CustomerRegistrationForm,
  CustomerRegistrationRequest,
  PortalHome,
  PortalSettings,
  PortalSignIn,
  VerificationLinkFollowed,
} from './portal.schema'
import {
  Capabilities,
  ClockAdvance,
  ClockReading,
  CustomerInstanceNamed,
  NewProviderInstance,
  OpenedProviderInstance,
  RegistrationUrlPresented,
  Switch,
} from './target.schema'

/**
 * Who an operation acts as. Setup (opening a provider instance and preparing it) stands in for the administrator who
 * prepares the instance, and carries the target's setup token when it has one; a signed-out visitor acts as nobody;
 * provider operations act as a user of the provider instance; consumer operations act as a user of the consumer or
 * customer instance the request names.
 */
export type Acting = 'setup' | 'nobody' | 'provider user' | 'consumer user'

/**
 * One operation of the HTTP contract: the single description the server, the HTTP driver and the OpenAPI document
 * share.
 */
export type Operation = {
  summary: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Under the provider instance's address, except for the two operations marked root. */
  path: string
  root?: true
  acting: Acting
  body?: z.ZodType
  /** Query parameters, each a string. */
  query?: z.ZodObject<Record<string, z.ZodString>>
  status: 200 | 201 | 204
  /** The answer's shape; absent when the answer has no body. */
  answer?: z.ZodType
  /** Set for the operations of an optional part: a target without the part may leave them out. */
  part?: OptionalPart
}

/** Every operation of the contract, keyed by the driver verb it carries. */
export const operations = {
  capabilities: {
    summary: 'What the target implements',
    method: 'GET',
    path: '/capabilities',
    root: true,
    acting: 'nobody',
    status: 200,
    answer: Capabilities,
  },
  openProviderInstance: {
    summary: "Open a provider instance of the scenario's own",
    method: 'POST',
    path: '/provider-instances',
    root: true,
    acting: 'setup',
    body: NewProviderInstance,
    status: 201,
    answer: OpenedProviderInstance,
  },
  // Optional: the kit closes each instance when its scenario ends, and a target that does not answer it is not judged
  // for it.
  closeProviderInstance: {
    summary: "Close the scenario's provider instance: its scenario is over",
    method: 'DELETE',
    path: '',
    acting: 'setup',
    status: 204,
  },

  createProviderRecord: {
    summary: 'Create the provider record',
    method: 'POST',
    path: '/setup/provider-record',
    acting: 'setup',
    body: NewProviderRecord,
    status: 201,
    answer: Created,
  },
  removeProviderRecord: {
    summary: 'Remove the provider record, as a clone that excluded it does',
    method: 'DELETE',
    path: '/setup/provider-record',
    acting: 'setup',
    status: 204,
  },
  addCompany: {
    summary: 'Add a company (account)',
    method: 'POST',
    path: '/setup/companies',
    acting: 'setup',
    body: NewCompany,
    status: 201,
    answer: Created,
  },
  addUser: {
    summary: 'Add a user with roles and a password',
    method: 'POST',
    path: '/setup/users',
    acting: 'setup',
    body: NewUser,
    status: 201,
    answer: Created,
  },
  setEmailNotifications: {
    summary: 'Switch outbound email notifications',
    method: 'PUT',
    path: '/setup/email-notifications',
    acting: 'setup',
    body: Switch,
    status: 204,
  },
  setProductionInstance: {
    summary: 'Mark the instance as a production instance, or not',
    method: 'PUT',
    path: '/setup/production-instance',
    acting: 'setup',
    body: Switch,
    status: 204,
  },
  setKmfStatus: {
    summary: 'Set what KMF diagnostics report',
    method: 'PUT',
    path: '/setup/kmf-status',
    acting: 'setup',
    body: z.object({ status: KmfStatus }),
    status: 200,
    answer: KmfHealth,
  },
  createProducerReplicationSet: {
    summary: 'Create the producer replication set',
    method: 'POST',
    path: '/setup/producer-replication-set',
    acting: 'setup',
    status: 204,
    part: 'legacy',
  },
  advanceClock: {
    summary: "Move the instance's clock forward",
    method: 'POST',
    path: '/setup/clock',
    acting: 'setup',
    body: ClockAdvance,
    status: 200,
    answer: ClockReading,
    part: 'clock',
  },

  setUpProviderRecord: {
    summary: 'Set up the provider record (the Provider form, Submit)',
    method: 'POST',
    path: '/provider-record',
    acting: 'provider user',
    body: ProviderRecordForm,
    status: 201,
    answer: ProviderRecord,
  },
  viewProviderRecord: {
    summary: 'The provider record',
    method: 'GET',
    path: '/provider-record',
    acting: 'provider user',
    status: 200,
    answer: ProviderRecord,
  },
  createConnection: {
    summary: 'Create a connection (New connection)',
    method: 'POST',
    path: '/connections',
    acting: 'provider user',
    body: ConnectionRequest,
    status: 201,
    answer: ConnectionCard,
  },
  listConnections: {
    summary: 'The Connections tab',
    method: 'GET',
    path: '/connections',
    acting: 'provider user',
    status: 200,
    answer: z.array(ConnectionCard),
  },
  viewConnectionDetails: {
    summary: 'View details of a connection',
    method: 'GET',
    path: '/connections/{number}',
    acting: 'provider user',
    status: 200,
    answer: ConnectionDetails,
  },
  changeConnectionSettings: {
    summary: "The provider's Authorized Users tab of a connection's settings, Update",
    method: 'PUT',
    path: '/connections/{number}/settings',
    acting: 'provider user',
    body: ProviderSettingsChange,
    status: 200,
    answer: ConnectionSettings,
  },
  listAuthorizedUsers: {
    summary: "A connection's authorized users",
    method: 'GET',
    path: '/connections/{number}/authorized-users',
    acting: 'provider user',
    status: 200,
    answer: z.array(AuthorizedUser),
  },
  decideAuthorizedUser: {
    summary: 'Approve or reject an authorized user',
    method: 'POST',
    path: '/connections/{number}/authorized-users/decision',
    acting: 'provider user',
    body: AuthorizedUserDecision,
    status: 200,
    answer: AuthorizedUser,
  },
  offboardConsumer: {
    summary: 'Off-Board Consumer, then OK',
    method: 'POST',
    path: '/connections/{number}/offboarding',
    acting: 'provider user',
    body: OffboardRequest,
    status: 200,
    answer: Offboarded,
  },
  createRegistrationTask: {
    summary: 'Save a registration task',
    method: 'POST',
    path: '/registration-tasks',
    acting: 'provider user',
    body: ConnectionRequest,
    status: 201,
    answer: RegistrationTask,
  },
  listRegistrationTasks: {
    summary: 'The registration tasks',
    method: 'GET',
    path: '/registration-tasks',
    acting: 'provider user',
    status: 200,
    answer: z.array(RegistrationTask),
  },
  viewRegistrationTask: {
    summary: 'Open a registration task',
    method: 'GET',
    path: '/registration-tasks/{number}',
    acting: 'provider user',
    status: 200,
    answer: RegistrationTask,
  },
  viewKmfHealth: {
    summary: 'Key Management > Health',
    method: 'GET',
    path: '/kmf-health',
    acting: 'provider user',
    status: 200,
    answer: KmfHealth,
  },

  submitServiceBridgeRegistration: {
    summary: 'Submit a Service Bridge Registration',
    method: 'POST',
    path: '/registration-cases',
    acting: 'provider user',
    body: LegacyRegistrationRequest,
    status: 201,
    answer: RegistrationCase,
    part: 'legacy',
  },
  viewRegistrationCase: {
    summary: 'Open a registration case',
    method: 'GET',
    path: '/registration-cases/{number}',
    acting: 'provider user',
    status: 200,
    answer: RegistrationCase,
    part: 'legacy',
  },
  decideSubscription: {
    summary: 'Approve or reject the Replication Subscription',
    method: 'POST',
    path: '/registration-cases/{number}/decision',
    acting: 'provider user',
    body: SubscriptionDecision,
    status: 200,
    answer: RegistrationCase,
    part: 'legacy',
  },
  createProviderRecordInCustomerInstance: {
    summary: 'The customer admin creates the provider record',
    method: 'POST',
    path: '/customer-integration/provider-record',
    acting: 'consumer user',
    body: CustomerInstanceNamed,
    status: 200,
    answer: CustomerIntegration,
    part: 'legacy',
  },
  activateReplicationSet: {
    summary: 'The customer admin activates the replication set',
    method: 'POST',
    path: '/customer-integration/activation',
    acting: 'consumer user',
    body: CustomerInstanceNamed,
    status: 200,
    answer: CustomerIntegration,
    part: 'legacy',
  },
  viewCustomerIntegration: {
    summary: 'What the customer instance shows of the integration',
    method: 'GET',
    path: '/customer-integration',
    acting: 'consumer user',
    query: CustomerInstanceNamed,
    status: 200,
    answer: CustomerIntegration,
    part: 'legacy',
  },

  openRegistrationUrl: {
    summary: 'Open the registration URL',
    method: 'POST',
    path: '/registration-page',
    acting: 'consumer user',
    body: RegistrationUrlPresented,
    status: 200,
    answer: RegistrationPage,
  },
  getStarted: {
    summary: 'Get Started: the pre-onboarding checks run',
    method: 'POST',
    path: '/registration-page/get-started',
    acting: 'consumer user',
    body: RegistrationUrlPresented,
    status: 200,
    answer: RegistrationPage,
  },
  validateAndResolve: {
    summary: 'Validate & resolve one issue',
    method: 'POST',
    path: '/registration-page/resolve',
    acting: 'consumer user',
    body: RegistrationUrlPresented.extend(IssueToRevalidate.shape),
    status: 200,
    answer: RegistrationPage,
  },
  addAuthorizedUser: {
    summary: 'New authorized user, Save, then Activate',
    method: 'POST',
    path: '/registration-page/authorized-users',
    acting: 'consumer user',
    body: AuthorizedUserAdded,
    status: 201,
    answer: AuthorizedUser,
  },
  setAuthorizedUserActive: {
    summary: 'Activate or deactivate an authorized user',
    method: 'POST',
    path: '/registration-page/authorized-users/activity',
    acting: 'consumer user',
    body: AuthorizedUserActivity,
    status: 200,
    answer: AuthorizedUser,
  },
  configureSettings: {
    summary: 'Configure settings, then Done (after success)',
    method: 'POST',
    path: '/registration-page/settings',
    acting: 'consumer user',
    body: SettingsConfigured,
    status: 200,
    answer: ConnectionSettings,
  },
  startRegistration: {
    summary: 'Start Registration',
    method: 'POST',
    path: '/registration-page/start',
    acting: 'consumer user',
    body: RegistrationUrlPresented,
    status: 200,
    answer: RegistrationPage,
  },

  configurePortals: {
    summary: "Set the portals' platform release and external user registration properties",
    method: 'PUT',
    path: '/setup/portals',
    acting: 'setup',
    body: PortalSettings,
    status: 204,
    part: 'portal',
  },
  viewConsumerPortal: {
    summary: 'The Consumer Service Portal, signed out',
    method: 'GET',
    path: '/consumer-portal',
    acting: 'nobody',
    status: 200,
    answer: PortalHome,
    part: 'portal',
  },
  signUpToConsumerPortal: {
    summary: 'Register and Sign Up on the Consumer Service Portal',
    method: 'POST',
    path: '/consumer-portal/sign-ups',
    acting: 'nobody',
    body: ConsumerSignUp,
    status: 201,
    answer: ConsumerAccount,
    part: 'portal',
  },
  followVerificationLink: {
    summary: 'Follow the link of a verification email',
    method: 'POST',
    path: '/consumer-portal/verification',
    acting: 'nobody',
    body: VerificationLinkFollowed,
    status: 200,
    answer: ConsumerAccount,
    part: 'portal',
  },
  signInToConsumerPortal: {
    summary: 'Sign in to the Consumer Service Portal',
    method: 'POST',
    path: '/consumer-portal/sign-in',
    acting: 'nobody',
    body: PortalSignIn,
    status: 200,
    answer: ConsumerAccount,
    part: 'portal',
  },
  viewCustomerPortal: {
    summary: 'The CSM customer portal, signed out',
    method: 'GET',
    path: '/customer-portal',
    acting: 'nobody',
    status: 200,
    answer: PortalHome,
    part: 'portal',
  },
  submitCustomerRegistration: {
    summary: 'Register and Submit on the CSM customer portal',
    method: 'POST',
    path: '/customer-portal/registrations',
    acting: 'nobody',
    body: CustomerRegistrationForm,
    status: 201,
    answer: CustomerRegistrationRequest,
    part: 'portal',
  },
  listCustomerRegistrations: {
    summary: "A customer admin's registration requests to approve",
    method: 'GET',
    path: '/customer-portal/registrations',
    acting: 'provider user',
    status: 200,
    answer: z.array(CustomerRegistrationRequest),
    part: 'portal',
  },
  decideCustomerRegistration: {
    summary: 'Approve or reject a registration request',
    method: 'POST',
    path: '/customer-portal/registrations/{number}/decision',
    acting: 'provider user',
    body: CustomerRegistrationDecision,
    status: 200,
    answer: CustomerRegistrationRequest,
    part: 'portal',
  },
} as const satisfies Record<string, Operation>

/** The name of an operation, which is also the driver verb it carries. */
export type OperationName = keyof typeof operations

/** The HTTP status of every refusal: the code says why, the status says which kind of why. */
export function refusalStatus(code: RefusalCode): 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 500 {
  switch (code) {
    case 'invalid-request':
      return 400
    case 'setup-token-invalid':
    case 'not-authenticated':
    case 'unknown-user':
    case 'sign-in-failed':
    case 'consumer-token-invalid':
      return 401
    case 'not-admin':
    case 'kmf-roles-missing':
    case 'setting-not-changeable':
    case 'sb-admin-roles-missing':
    case 'not-named-contact':
    case 'contact-not-consumer-admin':
    case 'not-customer-admin':
    case 'not-consumer-admin':
    case 'account-not-verified':
      return 403
    case 'connection-not-found':
    case 'registration-task-not-found':
    case 'registration-case-not-found':
    case 'provider-instance-not-found':
    case 'operation-not-found':
    case 'registration-request-not-found':
    case 'authorized-user-not-found':
      return 404
    case 'body-too-large':
      return 413
    case 'unsupported-media-type':
      return 415
    case 'server-full':
      return 429
    // Only a defect of the target answers this: it is a refusal in shape so that a client can still read it.
    case 'internal-error':
      return 500
    default:
      return 422
  }
}
