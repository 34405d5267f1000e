import type { Offboarded } from '../../contract/connection.schema'
import { checkbox, html, shown, textField, type Html } from './html'
import { connectionsTab, offboardPath } from './provider-center.screens'
import { outcomeScreen, performed, ticked, type Screen, type ScreenCall, type ScreenRoute } from './screen'

/**
 * The confirmation Off-Board Consumer opens (OFF-C, steps 3 to 5): it will delete the connection's records, and ticking
 * "Delete all existing tasks" asks for the word Delete before OK.
 */
const confirmation = (number: string): Screen => ({
  title: `Off-board ${number}`,
  screen: 'offboard-confirmation',
  body: html`<p>This off-boards the connection and deletes all of its related connection records.</p>
    <form novalidate method="post" action="${offboardPath(number)}" aria-label="Off-board">
      ${checkbox('deleteTasks', 'Delete all existing tasks for this connection')}
      ${textField('typed', 'Type Delete to confirm')}
      <p><button type="submit">OK</button></p>
    </form>`,
})

const offboardedStatus = (offboarded: Offboarded): Html =>
  html`<p role="status">The consumer was off-boarded.</p>
    <section aria-label="Off-boarded">${shown(offboarded)}</section>`

/**
 * Where OK leads. In Brazil, as the card action does (CT-brazil): the Connections tab with a confirmation, or an error
 * on the connection's page; in Australia, a confirmation of its own, or the confirmation again with the error.
 */
async function afterOk({ provider, actor, params, form }: ScreenCall): Promise<Screen> {
  const outcome = await performed<Offboarded>(
    { provider, actor },
    'offboardConsumer',
    { deleteTasks: ticked(form, 'deleteTasks'), ...(form.typed ? { typed: form.typed } : {}) },
    params.number,
  )
  if (provider.release !== 'brazil') {
    return outcomeScreen(
      outcome,
      (offboarded) => ({
        title: 'Consumer off-boarded',
        screen: 'consumer-offboarded',
        body: offboardedStatus(offboarded),
      }),
      () => confirmation(params.number!),
    )
  }
  const cards = provider.providerCenter.listConnections(actor)
  return outcomeScreen(
    outcome,
    (offboarded) => connectionsTab('brazil', cards.ok ? cards.value : [], offboardedStatus(offboarded)),
    () => ({ title: `Connection ${params.number}`, screen: 'connection-details', body: html`` }),
  )
}

/** Off-boarding a consumer: the confirmation, and OK. */
export const offboardingScreens: ScreenRoute[] = [
  {
    method: 'GET',
    path: '/now/provider-center/connections/{number}/offboard',
    acting: 'provider user',
    show: ({ params }) => confirmation(params.number!),
  },
  {
    method: 'POST',
    path: '/now/provider-center/connections/{number}/offboard',
    acting: 'provider user',
    show: afterOk,
  },
]
