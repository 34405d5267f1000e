import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import { consumerInstanceHandlers } from './consumer-instance.handlers'
import { ConsumerInstances } from './consumer-instances'
import { MAIL_GATEWAY_URL, Outbox } from './mail-gateway'
import { mailGatewayHandlers } from './mail-gateway.handlers'
import { serveOnLoopback, type LoopbackServer } from './loopback-server'
import type { Meeting } from './meeting'
import { MAIL_GATEWAY_MESSAGES_PATH } from '../src/contract/mail.schema'
import type { BoundaryCall } from '../src/report/sequence-trace'

/**
 * How long the mocks may hold a call before a caller giving up on it is the kit's slowness rather than the caller's
 * haste.
 */
const HELD_TOO_LONG_MS = 250

/**
 * How often the boundary looks at the clock, and how long the kit may be held still (a machine too busy to run it, a
 * long pause of the collector) before the boundary notes it: a call the target made meanwhile may have waited in the
 * kernel, never reaching the mocks, until the target gave up on it.
 */
const TICK_MS = 100
const HELD_STILL_MS = 500

/** Where the mail gateway's calls go, in-process and served alike (the served one answers under this address). */
const MAIL_GATEWAY_ORIGIN = new URL(MAIL_GATEWAY_URL).origin

/**
 * How the target reaches the boundary: in-process, through `Boundary.fetch`; served, over loopback ports, for a target
 * in another process.
 */
export type BoundaryMode = 'in-process' | 'served'

/**
 * Everything outside the provider that the reference talks to, mocked at the network boundary. One per worker thread;
 * each scenario starts it empty.
 */
export class Boundary {
  readonly instances = new ConsumerInstances()
  readonly outbox = new Outbox()
  #mode: BoundaryMode | undefined
  #mailGateway: LoopbackServer | undefined
  readonly #instanceServers: LoopbackServer[] = []
  /** Calls that no handler expected, or that a handler could not answer as the real system would (and why). */
  readonly strayCalls: string[] = []
  /**
   * Signs that the kit was too slow for the target: calls it gave up on before the mocks answered them (a silent
   * instance answers nothing on purpose: it is not late), and times the kit was held still. A scenario that failed with
   * one could not run.
   */
  readonly lateAnswers: string[] = []
  #stillness: NodeJS.Timeout | undefined
  /** When the stillness watch last looked at the clock. */
  #lastTick = performance.now()
  /** How the served mocks report to this boundary. */
  readonly #reports = {
    stray: (call: string) => void this.strayCalls.push(call),
    late: (call: string) => void this.lateAnswers.push(`${call}, ready after its caller had hung up`),
  }
  /** Told of every call the target makes across the boundary and its answer: the scenario's sequence diagram. */
  observer: ((call: BoundaryCall) => void) | undefined
  /** While acts issued at the same moment run, where their calls meet before they are answered. */
  meeting: Meeting | undefined
  /** What answers the calls: the same handlers whichever way the target reaches them. */
  readonly #handlers = [
    ...consumerInstanceHandlers(this.instances, (call) => this.strayCalls.push(call)),
    ...mailGatewayHandlers(MAIL_GATEWAY_URL, this.outbox, (call) => this.strayCalls.push(call)),
  ]
  /** In-process, what catches a call the target makes around `fetch`. */
  readonly #server = setupServer(...this.#handlers)

  /**
   * A fetch answered by the same handlers without a socket: the in-process reference calls through it, which spares
   * msw's socket interception (several milliseconds a call). Like the network it honours the request's abort signal,
   * fails on an error response, and records a call no handler answers as stray.
   */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const response = await this.#answer(request)
    if (!response) {
      this.strayCalls.push(`${request.method} ${request.url}`)
      throw new TypeError('fetch failed: no mock answers this call')
    }
    if (response.type === 'error') throw new TypeError('fetch failed: the network refused the call')
    return response
  }

  /** The handlers' answer to one request, told to the observer (with an email's kind and recipient). */
  async #answer(request: Request): Promise<Response | undefined> {
    // The served mail gateway answers under the gateway's own address, as the in-process one does.
    const { origin, pathname } = new URL(request.url)
    const toMailGateway = origin === MAIL_GATEWAY_ORIGIN
    await this.meeting?.arrive()
    const mail =
      this.observer && toMailGateway && request.method === 'POST' && pathname === MAIL_GATEWAY_MESSAGES_PATH
        ? request
            .clone()
            .json()
            .catch(() => undefined)
        : undefined
    const response = await this.#respond(request)
    const message = (await mail) as { kind?: unknown; to?: unknown } | undefined
    this.observer?.({
      url: request.url,
      method: request.method,
      status: response?.status ?? 0,
      toMailGateway,
      ...(message ? { mail: { kind: String(message.kind), to: String(message.to) } } : {}),
    })
    return response
  }

  /** The handlers' answer. A request whose caller gave up is not answered, and noted as late. */
  #respond(request: Request): Promise<Response | undefined> {
    const arrived = performance.now()
    const goneOnArrival = request.signal.aborted
    const answering = getResponse(this.#handlers, request)
    let ready = false
    const settle = () => (ready = true)
    answering.then(settle, settle)
    const aborted = new Promise<never>((_, reject) => {
      const giveUp = () => {
        if (ready) return
        reject(request.signal.reason)
        // Only a silent instance keeps a caller waiting on purpose. The kit was slow when its caller had gone before
        // the
        // call even reached the mocks (the kit was too busy to take it), or gave up after the mocks had held it a
        // while;
        // a target that gives up at once is quick to give up, and that is its own doing.
        const waited = performance.now() - arrived
        if (
          this.instances.at(request.url)?.availability !== 'silent' &&
          (goneOnArrival || waited >= HELD_TOO_LONG_MS)
        ) {
          this.lateAnswers.push(`${request.method} ${request.url}, given up after ${Math.round(waited)} ms`)
        }
      }
      if (request.signal.aborted) giveUp()
      request.signal.addEventListener('abort', giveUp, { once: true })
    })
    return Promise.race([answering, aborted])
  }

  /** Where the target hands its email. */
  get mailGatewayUrl(): string {
    return this.#mailGateway?.url ?? MAIL_GATEWAY_URL
  }

  /**
   * Gets the boundary ready for the run's target; a later call with the same mode does nothing. In-process, a call the
   * target makes around `fetch` is intercepted and recorded; served, the mail gateway gets a port.
   */
  async start(mode: BoundaryMode): Promise<void> {
    if (this.#mode === mode) return
    if (this.#mode) throw new Error(`the boundary already serves ${this.#mode} targets`)
    this.#mode = mode
    this.#watchForStillness()
    if (mode === 'served') {
      this.#mailGateway = await serveOnLoopback((request) => this.#answer(request), this.#reports, MAIL_GATEWAY_URL)
      return
    }
    this.#server.listen({
      onUnhandledFrame: ({ frame, defaults }) => {
        const data = frame.data as { request?: Request }
        this.strayCalls.push(data.request ? `${data.request.method} ${data.request.url}` : `a ${frame.protocol} frame`)
        defaults.error()
      },
    })
  }

  /**
   * The address of a new consumer instance: the one the scenario drew when the target calls in-process; a port of its
   * own on the loopback interface when the target is in another process.
   */
  async addressFor(drawn: string): Promise<string> {
    if (this.#mode !== 'served') return drawn
    const server = await serveOnLoopback((request) => this.#answer(request), this.#reports)
    this.#instanceServers.push(server)
    return server.url
  }

  /** Forgets everything one scenario did, so the next starts clean. */
  async reset(): Promise<void> {
    await Promise.all(this.#instanceServers.splice(0).map((server) => server.close()))
    this.#server.resetHandlers()
    this.instances.clear()
    this.outbox.clear()
    this.strayCalls.length = 0
    this.lateAnswers.length = 0
    this.observer = undefined
    this.meeting = undefined
  }

  /**
   * Notes, among the late answers, each time the kit was held still long enough for a call to it to time out unseen.
   */
  #watchForStillness(): void {
    this.#lastTick = performance.now()
    this.#stillness = setInterval(() => this.#lookAtTheClock(), TICK_MS)
    this.#stillness.unref()
  }

  #lookAtTheClock(): void {
    const now = performance.now()
    const still = now - this.#lastTick - TICK_MS
    this.#lastTick = now
    if (still >= HELD_STILL_MS) this.lateAnswers.push(`the kit was held still for ${Math.round(still)} ms`)
  }

  /**
   * Forgets what the kit went through until now (loading a run, writing reports, a scenario before): the late answers
   * so far, and how long ago the stillness watch last looked at the clock, so that neither counts against what comes.
   */
  startsAfresh(): void {
    this.lateAnswers.length = 0
    this.#lastTick = performance.now()
  }

  /**
   * How many late answers there have been, a stillness the watch has not ticked over yet among them: the target's
   * refusal and the clock's overdue tick may come in together after the kit was held still, and the refusal first.
   */
  lateAnswersNow(): number {
    if (performance.now() - this.#lastTick - TICK_MS >= HELD_STILL_MS) this.#lookAtTheClock()
    return this.lateAnswers.length
  }

  /** Ends a run: nothing is left listening or intercepted, and a later run in the process starts the boundary again. */
  async close(): Promise<void> {
    clearInterval(this.#stillness)
    await this.reset()
    await this.#mailGateway?.close()
    if (this.#mode === 'in-process') this.#server.close()
    this.#mailGateway = undefined
    this.#mode = undefined
  }
}
