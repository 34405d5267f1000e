import type { AuthorizedUser } from '../../contract/authorized-user.schema'
import { checkbox, html, shown, textField } from './html'
import { outcomeScreen, performed, ticked, type Screen, type ScreenCall, type ScreenRoute } from './screen'

/** Where a connection's authorized users are, on the provider's side. */
const listPath = (number: string): string => `now/provider-center/connections/${number}/authorized-users`

/** The provider's list of a connection's authorized users, each with Approve and Reject. */
const authorizedUsersList = (number: string, users: AuthorizedUser[]): Screen => ({
  title: `Authorized users of ${number}`,
  screen: 'authorized-users',
  body: html`<section aria-label="Authorized users">
    ${users.map((user) => html`<article aria-label="Authorized user ${user.id}">${shown(user)}</article>`)}
  </section>`,
})

/** One authorized user's approval, which the provider decides. */
const decisionForm = (number: string, id: string): Screen => ({
  title: 'Authorized user',
  screen: 'authorized-user',
  body: html`<form novalidate method="post" action="${listPath(number)}/${id}">
    <button type="submit" name="approval" value="Approved">Approve</button>
    <button type="submit" name="approval" value="Rejected">Reject</button>
  </form>`,
})

/** The consumer's side, under the page of the registration URL that completed the connection. */
const consumerPath = (call: ScreenCall): string => `sx/registration/${call.params.token}/authorized-users`

/** The consumer's New authorized user form (Consumer user), saved and activated at once. */
const newAuthorizedUser = (call: ScreenCall): Screen => ({
  title: 'New authorized user',
  screen: 'new-authorized-user',
  body: html`<form novalidate method="post" action="${consumerPath(call)}">
    ${textField('userName', 'Consumer user')}
    <p><button type="submit">Activate</button></p>
  </form>`,
})

/** The consumer's form for one authorized user's active state. */
const activityForm = (call: ScreenCall): Screen => ({
  title: 'Authorized user',
  screen: 'authorized-user-activity',
  body: html`<form novalidate method="post" action="${consumerPath(call)}/activity">
    ${textField('id', 'Authorized user')} ${checkbox('active', 'Active')}
    <p><button type="submit">Update</button></p>
  </form>`,
})

const authorizedUserScreen = (user: AuthorizedUser): Screen => ({
  title: 'Authorized user',
  screen: 'authorized-user',
  body: html`<section aria-label="Authorized user">${shown(user)}</section>`,
})

/** The registration URL the consumer's screens act on: the page's own address. */
const registrationUrlOf = (call: ScreenCall): string => call.address.replace(/\/authorized-users(\/activity)?$/, '')

/**
 * Authorized users (AUTH-USERS): the provider lists them and decides their approval; the consumer adds and activates
 * them.
 */
export const authorizedUserScreens: ScreenRoute[] = [
  {
    method: 'GET',
    path: '/now/provider-center/connections/{number}/authorized-users',
    acting: 'provider user',
    show: ({ provider, actor, params }) =>
      outcomeScreen(
        provider.providerCenter.listAuthorizedUsers(actor, params.number),
        (users) => authorizedUsersList(params.number!, users),
        () => authorizedUsersList(params.number!, []),
      ),
  },
  {
    method: 'GET',
    path: '/now/provider-center/connections/{number}/authorized-users/{id}',
    acting: 'provider user',
    show: ({ params }) => decisionForm(params.number!, params.id!),
  },
  {
    method: 'POST',
    path: '/now/provider-center/connections/{number}/authorized-users/{id}',
    acting: 'provider user',
    show: async (call) =>
      outcomeScreen(
        await performed<AuthorizedUser>(
          call,
          'decideAuthorizedUser',
          { id: call.params.id, approval: call.form.approval },
          call.params.number,
        ),
        authorizedUserScreen,
        () => decisionForm(call.params.number!, call.params.id!),
      ),
  },
  {
    method: 'GET',
    path: '/sx/registration/{token}/authorized-users',
    acting: 'consumer user',
    show: (call) => newAuthorizedUser(call),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/authorized-users',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await performed<AuthorizedUser>(call, 'addAuthorizedUser', {
          registrationUrl: registrationUrlOf(call),
          userName: call.form.userName,
        }),
        authorizedUserScreen,
        () => newAuthorizedUser(call),
      ),
  },
  {
    method: 'GET',
    path: '/sx/registration/{token}/authorized-users/activity',
    acting: 'consumer user',
    show: (call) => activityForm(call),
  },
  {
    method: 'POST',
    path: '/sx/registration/{token}/authorized-users/activity',
    acting: 'consumer user',
    show: async (call) =>
      outcomeScreen(
        await performed<AuthorizedUser>(call, 'setAuthorizedUserActive', {
          registrationUrl: registrationUrlOf(call),
          id: call.form.id,
          active: ticked(call.form, 'active'),
        }),
        authorizedUserScreen,
        () => activityForm(call),
      ),
  },
]
