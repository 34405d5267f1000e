import assert from 'node:assert/strict'
import { basicCredentials, bearerCredentials } from '../../contract/basic-credentials'
import type { Actor } from '../../contract/actor.schema'
import { sendRaw, type RawAnswer } from '../../run/raw-request'
import { newSetupToken } from './setup-token'
import { startReferenceServer, type ReferenceServerOptions } from './reference-server'

/** What a test sees of one answer: the status, the text and the headers, and the body parsed as JSON. */
export type Answered = RawAnswer & { body: unknown }

/** A provider instance as every test opens one: its mail gateway is nowhere. */
const NEW_INSTANCE = { release: 'australia', mailGatewayUrl: 'http://127.0.0.1:9' }

/** The code of a refusal body, or undefined. */
export const codeOf = (answer: Answered): string | undefined => (answer.body as { code?: string } | undefined)?.code

/** Asserts a refusal by its status and code, showing the start of the answer when it is another. */
export const refusedAs = (answer: Answered, status: number, code: string): void =>
  assert.deepEqual([answer.status, codeOf(answer)], [status, code], answer.text.slice(0, 200))

/**
 * A reference server for a test, with a provider instance opened on it and helpers that send anything at all, malformed
 * requests included (fetch would refuse to send some of them).
 */
export async function startTestServer(options: Partial<ReferenceServerOptions> = {}) {
  const setupToken = newSetupToken()
  const logged: string[] = []
  const server = await startReferenceServer({
    port: 0,
    faults: new Set(),
    outboundTimeoutMs: 200,
    setupToken,
    log: (line) => logged.push(line),
    ...options,
  })
  /** One request on the server's port, sent exactly as given, its JSON answer parsed when it has one. */
  const raw = async (
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string | Buffer,
  ): Promise<Answered> => {
    const answer = await sendRaw(new URL(server.url), {
      method,
      path,
      headers,
      ...(body === undefined ? {} : { body }),
    })
    let parsed: unknown
    try {
      parsed = answer.text ? JSON.parse(answer.text) : undefined
    } catch {
      parsed = undefined
    }
    return { ...answer, body: parsed }
  }

  const asSetup = { authorization: bearerCredentials(setupToken) }
  const json = { 'content-type': 'application/json' }
  const as = (actor: Actor) => ({ authorization: basicCredentials(actor) })

  /** Opens a provider instance, with the setup token unless other credentials are given (none: {}). */
  const openInstance = (headers: Record<string, string> = {}, credentials: Record<string, string> = asSetup) =>
    raw('POST', '/provider-instances', { ...json, ...credentials, ...headers }, JSON.stringify(NEW_INSTANCE))
  const opened = await openInstance()
  const instance = opened.body as { id: string; url: string }
  const path = new URL(instance.url).pathname

  /** A setup operation of the opened instance, with the setup token. */
  const setup = (method: string, operationPath: string, body?: unknown) =>
    raw(
      method,
      `${path}${operationPath}`,
      { ...json, ...asSetup },
      body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    )

  return {
    server,
    setupToken,
    logged,
    raw,
    openInstance,
    setup,
    instance,
    path,
    headers: { json, asSetup, as },
    close: () => server.close(),
  }
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>

/** Runs a test against a server of its own, started with these options and closed afterwards, whatever happens. */
export async function withTestServer(
  options: Partial<ReferenceServerOptions>,
  use: (server: TestServer) => Promise<void>,
): Promise<void> {
  const server = await startTestServer(options)
  try {
    await use(server)
  } finally {
    await server.close()
  }
}

/** A user of the provider instance, as setup takes one. */
export const providerUser = (userName: string, roles: string[], companyId?: string) => ({
  userName,
  password: 'correct horse battery',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: `${userName}@provider.example`,
  roles,
  ...(companyId ? { companyId } : {}),
})
