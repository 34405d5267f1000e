import { getResponse, RequestHandler } from 'msw'
import { setupServer } from 'msw/node'
import { consumerInstanceHandlers } from './consumer-instance.handlers'
import { ConsumerInstances } from './consumer-instances'
import { MAIL_GATEWAY_URL, Outbox } from './mail-gateway'
import { mailGatewayHandlers } from './mail-gateway.handlers'

/**
 * Everything outside the provider that the reference talks to, mocked at the network boundary.
 * One per worker thread; each scenario starts it empty.
 */
export class Boundary {
  readonly instances = new ConsumerInstances()
  readonly outbox = new Outbox()
  readonly mailGatewayUrl = MAIL_GATEWAY_URL
  /** Calls that no handler expected, in the order they were made. */
  readonly strayCalls: string[] = []
  readonly #server = setupServer(
    ...consumerInstanceHandlers(this.instances),
    ...mailGatewayHandlers(MAIL_GATEWAY_URL, this.outbox),
  )

  /**
   * A fetch answered by the same handlers without a socket: the in-process reference calls through it, which
   * spares msw's socket interception (several milliseconds a call). Like the network it honours the request's
   * abort signal, fails on an error response, and records a call no handler answers as stray.
   */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const handlers = this.#server.listHandlers().filter((handler) => handler instanceof RequestHandler)
    const aborted = new Promise<never>((_, reject) => {
      if (request.signal.aborted) reject(request.signal.reason)
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })
    })
    const response = await Promise.race([getResponse(handlers, request), aborted])
    if (!response) {
      this.strayCalls.push(`${request.method} ${request.url}`)
      throw new TypeError('fetch failed: no mock answers this call')
    }
    if (response.type === 'error') throw new TypeError('fetch failed: the network refused the call')
    return response
  }

  /** Starts intercepting outbound calls; an unexpected call is recorded and fails as a network error. */
  listen(): void {
    this.#server.listen({
      onUnhandledFrame: ({ frame, defaults }) => {
        const data = frame.data as { request?: Request }
        this.strayCalls.push(data.request ? `${data.request.method} ${data.request.url}` : `a ${frame.protocol} frame`)
        defaults.error()
      },
    })
  }

  /** Forgets everything one scenario did, so the next starts clean. */
  reset(): void {
    this.#server.resetHandlers()
    this.instances.clear()
    this.outbox.clear()
    this.strayCalls.length = 0
  }

  close(): void {
    this.#server.close()
  }
}
