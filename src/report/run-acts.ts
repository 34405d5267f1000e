import { operations, type OperationName } from '../contract/operations'
import { SEQUENCE_MEDIA_TYPE } from './conformance-report.schema'
import { verbInWords } from './sequence-trace'

/** One act a scenario's party asked of the target: its operation, its outcome's code, whether it called out. */
export type RunAct = { operation: OperationName; refused?: string; calledOut: boolean }

/** One scenario of a run, as its messages show it: where it is, its tags, its steps and its acts in order. */
export type RunScenario = { name: string; uri: string; tags: string[]; steps: string[]; acts: RunAct[] }

/** Each operation by the words a sequence diagram writes it in. */
const OPERATION_BY_WORDS = new Map(
  (Object.keys(operations) as OperationName[]).map((name) => [verbInWords(name), name] as const),
)

/**
 * The acts of one sequence diagram: each ask of the target paired with the answer to the same party (the oldest ask
 * still open, as two acts issued at the same moment may be answered in either order), and whether the target called
 * another system (a consumer instance, the mail gateway) meanwhile.
 */
export function actsOfDiagram(diagram: string): RunAct[] {
  const acts: RunAct[] = []
  const open = new Map<string, RunAct[]>()
  for (const line of diagram.split('\n')) {
    const asked = /^\s*(\w+)->>target: (.*)$/.exec(line)
    const answered = /^\s*target-->>(\w+): (.*)$/.exec(line)
    if (asked) {
      const operation = OPERATION_BY_WORDS.get(asked[2]!.trim())
      if (!operation) continue
      const act: RunAct = { operation, calledOut: false }
      acts.push(act)
      open.set(asked[1]!, [...(open.get(asked[1]!) ?? []), act])
    } else if (answered) {
      const act = open.get(answered[1]!)?.shift()
      const code = /^refused ([a-z-]+)/.exec(answered[2]!)?.[1]
      if (act && code) act.refused = code
    } else if (/^\s*target->>system\d+:/.test(line)) {
      for (const waiting of open.values()) for (const act of waiting) act.calledOut = true
    }
  }
  return acts
}

/** Every scenario of one run's messages (a messages.ndjson), with its acts. */
export function scenariosOfRun(messages: string): RunScenario[] {
  const pickles = new Map<string, RunScenario>()
  const caseToPickle = new Map<string, string>()
  const startedToCase = new Map<string, string>()
  const diagrams: { started: string; body: string }[] = []
  for (const line of messages.split('\n')) {
    if (!line) continue
    const message = JSON.parse(line) as Record<string, Record<string, unknown> | undefined>
    const { pickle, testCase, testCaseStarted, attachment } = message
    if (pickle) {
      const { id, name, uri, tags, steps } = pickle as {
        id: string
        name: string
        uri: string
        tags: { name: string }[]
        steps: { text: string }[]
      }
      pickles.set(id, { name, uri, tags: tags.map((tag) => tag.name), steps: steps.map((step) => step.text), acts: [] })
    } else if (testCase) caseToPickle.set(testCase.id as string, testCase.pickleId as string)
    else if (testCaseStarted) startedToCase.set(testCaseStarted.id as string, testCaseStarted.testCaseId as string)
    else if (attachment?.mediaType === SEQUENCE_MEDIA_TYPE)
      diagrams.push({ started: attachment.testCaseStartedId as string, body: attachment.body as string })
  }
  for (const { started, body } of diagrams) {
    const scenario = pickles.get(caseToPickle.get(startedToCase.get(started) ?? '') ?? '')
    scenario?.acts.push(...actsOfDiagram(body))
  }
  return [...pickles.values()]
}
