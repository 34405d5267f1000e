import { resolve } from 'node:path'

/** Where the generated OpenAPI document of the contract is committed. */
export const OPENAPI_PATH = resolve(__dirname, 'openapi.json')
