import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { openApiText } from './openapi-document'
import { OPENAPI_FILE } from './openapi-path'
import { operations } from './operations'
import { withGeneratedSections } from '../tools/contract-sections'
import { KIT_ROOT } from '../run/kit-files'

test('the committed OpenAPI document is what the zod schemas generate (run npm run contract if not)', () => {
  assert.equal(
    readFileSync(join(KIT_ROOT, OPENAPI_FILE), 'utf8'),
    openApiText(),
    'src/contract/openapi.json is stale: run npm run contract and commit it',
  )
})

test('the OpenAPI document names every operation of the contract once', () => {
  const document = JSON.parse(openApiText()) as { paths: Record<string, Record<string, { operationId: string }>> }
  const ids = Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).map((operation) => operation.operationId),
  )
  assert.deepEqual(ids.sort(), Object.keys(operations).sort())
})

test("CONTRACT.md's generated parts (the status table, the silences register) are what the code gives (run npm run contract if not)", () => {
  const page = readFileSync(join(KIT_ROOT, 'CONTRACT.md'), 'utf8')
  assert.equal(
    withGeneratedSections(page),
    page,
    'a generated part of CONTRACT.md is stale or its markers are gone: run npm run contract and commit it',
  )
})

test('the OpenAPI document says where a target is, under what license, every status a server answers, and how a 401 challenges', () => {
  type Responses = Record<string, { $ref?: string }>
  const document = JSON.parse(openApiText()) as {
    info: { license?: { identifier?: string } }
    servers?: { url: string }[]
    paths: Record<string, Record<string, { operationId: string; responses: Responses }>>
    components: { responses: Record<string, { headers?: Record<string, unknown> }> }
  }
  assert.equal(document.info.license?.identifier, 'MIT')
  assert.ok(document.servers?.length, 'a server to try the operations against')
  assert.ok(document.components.responses.Refused401?.headers?.['WWW-Authenticate'], 'a 401 carries its challenge')
  const byId = Object.fromEntries(
    Object.values(document.paths)
      .flatMap((methods) => Object.values(methods))
      .map((operation) => [operation.operationId, operation.responses]),
  )
  for (const [id, responses] of Object.entries(byId))
    assert.ok(responses['408'], `${id} may be answered 408 by the HTTP layer`)
  assert.ok(
    byId.signInToConsumerPortal?.['401'] && byId.signInToConsumerPortal['403'],
    'signing in to the portal is refused 401 (sign-in-failed) and 403 (account-not-verified)',
  )
  assert.equal(byId.capabilities?.['401'], undefined, 'asking what a target implements authenticates nobody')
})
