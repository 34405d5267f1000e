import { request as httpRequest } from 'node:http'
import { basicCredentials } from '../../contract/basic-credentials'
import type { Actor } from '../../contract/actor.schema'
import { newSetupToken } from './setup-token'
import { startReferenceServer, type ReferenceServerOptions } from './reference-server'

/** What a test sees of one answer: the status, the parsed JSON body (or the text), and the headers. */
export type Answered = { status: number; body: unknown; text: string; headers: Record<string, string | string[] | undefined> }

/** The code of a refusal body, or undefined. */
export const codeOf = (answer: Answered): string | undefined => (answer.body as { code?: string } | undefined)?.code

/**
 * A reference server for a test, with a provider instance opened on it and helpers that send anything at all,
 * malformed requests included (fetch would refuse to send some of them).
 */
export async function startTestServer(options: Partial<ReferenceServerOptions> = {}) {
  const setupToken = newSetupToken()
  const logged: string[] = []
  const server = await startReferenceServer({ port: 0, faults: new Set(), outboundTimeoutMs: 200, setupToken, log: (line) => logged.push(line), ...options })
  const { port } = new URL(server.url)

  /** One raw request on the server's port: the path is sent exactly as given. */
  const raw = (method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answered> =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest({ host: '127.0.0.1', port, method, path, headers: body === undefined ? headers : { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown
          try {
            parsed = text ? JSON.parse(text) : undefined
          } catch {
            parsed = undefined
          }
          resolve({ status: incoming.statusCode ?? 0, body: parsed, text, headers: incoming.headers })
        })
      })
      outgoing.on('error', reject)
      outgoing.end(body)
    })

  const asSetup = { authorization: `Bearer ${setupToken}` }
  const json = { 'content-type': 'application/json' }
  const as = (actor: Actor) => ({ authorization: basicCredentials(actor) })

  const opened = await raw('POST', '/provider-instances', { ...json, ...asSetup }, JSON.stringify({ release: 'australia', mailGatewayUrl: 'http://127.0.0.1:9' }))
  const instance = opened.body as { id: string; url: string }
  const path = new URL(instance.url).pathname

  /** A setup operation of the opened instance, with the setup token. */
  const setup = (method: string, operationPath: string, body?: unknown) =>
    raw(method, `${path}${operationPath}`, { ...json, ...asSetup }, body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body))

  return { server, setupToken, logged, raw, setup, instance, path, headers: { json, asSetup, as }, close: () => server.close() }
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>

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
