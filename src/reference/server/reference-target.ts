import { randomUUID } from 'node:crypto'
import { parseInput } from '../../contract/parse-input'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'
import { NewProviderInstance, type Capabilities, type OpenedProviderInstance } from '../../contract/target.schema'
import { OptionalPart, Release } from '../../requirements/requirement.schema'
import { VirtualClock } from '../clock'
import { withFaultsNamed, type Faults } from '../../run/faults'
import { ProviderInstance } from '../provider-instance'
import { REFERENCE_ATTESTS } from '../registration-token'
import { InstanceRoom, StorageBudget } from './instance-room'
import type { ImplementationParts } from '../../run/implementation-parts'

/**
 * How many provider instances a server holds, how much their records may hold together, and how long one may go unused
 * before it is closed.
 */
export type InstanceLimits = { maxInstances: number; maxStoredMb: number; idleMinutes: number }

/**
 * A server holds up to a thousand instances and 256 MB of records; one nobody has called for half an hour is closed.
 */
export const DEFAULT_INSTANCE_LIMITS: InstanceLimits = { maxInstances: 1_000, maxStoredMb: 256, idleMinutes: 30 }

/**
 * How the reference behaves as a target: which rules it breaks (to prove a gate fails), how long it waits, and which
 * optional parts it leaves out (to show what a target without them gets).
 */
export type ReferenceTargetOptions = {
  faults: Faults
  /** The parts the faults supply in place of the reference's own, handed in by whoever starts the server. */
  parts?: Partial<ImplementationParts>
  outboundTimeoutMs: number
  without?: readonly OptionalPart[]
}

/** A provider instance the server holds, and when a request last reached it (milliseconds of the machine's clock). */
type Held = { instance: ProviderInstance; room: InstanceRoom; lastUsed: number }

/** The reference as one target: a provider instance of its own for every scenario that asks. */
export class ReferenceTarget {
  /** Least recently used first: a request moves its instance to the end. */
  readonly #held = new Map<string, Held>()
  readonly #limits: InstanceLimits
  readonly #storage: StorageBudget

  constructor(
    private readonly options: ReferenceTargetOptions & {
      /** The address every instance's URLs are built on (registration URLs, email links). */
      publicUrl: () => string
      limits?: Partial<InstanceLimits>
      /** The machine's clock, which idle expiry reads (a test moves it). */
      now?: () => number
    },
  ) {
    this.#limits = { ...DEFAULT_INSTANCE_LIMITS, ...options.limits }
    this.#storage = new StorageBudget(this.#limits.maxStoredMb * 1_000_000)
  }

  /** The reference implements both releases, and every optional part it was not told to leave out. */
  capabilities(): Capabilities {
    const parts = OptionalPart.options.filter((part) => !this.options.without?.includes(part))
    return {
      implementation: withFaultsNamed('sx-conformance reference', this.options.faults),
      releases: [...Release.options],
      parts,
      attests: REFERENCE_ATTESTS,
    }
  }

  /** Whether the target offers an optional part. */
  offers(part: OptionalPart): boolean {
    return !this.options.without?.includes(part)
  }

  /** Opens a provider instance under the public address; when the server is full of instances in use, refuses. */
  open(input: unknown): Outcome<OpenedProviderInstance> {
    const parsed = parseInput(NewProviderInstance, input)
    if (!parsed.ok) return parsed
    this.#closeIdle()
    if (this.#held.size >= this.#limits.maxInstances) {
      return refused(
        'server-full',
        `the server holds ${this.#limits.maxInstances} provider instances in use; one unused for ${this.#limits.idleMinutes} minutes is closed`,
      )
    }
    const id = randomUUID()
    const url = `${this.options.publicUrl()}/provider-instances/${id}`
    const room = new InstanceRoom(this.#storage)
    const instance = new ProviderInstance({
      baseUrl: url,
      mailGatewayUrl: parsed.value.mailGatewayUrl,
      fetch,
      clock: new VirtualClock(new Date()),
      release: parsed.value.release,
      outboundTimeoutMs: this.options.outboundTimeoutMs,
      faults: this.options.faults,
      ...(this.options.parts ? { parts: this.options.parts } : {}),
    })
    room.fit(instance)
    this.#held.set(id, { instance, room, lastUsed: this.#now() })
    return accepted({ id, url })
  }

  /** The provider instance opened under this identifier, if it is still open; finding it counts as using it. */
  instance(id: string): Outcome<ProviderInstance> {
    const held = this.#held.get(id)
    if (!held || this.#idle(held)) {
      if (held) this.#close(id, held)
      return refused(
        'provider-instance-not-found',
        `no open provider instance has this identifier (one unused for ${this.#limits.idleMinutes} minutes is closed)`,
      )
    }
    this.#held.delete(id)
    this.#held.set(id, { ...held, lastUsed: this.#now() })
    return accepted(held.instance)
  }

  /** Closes the instance opened under this identifier, when its scenario is over: its room and its records go. */
  close(id: string): Outcome<void> {
    const held = this.#held.get(id)
    if (!held) return refused('provider-instance-not-found', 'no open provider instance has this identifier')
    this.#close(id, held)
    return accepted(undefined)
  }

  #closeIdle(): void {
    for (const [id, held] of this.#held) {
      if (!this.#idle(held)) return
      this.#close(id, held)
    }
  }

  /** Closes an instance, and gives back what its records held. */
  #close(id: string, held: Held): void {
    this.#held.delete(id)
    held.room.release()
  }

  #idle(held: Held): boolean {
    return this.#now() - held.lastUsed >= this.#limits.idleMinutes * 60_000
  }

  #now(): number {
    return (this.options.now ?? Date.now)()
  }
}
