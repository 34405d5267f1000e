import { SCREEN_FIELDS } from '../contract/screen-fields'
import { refused } from '../contract/refusal.schema'
import { type VerbTable } from './exchange-driver'
import type { ScreenActs } from './screen-acts'
import {
  authorizedUserTicks,
  authorizedUsersPath,
  connectionPath,
  integrationPath,
  maximumField,
  underRegistrationUrl,
} from './screen-paths'

/** The screen steps of a verb: what a person does on the target's screens to carry it out. */
export type ScreenSteps = Partial<VerbTable<ScreenActs>>

/**
 * Every verb a person carries out through the target's screens, with its screen steps, in one place. Setup has no
 * screens (it stands in for an administrator preparing the instance) and goes over the HTTP contract.
 */
export const SCREEN_STEPS: ScreenSteps = {
  setUpProviderRecord: (acts, actor, form) =>
    acts.submit('setUpProviderRecord', actor, 'now/provider/new', { Name: form.name }, 'Submit'),
  viewProviderRecord: (acts, actor) => acts.view('viewProviderRecord', actor, 'now/provider'),

  createConnection: (acts, actor, request) =>
    acts.submit(
      'createConnection',
      actor,
      'now/provider-center/new-connection',
      { Company: request.companyId, Contact: request.contactId, URL: request.instanceUrl },
      'Create connection',
    ),
  listConnections: (acts, actor) => acts.view('listConnections', actor, 'now/provider-center', true),
  filterConnections: (acts, actor, state) =>
    acts.submit('filterConnections', actor, 'now/provider-center', { State: state }, 'Filter'),
  viewConnectionDetails: (acts, actor, number) => acts.view('viewConnectionDetails', actor, connectionPath(number)),
  listAuthorizedUsers: (acts, actor, number) =>
    acts.view('listAuthorizedUsers', actor, authorizedUsersPath(number), true),
  decideAuthorizedUser: (acts, actor, number, { id, approval }) =>
    acts.act('decideAuthorizedUser', actor, `${authorizedUsersPath(number)}/${encodeURIComponent(id)}`, [
      approval === 'Approved' ? 'Approve' : 'Reject',
    ]),
  // The form offers no auto-activate box: those settings are the consumer's, and the provider cannot change them.
  changeConnectionSettings: (acts, actor, number, change) =>
    acts.submit(
      'changeConnectionSettings',
      actor,
      connectionPath(number),
      maximumField(change),
      'Update',
      authorizedUserTicks(change),
    ),
  offboardConsumer: (acts, actor, number, request) => acts.offboard(actor, number, request),
  createRegistrationTask: (acts, actor, request) =>
    acts.submit(
      'createRegistrationTask',
      actor,
      'now/registration-tasks/new',
      { Company: request.companyId, Contact: request.contactId, URL: request.instanceUrl },
      'Submit',
    ),
  listRegistrationTasks: (acts, actor) => acts.view('listRegistrationTasks', actor, 'now/registration-tasks', true),
  viewRegistrationTask: (acts, actor, number) =>
    acts.view('viewRegistrationTask', actor, `now/registration-tasks/${encodeURIComponent(number)}`),
  viewKmfHealth: (acts, actor) => acts.view('viewKmfHealth', actor, 'now/kmf-health'),

  submitServiceBridgeRegistration: (acts, actor, request) =>
    acts.submit(
      'submitServiceBridgeRegistration',
      actor,
      'now/service-bridge-registration',
      {
        Account: request.accountId,
        Contact: request.contactId,
        'Customer instance URL': request.customerInstanceUrl,
        'Instance ID': request.customerInstanceId,
      },
      'Submit',
    ),
  viewRegistrationCase: (acts, actor, number) =>
    acts.view('viewRegistrationCase', actor, `now/registration-cases/${encodeURIComponent(number)}`),
  decideSubscription: (acts, actor, number, { decision, confirmed }) =>
    acts.act('decideSubscription', actor, `now/registration-cases/${encodeURIComponent(number)}`, [
      decision === 'approve' ? 'Approve' : 'Reject',
      confirmed ? 'Yes' : 'No',
    ]),
  createProviderRecordInCustomerInstance: (acts, actor, url) =>
    acts.act('createProviderRecordInCustomerInstance', actor, integrationPath(url), ['Create provider record']),
  activateReplicationSet: (acts, actor, url) =>
    acts.act('activateReplicationSet', actor, integrationPath(url), ['Activate replication set']),
  viewCustomerIntegration: (acts, actor, url) => acts.view('viewCustomerIntegration', actor, integrationPath(url)),

  openRegistrationUrl: (acts, actor, registrationUrl) => acts.openRegistrationUrl(actor, registrationUrl),
  getStarted: (acts, actor, registrationUrl) => acts.onPage('getStarted', actor, registrationUrl, 'Get Started'),
  validateAndResolve: (acts, actor, registrationUrl, check) =>
    acts.onPage('validateAndResolve', actor, registrationUrl, `Validate & resolve ${check}`, () =>
      refused('issue-not-found', `the page offers no Validate & resolve for ${check}`),
    ),
  addAuthorizedUser: (acts, actor, registrationUrl, userName) =>
    acts.submit(
      'addAuthorizedUser',
      actor,
      underRegistrationUrl(registrationUrl, 'authorized-users'),
      { 'Consumer user': userName },
      'Activate',
    ),
  setAuthorizedUserActive: (acts, actor, registrationUrl, id, active) =>
    acts.submit(
      'setAuthorizedUserActive',
      actor,
      underRegistrationUrl(registrationUrl, 'authorized-users/activity'),
      { 'Authorized user': id },
      'Update',
      [[/^Active$/, active]],
    ),
  configureSettings: (acts, actor, registrationUrl, settings) =>
    acts.submit(
      'configureSettings',
      actor,
      underRegistrationUrl(registrationUrl, 'settings'),
      maximumField(settings),
      'Done',
      [
        [new RegExp(SCREEN_FIELDS.autoActivateRrp), settings.autoActivateRrp],
        [new RegExp(SCREEN_FIELDS.autoActivateRtd), settings.autoActivateRtd],
        ...authorizedUserTicks(settings),
      ],
    ),
  startRegistration: (acts, actor, registrationUrl) =>
    acts.onPage('startRegistration', actor, registrationUrl, 'Start Registration', () =>
      refused('not-validated', 'the page shows no Start Registration to press'),
    ),

  viewConsumerPortal: (acts) => acts.portalHome('viewConsumerPortal', 'csp'),
  signUpToConsumerPortal: (acts, form) =>
    acts.submit(
      'signUpToConsumerPortal',
      undefined,
      'csp/register',
      { 'First name': form.firstName, 'Last name': form.lastName, Email: form.email, Password: form.password },
      'Sign Up',
      [
        [/CAPTCHA/, form.captchaVerified],
        [/privacy policy/, form.acceptedTerms],
      ],
    ),
  followVerificationLink: (acts, link) => acts.view('followVerificationLink', undefined, link),
  signInToConsumerPortal: (acts, credentials) =>
    acts.submit(
      'signInToConsumerPortal',
      undefined,
      'csp',
      { Email: credentials.email, Password: credentials.password },
      'Log in',
    ),
  viewCustomerPortal: (acts) => acts.portalHome('viewCustomerPortal', 'csm'),
  submitCustomerRegistration: (acts, form) =>
    acts.submit(
      'submitCustomerRegistration',
      undefined,
      'csm/register',
      {
        'First Name': form.firstName,
        'Last Name': form.lastName,
        'Business Email': form.email,
        'Registration Code': form.registrationCode,
      },
      'Submit',
      [
        [/privacy policy/, form.acceptedTerms],
        [/CAPTCHA/, form.captchaVerified],
      ],
    ),
  listCustomerRegistrations: (acts, actor) => acts.view('listCustomerRegistrations', actor, 'csm/approvals', true),
  decideCustomerRegistration: (acts, actor, number, { decision }) =>
    acts.act('decideCustomerRegistration', actor, `csm/approvals/${encodeURIComponent(number)}`, [
      decision === 'approve' ? 'Approve' : 'Reject',
    ]),
}
