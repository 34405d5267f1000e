import { delay, http, HttpResponse } from 'msw'
import { CONSUMER_APP_SCOPE, consumerInstancePaths } from '../src/contract/consumer-instance.schema'
import type { ConsumerInstances } from './consumer-instances'

/** Reads the one field=value condition the provider sends in sysparm_query. */
function condition(request: Request, field: string): string | undefined {
  const query = new URL(request.url).searchParams.get('sysparm_query') ?? ''
  const [name, ...value] = query.split('=')
  return name === field ? value.join('=') : undefined
}

/** The Table API of every mocked consumer instance, answered from its model. */
export const consumerInstanceHandlers = (instances: ConsumerInstances) => [
  // Availability first: an unreachable or silent instance answers nothing, whatever is asked.
  http.all('*', async ({ request }) => {
    const model = instances.at(request.url)
    if (model?.availability === 'unreachable') return HttpResponse.error()
    if (model?.availability === 'silent') await delay('infinite')
    return undefined
  }),
  http.get(`*${consumerInstancePaths.storeApp}`, ({ request }) => {
    const model = instances.at(request.url)
    if (!model) return undefined
    const installed = condition(request, 'scope') === CONSUMER_APP_SCOPE && model.serviceExchangeVersion !== undefined
    return HttpResponse.json({
      result: installed ? [{ scope: CONSUMER_APP_SCOPE, version: model.serviceExchangeVersion }] : [],
    })
  }),
  http.get(`*${consumerInstancePaths.users}`, ({ request }) => {
    const model = instances.at(request.url)
    if (!model) return undefined
    const userName = condition(request, 'user_name')
    const roles = userName === undefined ? undefined : model.users.get(userName)
    return HttpResponse.json({ result: roles ? [{ user_name: userName, roles: roles.join(',') }] : [] })
  }),
]
