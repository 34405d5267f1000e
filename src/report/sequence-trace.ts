import { consumerInstancePaths } from '../contract/consumer-instance.schema'

/**
 * What happened between the parties of one scenario, in order, for its sequence diagram: each verb a party asked of the
 * target and its answer, and each call the target made to a consumer instance or the mail gateway.
 */
export type TraceEntry =
  | { kind: 'asked'; party: string; verb: string }
  | { kind: 'answered'; party: string; verb: string; outcome: string }
  | { kind: 'called'; system: string; what: string; answer: string }

/** A call the target made across the boundary, as the mocks saw it. */
export type BoundaryCall = {
  url: string
  method: string
  status: number
  toMailGateway: boolean
  mail?: { kind: string; to: string }
}

/** A verb as a sequence diagram writes it, and as the diagram is read back: createConnection → create connection. */
export const verbInWords = (verb: string): string => verb.replace(/([A-Z])/g, ' $1').toLowerCase()

/** The entries of one scenario, as they happen. */
export class Trace {
  readonly entries: TraceEntry[] = []

  asked(party: string, verb: string): void {
    this.entries.push({ kind: 'asked', party, verb })
  }

  answered(party: string, verb: string, outcome: string): void {
    this.entries.push({ kind: 'answered', party, verb, outcome })
  }

  /** A call the target made: to the mail gateway, an email of a kind to someone; to an instance, what it read. */
  called(call: BoundaryCall): void {
    const { host, pathname } = new URL(call.url)
    if (call.toMailGateway) {
      const what = call.mail ? `email ${call.mail.kind} to ${call.mail.to}` : `${call.method} ${pathname}`
      this.entries.push({ kind: 'called', system: 'mail gateway', what, answer: String(call.status) })
      return
    }
    const table = /\/api\/now\/table\/([^/?]+)/.exec(pathname)?.[1]
    const what = table
      ? `${call.method === 'GET' ? 'read' : call.method} ${table}`
      : pathname === consumerInstancePaths.kmfHealth
        ? 'read KMF health'
        : `${call.method} ${pathname}`
    this.entries.push({ kind: 'called', system: host, what, answer: String(call.status) })
  }
}

/** The most messages a diagram shows; a longer scenario shows its last ones, saying how many it left out. */
export const MOST_ENTRIES = 120

/** Text that Mermaid reads as a message, without the characters that end or break one. */
const words = (text: string): string =>
  text
    .replace(/[;#:\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * The trace as a Mermaid sequence diagram: the parties who acted, the target, and the systems it called, in the order
 * they first appear. Names pass through `nameOf`, which turns user names and addresses into the roles the scenario gave
 * them.
 */
export function sequenceDiagram(
  entries: readonly TraceEntry[],
  nameOf: (raw: string) => string = (raw) => raw,
): string {
  const shown = entries.slice(-MOST_ENTRIES)
  // Parties to the left of the target, the systems it calls to the right, each in the order it first appears.
  const parties = new Map<string, string>()
  const systems = new Map<string, string>()
  const key = (names: Map<string, string>, name: string, prefix: string): string => {
    if (!names.has(name)) names.set(name, `${prefix}${names.size + 1}`)
    return names.get(name)!
  }
  const lines = shown.flatMap((entry) => {
    if (entry.kind === 'asked')
      return [`  ${key(parties, nameOf(entry.party), 'party')}->>target: ${words(entry.verb)}`]
    if (entry.kind === 'answered')
      return [`  target-->>${key(parties, nameOf(entry.party), 'party')}: ${words(entry.outcome)}`]
    const system = key(systems, nameOf(entry.system), 'system')
    return [`  target->>${system}: ${words(nameOf(entry.what))}`, `  ${system}-->>target: ${words(entry.answer)}`]
  })
  const declare = (names: Map<string, string>) =>
    [...names].map(([name, id]) => `  participant ${id} as ${words(name)}`)
  const left = entries.length - shown.length
  return [
    'sequenceDiagram',
    ...declare(parties),
    '  participant target as target',
    ...declare(systems),
    ...(left > 0 ? [`  Note over target: ${left} earlier messages left out`] : []),
    ...lines,
  ].join('\n')
}
