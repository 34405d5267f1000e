import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api'
import fc from 'fast-check'
import { KIT_ROOT, STEP_FILES } from '../run/kit-files'
import type { Said } from '../cast/phrase'
import { PROCEDURE_OF } from './run-explore'
import { refusedAs } from './procedure'

/** The step definitions as cucumber-js loads them for a run: each one's expression, and what it matches. */
type StepDefinition = { pattern: string | RegExp; matchesStepName(text: string): boolean }

/**
 * What a journey prints is what it did: every act and starting step of every procedure says words that exactly one
 * step definition of the kit matches, and that one is the phrase the journey performed. A scenario printed by
 * exploration therefore runs, in cucumber-js, the very acts the journey took.
 */
test("every phrase a journey says is the kit's step that does what the journey did", async () => {
  const { runConfiguration } = await loadConfiguration(
    { file: false, provided: { paths: [], ...STEP_FILES } },
    { cwd: KIT_ROOT },
  )
  const support = (await loadSupport(runConfiguration, { cwd: KIT_ROOT })) as unknown as {
    stepDefinitions: StepDefinition[]
  }
  const check = (said: Said) => {
    const matching = support.stepDefinitions.filter((definition) => definition.matchesStepName(said.text))
    assert.equal(matching.length, 1, `"${said.text}" is matched by ${matching.length} step definitions, not one`)
    assert.equal(
      String(matching[0]!.pattern),
      String(said.expression),
      `"${said.text}" is the kit's step ${String(matching[0]!.pattern)}, not the phrase the journey performed`,
    )
  }
  for (const procedure of Object.values(PROCEDURE_OF)) {
    for (const version of ['2.3.18', '2.4.0'])
      for (const email of ['on', 'off'] as const) procedure.startingSteps({ version, email }).forEach(check)
    for (const command of fc.sample(fc.oneof(...procedure.acts), { numRuns: 500, seed: 1 }))
      check((command as unknown as { act: { said: Said } }).act.said)
  }
  // The refusals a breach prints are the kit's steps too.
  for (const codes of [['registration-url-used'], ['not-named-contact', 'contact-not-consumer-admin']])
    assert.ok(support.stepDefinitions.some((definition) => definition.matchesStepName(refusedAs(codes))))
})
