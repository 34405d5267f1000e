import { z } from 'zod'
import { ConnectionCard, ConnectionDetails, ConnectionRequest } from './connection.schema'
import { KmfHealth } from './kmf.schema'
import { CustomerIntegration, LegacyRegistrationRequest, RegistrationCase, SubscriptionDecision } from './legacy.schema'
import { operations, refusalStatus, type Operation } from './operations'
import { Created, NewCompany, NewProviderRecord, NewUser } from './provider-setup.schema'
import { Refusal, RefusalCode } from './refusal.schema'
import { RegistrationPage } from './registration-page.schema'
import { RegistrationTask } from './registration-task.schema'
import { Capabilities, NewProviderInstance, OpenedProviderInstance } from './target.schema'
import { REQUEST_TIMEOUT } from './request-timeout'

/** Shapes that get a name of their own in the document, so operations refer to them instead of repeating them. */
const named: Record<string, z.ZodType> = {
  Capabilities,
  NewProviderInstance,
  OpenedProviderInstance,
  NewProviderRecord,
  NewCompany,
  NewUser,
  Created,
  ConnectionRequest,
  ConnectionCard,
  ConnectionDetails,
  RegistrationTask,
  KmfHealth,
  LegacyRegistrationRequest,
  RegistrationCase,
  SubscriptionDecision,
  CustomerIntegration,
  RegistrationPage,
  Refusal,
}

/**
 * A shape in JSON Schema, as the side that parses it reads it: the kit parses answers, the target parses requests, and
 * both accept fields they do not know.
 */
const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })

/** A shape as the document writes it: a reference to its name, or the schema itself. */
function shape(schema: z.ZodType): object {
  const name = Object.entries(named).find(([, candidate]) => candidate === schema)?.[0]
  if (name) return { $ref: `#/components/schemas/${name}` }
  if (schema instanceof z.ZodArray) return { type: 'array', items: shape(schema.element as z.ZodType) }
  const { $schema: _, ...rest } = jsonSchema(schema)
  return rest
}

/** The statuses refusals come with, each with the codes that take it. */
const refusalStatuses = [...new Set(RefusalCode.options.map(refusalStatus))].sort()

/**
 * The statuses no refusal of an operation can come with: setup is never forbidden, and a visitor's request without a
 * body carries nothing to authenticate (one with a body may: signing in to a portal is refused 401 or 403).
 */
const impossibleStatuses = (operation: Operation): number[] =>
  operation.acting === 'setup' ? [403] : operation.acting === 'nobody' && !operation.body ? [401, 403] : []

/** How an operation's request says who it acts as. */
const securityOf: Record<Operation['acting'], object[]> = {
  nobody: [],
  setup: [{ setupToken: [] }],
  'provider user': [{ basic: [] }],
  'consumer user': [{ consumerAccessToken: [] }],
}

/** The refusals an operation may answer with. */
function refusalResponses(operation: Operation): Record<string, object> {
  const statuses = refusalStatuses.filter((status) => !impossibleStatuses(operation).includes(status))
  return {
    ...Object.fromEntries(
      statuses.map((status) => [String(status), { $ref: `#/components/responses/Refused${status}` }]),
    ),
    [String(REQUEST_TIMEOUT.status)]: { $ref: '#/components/responses/RequestTimeout' },
  }
}

/** The OpenAPI 3.1 document of the contract, generated from the operations table and its zod schemas. */
export function buildOpenApi(): object {
  const paths: Record<string, Record<string, object>> = {}
  for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
    const path = `${operation.root ? '' : '/provider-instances/{instance}'}${operation.path}`
    paths[path] ??= {}
    paths[path][operation.method.toLowerCase()] = pathItem(name, operation)
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'sx-conformance: Service Exchange onboarding contract',
      version: '1.0.0',
      description: 'What an implementation offers so that the conformance kit can verify it. See CONTRACT.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: '{target}',
        description: 'The implementation under test, wherever it listens',
        variables: {
          target: {
            default: 'http://127.0.0.1:4010',
            description: 'Its address (sx-conformance serve listens here by default)',
          },
        },
      },
    ],
    tags: [
      { name: 'target', description: 'What the target implements; a provider instance per scenario' },
      { name: 'setup', description: 'Provider states: the records a scenario starts from' },
      { name: 'provider', description: 'A provider user acts on the provider instance' },
      { name: 'consumer', description: 'A user of a consumer or customer instance acts' },
    ],
    paths,
    components: components(),
  }
}

/** The parameters of an operation: the provider instance, a record number, its query. */
function parametersOf(operation: Operation): object[] {
  return [
    ...(operation.root
      ? []
      : [
          {
            name: 'instance',
            in: 'path',
            required: true,
            description: 'The provider instance the scenario opened',
            schema: { type: 'string' },
          },
        ]),
    ...(operation.path.includes('{number}')
      ? [{ name: 'number', in: 'path', required: true, description: 'The record number', schema: { type: 'string' } }]
      : []),
    ...Object.keys(operation.query?.shape ?? {}).map((key) => ({
      name: key,
      in: 'query',
      required: true,
      schema: { type: 'string' },
    })),
  ]
}

/** One operation as the document describes it: who acts, what it takes, what it answers. */
function pathItem(name: string, operation: Operation): object {
  const parameters = parametersOf(operation)
  return {
    operationId: name,
    summary: operation.summary,
    tags: [
      operation.root
        ? 'target'
        : operation.path.startsWith('/setup/')
          ? 'setup'
          : operation.acting === 'consumer user'
            ? 'consumer'
            : 'provider',
    ],
    ...(operation.part ? { 'x-optional-part': operation.part } : {}),
    security: securityOf[operation.acting],
    ...(operation.acting.endsWith(' user') ? { 'x-acting-as': operation.acting } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: shape(operation.body) } } } }
      : {}),
    responses: {
      [String(operation.status)]: operation.answer
        ? { description: 'Done', content: { 'application/json': { schema: shape(operation.answer) } } }
        : { description: 'Done; no body' },
      ...refusalResponses(operation),
    },
  }
}

/** The shared parts: the security schemes, the refusals by status, and the named schemas. */
function components(): object {
  return {
    securitySchemes: {
      basic: {
        type: 'http',
        scheme: 'basic',
        description: 'The user name and password of the provider user the request acts as',
      },
      consumerAccessToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          'The access token the consumer (or customer) instance issued its user at sign-in; the target asks that instance whose it is (AUTH-02)',
      },
      setupToken: {
        type: 'http',
        scheme: 'bearer',
        description:
          "The target's setup token (sx-conformance sends SX_SETUP_TOKEN or --setup-token); a target that does not guard setup ignores it",
      },
    },
    responses: {
      ...Object.fromEntries(
        refusalStatuses.map((status) => [
          `Refused${status}`,
          {
            description: `Refused: ${RefusalCode.options.filter((code) => refusalStatus(code) === status).join(', ')}`,
            // Who is not authenticated is told how to be: Basic for a provider user, Bearer for setup and a consumer
            // user.
            ...(status === 401
              ? {
                  headers: {
                    'WWW-Authenticate': {
                      description: 'The credentials the operation takes, as a challenge',
                      required: true,
                      schema: { type: 'string' },
                    },
                  },
                }
              : {}),
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Refusal' } } },
          },
        ]),
      ),
      RequestTimeout: { description: `${REQUEST_TIMEOUT.when[0]!.toUpperCase()}${REQUEST_TIMEOUT.when.slice(1)}` },
    },
    schemas: Object.fromEntries(
      Object.entries(named).map(([name, schema]) => {
        const { $schema: _, ...rest } = jsonSchema(schema)
        return [name, rest]
      }),
    ),
  }
}

/** The document as it is committed: two-space JSON and a final newline. */
export const openApiText = (): string => `${JSON.stringify(buildOpenApi(), null, 2)}\n`
