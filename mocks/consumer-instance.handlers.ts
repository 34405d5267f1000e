import { delay, http, HttpResponse } from 'msw'
import { readBearerToken } from '../src/contract/basic-credentials'
import { consumerInstancePaths } from '../src/contract/consumer-instance.schema'
import { consumerInstanceTables } from './consumer-instance.tables'
import type { ConsumerInstances } from './consumer-instances'
import { evaluateQuery } from './encoded-query'

/**
 * What the pre-onboarding checks read, and nothing else does: the servlet URI, Provider Connection records, KMF health.
 */
const READ_BY_CHECKS: string[] = [
  consumerInstancePaths.properties,
  consumerInstancePaths.providerConnections,
  consumerInstancePaths.kmfHealth,
]

/** Notes a call the mocks cannot answer as the platform would, with why; the scenario fails with it. */
export type ReportUnanswerable = (call: string) => void

/*
 * JSON answers are the Fetch standard's Response.json, which msw serves as it serves its own HttpResponse: that one
 * adds cookie handling the mocks never use, and took a third of the processor time of each of the thousands of calls
 * a run makes to them.
 */

/**
 * The Table API of every mocked consumer instance, answered from its model. A query outside the subset the mocks
 * evaluate is answered 400, as the platform answers a query it cannot read, and reported.
 */
export function consumerInstanceHandlers(instances: ConsumerInstances, report: ReportUnanswerable) {
  const tables = consumerInstanceTables.map((table) =>
    http.get(`*${table.path}`, ({ request }) => {
      const model = instances.at(request.url)
      if (!model) return undefined
      const answer = evaluateQuery(new URL(request.url).searchParams, table.rows(model), Object.keys(table.fields))
      if (answer.ok) return Response.json({ result: answer.rows })
      report(`GET ${request.url}: ${answer.outside}`)
      return Response.json({ error: { message: answer.outside } }, { status: 400 })
    }),
  )
  const unavailable = ({ request }: { request: Request }) => {
    const availability = instances.at(request.url)?.availability
    return availability !== undefined && availability !== 'answers'
  }
  return [
    // Availability first: an unreachable or silent instance answers nothing, a sleeping one a web page, whatever is
    // asked; one whose checks are out of reach still answers who signed in, its users' roles and its release. Only
    // such an instance's calls reach this handler: msw spends an AbortController on every handler it runs, and the
    // reference makes thousands of calls to instances that answer.
    http.all(unavailable, async ({ request }) => {
      const model = instances.at(request.url)
      if (model?.availability === 'unreachable') return HttpResponse.error()
      if (model?.availability === 'checks out of reach' && READ_BY_CHECKS.includes(new URL(request.url).pathname))
        return HttpResponse.error()
      if (model?.availability === 'silent') await delay('infinite')
      if (model?.availability === 'web-page')
        return HttpResponse.html('<html><body>This instance is hibernating.</body></html>')
      return undefined
    }),
    ...tables,
    // Whose access token this is: the user it was issued to, or 401 for a token this instance never issued.
    http.get(`*${consumerInstancePaths.currentUser}`, ({ request }) => {
      const model = instances.at(request.url)
      if (!model) return undefined
      const userName = model.sessions.get(readBearerToken(request.headers.get('authorization') ?? undefined) ?? '')
      if (userName === undefined)
        return Response.json({ error: { message: 'User Not Authenticated' } }, { status: 401 })
      return Response.json({ result: { user_name: userName } })
    }),
    http.get(`*${consumerInstancePaths.kmfHealth}`, ({ request }) => {
      const model = instances.at(request.url)
      return model ? Response.json({ result: { status: model.kmf } }) : undefined
    }),
  ]
}
