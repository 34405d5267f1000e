import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CardState } from '../contract/connection.schema'
import { legacyIntegration } from '../spec/legacy-integration.workflow'
import { AccountState, CustomerRequestState } from '../contract/portal.schema'
import { TaskState } from '../contract/registration-task.schema'
import { requirementById } from '../requirements/catalog'
import { compactIds, inRelease, reachableTransitions, stateDiagram, workflows, workflowsOf } from './state-diagrams'

test('every transition a table can reach is drawn once, from its state to the next, labelled with its requirements', () => {
  for (const workflow of workflows) {
    const diagram = stateDiagram(workflow)
    for (const [from, row] of Object.entries(workflow.table)) {
      for (const [event, to] of Object.entries(row)) {
        const reachable = reachableTransitions(workflow).some(
          (transition) => transition.from === from && transition.event === event,
        )
        const drawn = diagram
          .split('\n')
          .filter((line) =>
            line
              .trim()
              .startsWith(
                `${from.replace(/[^A-Za-z0-9]/g, '')} --> ${to!.replace(/[^A-Za-z0-9]/g, '')}: ${workflow.events[event]!.says}<br/>(`,
              ),
          )
        assert.equal(drawn.length, reachable ? 1 : 0, `${workflow.title}: ${from} --${event}--> ${to}`)
      }
    }
  }
})

test('every state of every record is drawn in some diagram, and a release draws only its own card', () => {
  const drawn = (title: string) =>
    workflows
      .filter((workflow) => workflow.title.startsWith(title))
      .map(stateDiagram)
      .join('\n')
  const everyState: [string, readonly string[]][] = [
    ['Connection card', CardState.options],
    ['Registration task', TaskState.options],
    ['Legacy', Object.keys(legacyIntegration)],
    ['Consumer Service Portal', AccountState.options],
    ['Customer portal', CustomerRequestState.options],
  ]
  for (const [title, states] of everyState)
    for (const state of states) assert.match(drawn(title), new RegExp(`state "${state}"`), `${title}: ${state}`)
  assert.doesNotMatch(workflowsOf('australia').map(stateDiagram).join('\n'), /state "Pending"/)
  assert.match(workflowsOf('brazil').map(stateDiagram).join('\n'), /\[\*\] --> Pending/)
})

test('every requirement a diagram cites is in the catalog, for a release the diagram is drawn for', () => {
  for (const workflow of workflows) {
    const drawn = reachableTransitions(workflow).map((transition) => workflow.events[transition.event]!)
    for (const rule of [
      workflow.start.rule,
      ...Object.values(workflow.events),
      ...(workflow.everyEvent ? [workflow.everyEvent] : []),
    ]) {
      for (const id of rule.guardedBy)
        assert.ok(requirementById(id), `${workflow.title} cites ${id}, which the catalog does not have`)
    }
    for (const rule of [workflow.start.rule, ...drawn])
      assert.ok(
        inRelease(rule, workflow.release).length > 0,
        `${workflow.title}: "${rule.says}" is governed by no requirement of its release`,
      )
    const cited = [workflow.start.rule, ...drawn].flatMap((rule) => inRelease(rule, workflow.release))
    for (const id of cited) {
      const requirement = requirementById(id)
      assert.ok(requirement, `${workflow.title} cites ${id}, which the catalog does not have`)
      if (workflow.release)
        assert.ok(
          requirement.releases.includes(workflow.release),
          `${workflow.title} cites ${id}, a requirement of another release`,
        )
    }
  }
})

test('consecutive requirement IDs of one area are written as a range of three or more', () => {
  assert.equal(compactIds(['PC-01', 'PC-04', 'PC-05', 'PC-06', 'PC-40']), 'PC-01, PC-04 to PC-06, PC-40')
  assert.equal(compactIds(['CT-03', 'CT-04', 'VAL-05', 'VAL-06']), 'CT-03, CT-04, VAL-05, VAL-06')
})
