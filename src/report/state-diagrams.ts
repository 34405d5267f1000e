import {
  cardCreated,
  cardEventRules,
  connectionCard,
  initialCardState,
  pageAdmission,
} from '../spec/connection-card.workflow'
import {
  INITIAL_LEGACY_STATE,
  legacyEventRules,
  legacyIntegration,
  legacySubmitted,
} from '../spec/legacy-integration.workflow'
import { INITIAL_TASK_STATE, registrationTask, taskCreated, taskEventRules } from '../spec/registration-task.workflow'
import {
  accountEventRules,
  accountSignedUp,
  INITIAL_ACCOUNT_STATE,
  INITIAL_REQUEST_STATE,
  consumerAccount,
  customerRegistrationRequest,
  requestEventRules,
  requestSubmitted,
} from '../spec/portal-requests.workflow'
import type { EventRule } from '../spec/workflow'
import { requirementById } from '../requirements/catalog'
import type { Release } from '../requirements/requirement.schema'

/** One workflow as a diagram shows it: its transition table, where it starts, and what each event stands for. */
export type Workflow = {
  title: string
  /** The one release the diagram is drawn for, when the releases differ. */
  release?: Release
  start: { state: string; rule: EventRule }
  table: Readonly<Record<string, Readonly<Partial<Record<string, string>>>>>
  events: Readonly<Record<string, EventRule>>
  /** Guards every event passes through before its own, stated once beside the diagram. */
  everyEvent?: EventRule
}

/** Every workflow of the reference, read from the very tables it runs on. */
export const workflows: readonly Workflow[] = [
  {
    title: 'Connection card, Australia',
    release: 'australia',
    start: { state: initialCardState('australia'), rule: cardCreated },
    table: connectionCard,
    events: cardEventRules,
    everyEvent: pageAdmission,
  },
  {
    title: 'Connection card, Brazil',
    release: 'brazil',
    start: { state: initialCardState('brazil'), rule: cardCreated },
    table: connectionCard,
    events: cardEventRules,
    everyEvent: pageAdmission,
  },
  {
    title: 'Registration task (classic path)',
    start: { state: INITIAL_TASK_STATE, rule: taskCreated },
    table: registrationTask,
    events: taskEventRules,
  },
  {
    title: 'Legacy Service Bridge registration',
    start: { state: INITIAL_LEGACY_STATE, rule: legacySubmitted },
    table: legacyIntegration,
    events: legacyEventRules,
  },
  {
    title: 'Consumer Service Portal account',
    start: { state: INITIAL_ACCOUNT_STATE, rule: accountSignedUp },
    table: consumerAccount,
    events: accountEventRules,
  },
  {
    title: 'Customer portal registration request',
    start: { state: INITIAL_REQUEST_STATE, rule: requestSubmitted },
    table: customerRegistrationRequest,
    events: requestEventRules,
  },
]

/** One transition of a table: from a state, through an event, to a state. */
export type Transition = { from: string; event: string; to: string }

/**
 * The transitions of a workflow that its start can reach (a release without a state never shows it), in table order.
 */
export function reachableTransitions(workflow: Workflow): Transition[] {
  const reached = [workflow.start.state]
  const transitions: Transition[] = []
  // A walk from the start: each state reached is visited once, and its row adds the states it leads to.
  for (let index = 0; index < reached.length; index++) {
    const from = reached[index]!
    for (const [event, to] of Object.entries(workflow.table[from] ?? {})) {
      if (to === undefined) continue
      transitions.push({ from, event, to })
      if (!reached.includes(to)) reached.push(to)
    }
  }
  const order = Object.keys(workflow.table)
  return transitions.sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from))
}

/** A state's name as a Mermaid identifier. */
const idOf = (state: string): string => state.replace(/[^A-Za-z0-9]/g, '')

/**
 * Requirement IDs, with runs of three or more consecutive numbers of one area written as a range (VAL-01 to VAL-06).
 */
export function compactIds(ids: readonly string[]): string {
  const parts: string[] = []
  let run: { area: string; first: number; last: number; width: number } | undefined
  const close = () => {
    if (!run) return
    const name = (n: number) => `${run!.area}-${String(n).padStart(run!.width, '0')}`
    if (run.last - run.first >= 2) parts.push(`${name(run.first)} to ${name(run.last)}`)
    else for (let n = run.first; n <= run.last; n++) parts.push(name(n))
    run = undefined
  }
  for (const id of ids) {
    const [area = id, digits = ''] = id.split('-')
    const number = Number(digits)
    if (run && run.area === area && number === run.last + 1) run.last = number
    else {
      close()
      run = { area, first: number, last: number, width: digits.length }
    }
  }
  close()
  return parts.join(', ')
}

/** The requirements of a rule that hold in a release (a card event of both releases is governed by each one's own). */
export const inRelease = (rule: EventRule, release: Release | undefined): string[] =>
  rule.guardedBy.filter((id) => !release || requirementById(id)?.releases.includes(release) !== false)

/**
 * A transition's label: what happened, and on a line of its own the requirements that govern it in the workflow's
 * release (a label on one long line is wrapped by the diagram wherever it ends, and laid over the next arrow).
 */
const label = (rule: EventRule, release: Release | undefined): string =>
  `${rule.says}<br/>(${compactIds(inRelease(rule, release))})`

/**
 * A workflow as a Mermaid state diagram, each transition labelled with its event and the requirements that govern it.
 */
export function stateDiagram(workflow: Workflow): string {
  const transitions = reachableTransitions(workflow)
  const states = [...new Set([workflow.start.state, ...transitions.flatMap(({ from, to }) => [from, to])])]
  const final = states.filter(
    (state) => !transitions.some((transition) => transition.from === state && transition.to !== state),
  )
  return [
    'stateDiagram-v2',
    ...states.map((state) => `  state "${state}" as ${idOf(state)}`),
    `  [*] --> ${idOf(workflow.start.state)}: ${label(workflow.start.rule, workflow.release)}`,
    ...transitions.map(
      ({ from, event, to }) => `  ${idOf(from)} --> ${idOf(to)}: ${label(workflow.events[event]!, workflow.release)}`,
    ),
    ...final.map((state) => `  ${idOf(state)} --> [*]`),
  ].join('\n')
}

/** The workflows a run of one release meets (every one, when the release is not known). */
export const workflowsOf = (release: string | undefined): Workflow[] =>
  workflows.filter((workflow) => !release || !workflow.release || workflow.release === release)

/** Every workflow's diagram as Markdown, for CONTRACT.md and the Markdown report (GitHub draws Mermaid blocks). */
export function stateDiagramsSection(release?: string, heading = '####'): string {
  return workflowsOf(release)
    .map((workflow) =>
      [
        `${heading} ${workflow.title}`,
        '',
        '```mermaid',
        stateDiagram(workflow),
        '```',
        ...(workflow.everyEvent ? ['', everyEventNote(workflow.everyEvent)] : []),
      ].join('\n'),
    )
    .join('\n\n')
}

/** The guards every event of a workflow passes through, as a sentence under its diagram. */
export const everyEventNote = (rule: EventRule): string =>
  `Before each event: ${rule.says} (${compactIds(rule.guardedBy)}).`
