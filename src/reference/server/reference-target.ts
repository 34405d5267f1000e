import { randomUUID } from 'node:crypto'
import { parseInput } from '../../contract/parse-input'
import { accepted, refused, type Outcome } from '../../contract/refusal.schema'
import { NewProviderInstance, type Capabilities, type OpenedProviderInstance } from '../../contract/target.schema'
import { OptionalPart, Release } from '../../requirements/requirement.schema'
import { VirtualClock } from '../clock'
import type { Faults } from '../faults'
import { ProviderInstance } from '../provider-instance'

/**
 * How the reference behaves as a target: which rules it breaks (to prove a gate fails), how long it waits, and
 * which optional parts it leaves out (to show what a target without them gets).
 */
export type ReferenceTargetOptions = { faults: Faults; outboundTimeoutMs: number; without?: readonly OptionalPart[] }

/** The most provider instances one server keeps; the oldest is dropped first, as a long-lived target must. */
const MAX_INSTANCES = 5_000

/** The reference as one target: a provider instance of its own for every scenario that asks. */
export class ReferenceTarget {
  readonly #instances = new Map<string, ProviderInstance>()
  constructor(private readonly options: ReferenceTargetOptions) {}

  /** The reference implements both releases, and every optional part it was not told to leave out. */
  capabilities(): Capabilities {
    const parts = OptionalPart.options.filter((part) => !this.options.without?.includes(part))
    return { implementation: 'sx-conformance reference', releases: [...Release.options], parts }
  }

  /** Whether the target offers an optional part. */
  offers(part: OptionalPart): boolean {
    return !this.options.without?.includes(part)
  }

  /** Opens a provider instance whose address is under the given origin. */
  open(input: unknown, origin: string): Outcome<OpenedProviderInstance> {
    const parsed = parseInput(NewProviderInstance, input)
    if (!parsed.ok) return parsed
    const id = randomUUID()
    const url = `${origin}/provider-instances/${id}`
    this.#instances.set(
      id,
      new ProviderInstance({
        baseUrl: url,
        mailGatewayUrl: parsed.value.mailGatewayUrl,
        fetch,
        clock: new VirtualClock(new Date()),
        release: parsed.value.release,
        outboundTimeoutMs: this.options.outboundTimeoutMs,
        faults: this.options.faults,
      }),
    )
    if (this.#instances.size > MAX_INSTANCES) this.#instances.delete(this.#instances.keys().next().value!)
    return accepted({ id, url })
  }

  /** The provider instance opened under this identifier. */
  instance(id: string): Outcome<ProviderInstance> {
    const instance = this.#instances.get(id)
    return instance ? accepted(instance) : refused('provider-instance-not-found', `no provider instance has the identifier ${id}`)
  }
}
