import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Envelope, GherkinDocument, Pickle } from '@cucumber/messages'
import { ConfigurationError } from '../run/configuration-error'
import { RunContext, RUN_CONTEXT_MEDIA_TYPE } from './conformance-report.schema'

/** One shard's message stream, read from the folder its run wrote its reports to. */
export type Shard = { dir: string; envelopes: Envelope[]; context: RunContext }

/**
 * Reads the message stream a run wrote to a folder; a folder without one, or with another file there, is a
 * configuration error.
 */
export function readShard(dir: string): Shard {
  const file = join(dir, 'messages.ndjson')
  if (!existsSync(file))
    throw new ConfigurationError(`${dir} holds no messages.ndjson: give the report folders of the shards' runs`)
  let envelopes: Envelope[]
  try {
    envelopes = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Envelope)
  } catch {
    throw new ConfigurationError(`${file} is not a cucumber message stream (one JSON message a line)`)
  }
  const attachment = envelopes.find((envelope) => envelope.attachment?.mediaType === RUN_CONTEXT_MEDIA_TYPE)?.attachment
  const context = attachment ? RunContext.safeParse(JSON.parse(attachment.body)) : undefined
  if (!context?.success)
    throw new ConfigurationError(`${file} is not from a run of this kit: no scenario tells its run's context`)
  return { dir, envelopes, context: context.data }
}

/**
 * Checks that the shards make up one run: the same target, release and number of shards, each index once. Their seeds
 * may differ; the scenarios' data then differs from one unsharded run's, not their verdicts.
 */
export function checkShardsMakeOneRun(shards: readonly Shard[]): void {
  if (shards.length === 0) throw new ConfigurationError('name the report folder of every shard')
  const [first] = shards as [Shard, ...Shard[]]
  for (const shard of shards) {
    if (!shard.context.shard) throw new ConfigurationError(`${shard.dir} is a whole run, not a shard (no --shard)`)
    for (const field of ['target', 'release'] as const) {
      if (shard.context[field] !== first.context[field])
        throw new ConfigurationError(
          `${shard.dir} ran against ${field} ${shard.context[field]}, ${first.dir} against ${first.context[field]}`,
        )
    }
  }
  const total = Number(first.context.shard!.split('/')[1])
  const indexes = shards.map((shard) => shard.context.shard!.split('/').map(Number) as [number, number])
  const otherTotal = indexes.find(([, of]) => of !== total)
  if (otherTotal)
    throw new ConfigurationError(
      `the shards were split different ways: ${first.context.shard} and ${otherTotal.join('/')}`,
    )
  for (let index = 1; index <= total; index++) {
    const found = indexes.filter(([at]) => at === index).length
    if (found !== 1)
      throw new ConfigurationError(
        found === 0 ? `shard ${index}/${total} is missing` : `shard ${index}/${total} is given ${found} times`,
      )
  }
}

/**
 * Every id a Gherkin document holds, in the order a walk of it meets them: two runs of one file give the same shape.
 */
function astIds(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) astIds(item, into)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'id' && typeof value === 'string') into.push(value)
      else astIds(value, into)
    }
  }
  return into
}

/** A pickle with the ids of its Gherkin nodes read through a map. */
function renamed(pickle: Pickle, idOf: (id: string) => string): Pickle {
  return {
    ...pickle,
    astNodeIds: pickle.astNodeIds.map(idOf),
    steps: pickle.steps.map((step) => ({ ...step, astNodeIds: step.astNodeIds.map(idOf) })),
    tags: pickle.tags.map((tag) => ({ ...tag, astNodeId: idOf(tag.astNodeId) })),
  }
}

/**
 * The shards' message streams as one run's: one meta, each feature file once (every shard parsed all of them, and gave
 * their nodes ids of its own, which the pickles of later shards are mapped onto), every shard's test cases, and one run
 * that started when the first shard started and ended when the last one ended.
 */
export function mergeEnvelopes(shards: readonly Shard[]): Envelope[] {
  const documents = new Map<string, GherkinDocument>()
  const head: Envelope[] = []
  const body: Envelope[] = []
  const started = shards.flatMap((shard) =>
    shard.envelopes.flatMap((envelope) => (envelope.testRunStarted ? [envelope.testRunStarted] : [])),
  )
  const finished = shards.flatMap((shard) =>
    shard.envelopes.flatMap((envelope) => (envelope.testRunFinished ? [envelope.testRunFinished] : [])),
  )
  const seconds = (timestamp: { seconds: number; nanos: number }) => timestamp.seconds + timestamp.nanos / 1e9
  for (const shard of shards) {
    const idMap = new Map<string, string>()
    const idOf = (id: string) => idMap.get(id) ?? id
    for (const envelope of shard.envelopes) {
      if (envelope.meta) {
        if (!head.some((known) => known.meta)) head.push(envelope)
      } else if (envelope.source) {
        if (!documents.has(envelope.source.uri)) head.push(envelope)
      } else if (envelope.gherkinDocument) {
        const { uri = '' } = envelope.gherkinDocument
        const kept = documents.get(uri)
        if (kept) {
          const [ours, theirs] = [astIds(envelope.gherkinDocument), astIds(kept)]
          ours.forEach((id, index) => idMap.set(id, theirs[index] ?? id))
        } else {
          documents.set(uri, envelope.gherkinDocument)
          head.push(envelope)
        }
      } else if (envelope.pickle) body.push({ pickle: renamed(envelope.pickle, idOf) })
      else if (!envelope.testRunStarted && !envelope.testRunFinished) body.push(envelope)
    }
  }
  const first = started.sort((a, b) => seconds(a.timestamp) - seconds(b.timestamp))[0]
  const last = finished.sort((a, b) => seconds(b.timestamp) - seconds(a.timestamp))[0]
  return [
    ...head,
    ...(first ? [{ testRunStarted: first }] : []),
    ...body,
    ...(last ? [{ testRunFinished: { ...last, success: finished.every((run) => run.success) } }] : []),
  ]
}
