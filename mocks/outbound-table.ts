import { consumerInstancePaths } from '../src/contract/consumer-instance.schema'
import { KmfStatus } from '../src/contract/kmf.schema'
import { MAIL_GATEWAY_MESSAGES_PATH } from '../src/contract/mail.schema'
import { consumerInstanceTables } from './consumer-instance.tables'
import { QUERY_OPERATORS, QUERY_PARAMETERS } from './encoded-query'

/** Every call a target makes to the kit's mocks, as CONTRACT.md shows it: written from the handlers' own table. */
export function outboundCallsTable(): string {
  const tables = consumerInstanceTables.map((table) => {
    const fields = Object.entries(table.fields)
      .map(([field, holds]) => `\`${field}\`: ${holds}`)
      .join('; ')
    return `| \`GET {instance}${table.path}\` | ${QUERY_PARAMETERS.slice(0, 3)
      .map((name) => `\`${name}\``)
      .join(', ')} (see below) | ${fields} | \`{ "result": [ rows ] }\`: ${table.tells} |`
  })
  return [
    '| Call | Query | Fields of a row | Answer |',
    '|---|---|---|---|',
    ...tables,
    `| \`GET {instance}${consumerInstancePaths.currentUser}\` with \`Authorization: Bearer\` and the consumer user's access token | none | \`user_name\` | \`{ "result": { "user_name": … } }\`: the user the instance issued that token to; \`401\` for a token it never issued |`,
    `| \`GET {instance}${consumerInstancePaths.kmfHealth}\` | none | \`status\`: ${KmfStatus.options.join(', ')} | \`{ "result": { "status": … } }\`: the instance's KMF health |`,
    `| \`POST {mailGatewayUrl}${MAIL_GATEWAY_MESSAGES_PATH}\` | none | a message: \`to\`, \`kind\`, \`subject\`, \`text\` and the facts of its kind (below) | \`202\` when accepted; \`400\` for a message not of the contract's shape, which fails the scenario |`,
    '',
    `Queries: \`sysparm_query\` in the platform's encoded syntax, with the operators ${QUERY_OPERATORS.map((operator) => `\`${operator}\``).join(', ')},`,
    '`^` (and) and `^OR` (or the condition before it, which binds tighter than `^`); values compare ignoring case; no',
    'query selects every row. `sysparm_fields` keeps the fields named (others are left out), `sysparm_limit` caps the',
    `rows; ${QUERY_PARAMETERS.slice(3)
      .map((name) => `\`${name}\``)
      .join(' and ')} are accepted and change nothing. A query outside this subset (another operator,`,
    'a field the table does not have, another parameter) is answered `400` and fails the scenario with the query named:',
    'the mocks never answer a query they cannot read with an empty result.',
  ].join('\n')
}
