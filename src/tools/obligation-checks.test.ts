import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actsOfDiagram } from '../report/run-acts'
import { obligationsOf } from './obligation-checks'

const DIAGRAM = `sequenceDiagram
  participant party1 as provider admin
  participant party2 as another admin
  participant target as target
  participant system1 as the consumer's instance
  party1->>target: create connection
  party2->>target: create connection
  target->>system1: read sys_store_app
  system1-->>target: 200
  target-->>party2: ok, Awaiting Validation
  target-->>party1: refused connection-exists
  party1->>target: list connections
  target-->>party1: ok`

test('a diagram gives each act its operation, its refusal, and whether the target called out meanwhile', () => {
  assert.deepEqual(actsOfDiagram(DIAGRAM), [
    { operation: 'createConnection', calledOut: true, refused: 'connection-exists' },
    { operation: 'createConnection', calledOut: true },
    { operation: 'listConnections', calledOut: false },
  ])
})

test('a run without scenarios meets none of the obligations the scenarios owe', () => {
  const results = obligationsOf([])
  const missing = (kind: string) => results.find((result) => result.kind.startsWith(kind))?.missing ?? []
  assert.ok(missing('every guard refuses').includes('PC-10 refuses as connection-exists'))
  assert.ok(missing('every comparison').includes('PC-10 (instance URL): default port'))
  assert.ok(missing('every single-use link').some((what) => what.includes('used twice')))
})

test('a scenario of the requirement saying the words meets a comparison; one of another requirement does not', () => {
  const scenario = (tag: string) => ({
    name: 'the same instance URL spelled with its port written another way is the same instance',
    uri: 'features/creating-a-connection.feature',
    tags: [tag],
    steps: [],
    acts: [],
  })
  const missingWith = (tag: string) =>
    obligationsOf([scenario(tag)]).find((result) => result.kind.startsWith('every comparison'))!.missing
  assert.ok(!missingWith('@req:PC-10').includes('PC-10 (instance URL): default port'))
  assert.ok(missingWith('@req:PC-11').includes('PC-10 (instance URL): default port'))
})
