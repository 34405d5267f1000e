import fc from 'fast-check'
import { basicCredentials, bearerCredentials } from '../contract/basic-credentials'
import { credentialsOf } from '../drivers/contract-client'
import type { RawRequest } from '../run/raw-request'
import { operations, type Operation, type OperationName } from '../contract/operations'
import type { Fixture } from './fuzz-fixture'
import { jsonSchemaOf, nearMiss, type Known } from './near-miss'

/** One request the fuzz sends, exactly as it goes on the wire. */
export type FuzzRequest = RawRequest

/** Path segments that have broken servers: escapes that do not decode, dot segments, a very long segment. */
const BAD_SEGMENTS = ['%E0', '%', '%C3%28', '%00', '..', '.', 'A'.repeat(4_000), '%2F', 'CONN%E0']

/** What may stand where a Host header goes: the usual, someone else's, and ones no URL parser takes. */
const HOSTS = [undefined, 'attacker.example', '[bad', 'a b', '', 'x'.repeat(300)]

/** Content types: JSON as the contract says, and what a browser may post to another site without asking. */
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  undefined,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonp',
]

/** A body nested this deep: deeper than any shape of the contract, and as deep as broke the reference. */
const nested = (depth: number) => `{"value": ${'['.repeat(depth)}${']'.repeat(depth)}}`

/**
 * Credentials a request may carry: mostly what the operation acts with, and now and then anyone else's, a wrong
 * password, or ones that do not decode.
 */
function credentials(
  operation: Operation,
  fixture: Fixture,
  setupToken: string | undefined,
): fc.Arbitrary<string | undefined> {
  const { admin, contact, customerAdmin, stranger } = fixture.actors
  const usual: Record<Operation['acting'], string[]> = {
    setup: setupToken ? [bearerCredentials(setupToken)] : [],
    nobody: [],
    'provider user': [basicCredentials(admin), basicCredentials(customerAdmin)],
    'consumer user': [credentialsOf(contact), credentialsOf(stranger)],
  }
  return fc.oneof(
    {
      weight: 8,
      arbitrary:
        usual[operation.acting].length > 0 ? fc.constantFrom(...usual[operation.acting]) : fc.constant(undefined),
    },
    { weight: 2, arbitrary: fc.constantFrom(...[admin, contact, customerAdmin, stranger].map(credentialsOf)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        basicCredentials({ ...admin, password: 'wrong password' }),
        'Basic !!!',
        `Basic ${Buffer.from('no-colon').toString('base64')}`,
        'Basic',
        'Bearer wrong-token',
        `Basic ${'A'.repeat(6_000)}`,
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(setupToken ? bearerCredentials(setupToken) : undefined) },
  )
}

/** A JSON text with a byte that UTF-8 does not take alone (Latin-1's é) put into its first string value. */
function notUtf8(text: string): Buffer {
  const value = /:\s*"/.exec(text)
  const at = value ? value.index + value[0].length : text.length
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))])
}

/** The body of a request: near misses of the operation's shape mostly, and text no shape can read. */
function bodyFor(operation: Operation, known: Known): fc.Arbitrary<string | Buffer | undefined> {
  const shaped = operation.body
    ? nearMiss(jsonSchemaOf(operation.body), known).map((value) => JSON.stringify(value))
    : fc.constant(undefined)
  return fc.oneof(
    { weight: 8, arbitrary: shaped },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"name": ',
        'null',
        '[]',
        '"text"',
        '',
        ' ',
        'not json',
        nested(40),
        nested(10_000),
        `{"name": "${'x'.repeat(70_000)}"}`,
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
    { weight: 1, arbitrary: shaped.map((text) => (text === undefined ? undefined : notUtf8(text))) },
  )
}

/** The operation's path under the fixture's instance, with a record number and, now and then, a segment spoiled. */
function pathFor(operation: Operation, fixture: Fixture): fc.Arbitrary<string> {
  const number = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fixture.known.any.map(encodeURIComponent)) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_SEGMENTS) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/) },
  )
  const base = operation.root ? '' : new URL(fixture.instanceUrl).pathname
  const instancePath = fc.oneof(
    { weight: 8, arbitrary: fc.constant(base) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_SEGMENTS).map((bad) => `/provider-instances/${bad}`) },
  )
  const query = operation.query
    ? nearMiss(jsonSchemaOf(operation.query), fixture.known).map(queryOf)
    : fc.constantFrom('', '', '', '?%E0=1', '?a=%', '?a=1&a=2')
  return fc
    .tuple(operation.root ? fc.constant('') : instancePath, number, query)
    .map(([prefix, record, search]) => `${prefix}${operation.path.replace('{number}', record)}${search}`)
}

/** A generated value as a query string: an object's fields as parameters, anything not a string as its JSON. */
function queryOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return ''
  const fields = Object.entries(value).map(([key, field]): [string, string] => [
    key,
    typeof field === 'string' ? field : (JSON.stringify(field) ?? ''),
  ])
  return `?${new URLSearchParams(fields)}`
}

/** Malformed and boundary requests for one operation of the contract, from its schemas. */
export function requestsFor(
  name: OperationName,
  fixture: Fixture,
  setupToken: string | undefined,
): fc.Arbitrary<FuzzRequest> {
  const operation: Operation = operations[name]
  return fc
    .record({
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant(operation.method) },
        { weight: 1, arbitrary: fc.constantFrom('PATCH', 'OPTIONS', 'HEAD') },
      ),
      path: pathFor(operation, fixture),
      authorization: credentials(operation, fixture, setupToken),
      contentType: fc.oneof(
        { weight: 6, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
        // a body of the shape sent as a browser may send one to another site without asking
        { weight: 1, arbitrary: fc.constant('text/plain') },
      ),
      host: fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTS) },
      ),
      body: bodyFor(operation, fixture.known),
    })
    .map(({ method, path, authorization, contentType, host, body }) => ({
      method,
      path,
      headers: {
        accept: 'application/json',
        ...(authorization === undefined ? {} : { authorization }),
        ...(contentType === undefined || body === undefined ? {} : { 'content-type': contentType }),
        ...(host === undefined ? {} : { host }),
      },
      ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
    }))
}
