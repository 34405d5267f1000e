/**
 * Writes the OpenAPI document of the HTTP contract from its zod schemas. A test fails while the committed
 * document differs from what this would write.
 * Usage: npm run contract
 */
import { writeFileSync } from 'node:fs'
import { OPENAPI_PATH } from '../contract/openapi-path'
import { openApiText } from '../contract/openapi-document'

writeFileSync(OPENAPI_PATH, openApiText())
console.log(`wrote ${OPENAPI_PATH}`)
