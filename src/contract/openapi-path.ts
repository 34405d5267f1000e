import { join } from 'node:path'

/** Where the generated OpenAPI document of the contract is committed, from the kit's root. */
export const OPENAPI_FILE = join('src', 'contract', 'openapi.json')
