import { delay, http, HttpResponse } from 'msw'
import { consumerInstancePaths } from '../src/contract/consumer-instance.schema'
import type { ConsumerInstanceModel, ConsumerInstances } from './consumer-instances'

/** Reads the one field=value condition the provider sends in sysparm_query. */
function condition(request: Request, field: string): string | undefined {
  const query = new URL(request.url).searchParams.get('sysparm_query') ?? ''
  const [name, ...value] = query.split('=')
  return name === field ? value.join('=') : undefined
}

/** The Table API of every mocked consumer instance, answered from its model. */
export function consumerInstanceHandlers(instances: ConsumerInstances) {
  /** One table's rows from the instance's model; an origin no scenario added is left unhandled. */
  const table = (path: string, rows: (model: ConsumerInstanceModel, request: Request) => unknown) =>
    http.get(`*${path}`, ({ request }) => {
      const model = instances.at(request.url)
      return model ? HttpResponse.json({ result: rows(model, request) }) : undefined
    })
  return [
    // Availability first: an unreachable or silent instance answers nothing, whatever is asked.
    http.all('*', async ({ request }) => {
      const model = instances.at(request.url)
      if (model?.availability === 'unreachable') return HttpResponse.error()
      if (model?.availability === 'silent') await delay('infinite')
      return undefined
    }),
    table(consumerInstancePaths.storeApp, (model, request) => {
      const scope = condition(request, 'scope') ?? ''
      const version = model.apps.get(scope)
      return version === undefined ? [] : [{ scope, version }]
    }),
    table(consumerInstancePaths.users, (model, request) => {
      const userName = condition(request, 'user_name') ?? ''
      const roles = model.users.get(userName)
      return roles ? [{ user_name: userName, roles: roles.join(',') }] : []
    }),
    table(consumerInstancePaths.properties, (model, request) => {
      const name = condition(request, 'name') ?? ''
      const value = model.properties.get(name)
      return value === undefined ? [] : [{ name, value }]
    }),
    table(consumerInstancePaths.providerConnections, (model, request) => {
      const url = condition(request, 'url')
      return model.providerConnections.filter((to) => to === url).map((to, index) => ({ number: `PRVCON${String(index + 1).padStart(7, '0')}`, url: to }))
    }),
    http.get(`*${consumerInstancePaths.kmfHealth}`, ({ request }) => {
      const model = instances.at(request.url)
      return model ? HttpResponse.json({ result: { status: model.kmf } }) : undefined
    }),
  ]
}
