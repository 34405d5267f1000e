import {
  CONSUMER_APP_SCOPE,
  consumerInstancePaths,
  PROVIDER_APP_SCOPE,
  SERVLET_URI_PROPERTY,
} from '../src/contract/consumer-instance.schema'
import type { ConsumerInstanceModel } from './consumer-instances'
import type { Row } from './encoded-query'

/**
 * One table of a mocked consumer instance's Table API: where it is, what a target learns from it, its fields, and its
 * rows as the instance's model holds them. The handlers answer from this list, and CONTRACT.md's table of outbound
 * calls is written from it, so the two cannot drift apart.
 */
export type MockedTable = {
  path: string
  /** What a target learns from the table, in a sentence. */
  tells: string
  /** Each field, with what it holds. */
  fields: Record<string, string>
  rows: (model: ConsumerInstanceModel) => Row[]
}

export const consumerInstanceTables: MockedTable[] = [
  {
    path: consumerInstancePaths.storeApp,
    tells: `the installed applications: Service Exchange for Consumers is scope \`${CONSUMER_APP_SCOPE}\` (absent when not installed), for Providers \`${PROVIDER_APP_SCOPE}\``,
    fields: { scope: 'the application scope', version: 'the version exactly as installed, such as 2.3.18' },
    rows: (model) => [...model.apps].map(([scope, version]) => ({ scope, version })),
  },
  {
    path: consumerInstancePaths.users,
    tells:
      'the users of the instance and the roles each holds; the user acting on the registration page is found by user name',
    fields: {
      user_name: 'the user name the person signs in with',
      roles: 'the roles, comma-separated, such as `admin,itil`',
    },
    rows: (model) => [...model.users].map(([user_name, roles]) => ({ user_name, roles: roles.join(',') })),
  },
  {
    path: consumerInstancePaths.properties,
    tells: `system properties: \`${SERVLET_URI_PROPERTY}\` (the instance's own address, with a trailing slash) and \`instance_id\` (32 hex digits)`,
    fields: { name: 'the property name', value: 'its value' },
    rows: (model) => [...model.properties].map(([name, value]) => ({ name, value })),
  },
  {
    path: consumerInstancePaths.providerConnections,
    tells:
      'the Provider Connection records of the instance: its own application writes one when a registration with a provider completes, and only Off-Board Provider on the instance deletes it (OFF-P); `url` is the provider instance address exactly as the target gave it for itself when the instance was opened (the `url` of the answer), so a target asks for `url=<that address>`',
    fields: { number: 'the record number, PRVCON and 7 digits', url: 'the provider instance the record points to' },
    rows: (model) =>
      model.providerConnections.map((url, index) => ({ number: `PRVCON${String(index + 1).padStart(7, '0')}`, url })),
  },
]
