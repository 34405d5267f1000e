import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api'
import fc from 'fast-check'

/** A function that runs once, and answers what it first answered ever after. */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}
import { KIT_ROOT, STEP_FILES } from '../run/kit-files'
import type { Phrase, Said } from '../cast/phrase'
import * as authorizedUsers from '../cast/phrases/authorized-users'
import * as connection from '../cast/phrases/connection'
import * as consumerPortal from '../cast/phrases/consumer-portal'
import * as consumerInstance from '../cast/phrases/consumer-instance'
import * as legacy from '../cast/phrases/legacy'
import * as mail from '../cast/phrases/mail'
import * as outcomes from '../cast/phrases/outcomes'
import * as parties from '../cast/phrases/parties'
import * as providerInstance from '../cast/phrases/provider-instance'
import * as registration from '../cast/phrases/registration'
import * as task from '../cast/phrases/task'
import { PROCEDURE_OF } from './run-explore'
import { refusedAs } from './procedure'

/** The step definitions as cucumber-js loads them for a run: each one's expression, and what it matches. */
type StepDefinition = { pattern: string | RegExp; matchesStepName(text: string): boolean }

/**
 * The step definitions of the kit, loaded once as cucumber-js loads them for a run (the step files register them when
 * first required, so a second load in one process would find none).
 */
const stepDefinitions = once(async (): Promise<StepDefinition[]> => {
  const { runConfiguration } = await loadConfiguration(
    { file: false, provided: { paths: [], ...STEP_FILES } },
    { cwd: KIT_ROOT },
  )
  return ((await loadSupport(runConfiguration, { cwd: KIT_ROOT })) as unknown as { stepDefinitions: StepDefinition[] })
    .stepDefinitions
})

/** Every phrase of the kit's language, from every module of src/cast/phrases. */
const everyPhrase = (): Phrase<unknown[]>[] =>
  [
    authorizedUsers,
    connection,
    consumerInstance,
    consumerPortal,
    legacy,
    mail,
    outcomes,
    parties,
    providerInstance,
    registration,
    task,
  ]
    .flatMap((module) => Object.values(module) as unknown[])
    .filter((value): value is Phrase<unknown[]> => typeof value === 'object' && value !== null && 'expression' in value)

test('every phrase of the kit is one of its step definitions, under the same expression', async () => {
  const patterns = new Set((await stepDefinitions()).map((definition) => String(definition.pattern)))
  const phrases = everyPhrase()
  assert.ok(phrases.length > 50, `only ${phrases.length} phrases were found`)
  const unregistered = phrases.map((phrase) => String(phrase.expression)).filter((pattern) => !patterns.has(pattern))
  assert.deepEqual(unregistered, [], 'phrases that no step definition registers')
})

/**
 * What a journey prints is what it did: every act and starting step of every procedure says words that exactly one
 * step definition of the kit matches, and that one is the phrase the journey performed. A scenario printed by
 * exploration therefore runs, in cucumber-js, the very acts the journey took.
 */
test("every phrase a journey says is the kit's step that does what the journey did", async () => {
  const support = { stepDefinitions: await stepDefinitions() }
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

/** Arguments for each phrase that takes some, as a journey or a breach would say it. */
const SAMPLES = new Map<Phrase<never[]>, unknown[][]>([
  [parties.aConsumerCompany, [['2.3.18']]],
  [consumerPortal.thePortalAllowsOnly, [['consumers.example']]],
  [consumerPortal.aPersonSignsUp, [[null], [' without verifying the CAPTCHA']]],
  [consumerPortal.aPersonAtSignsUp, [['sub.consumers.example']]],
  [authorizedUsers.theContactAddsAtTheSameMoment, [['the same user'], ['two users']]],
  [authorizedUsers.theContactActivates, [['that'], ['the first added']]],
  [authorizedUsers.theContactRestrictsAuthorizedUsers, [[3]]],
  [connection.theAdminCreatesAConnectionSpelledOtherwise, [['in capitals and a trailing slash']]],
  [parties.theContactHoldsOnlyTheRole, [['itil']]],
  [consumerInstance.theConsumerInstanceRuns, [['2.10.0']]],
  [consumerInstance.kmfOnTheConsumerInstance, [['Malfunction']]],
  [consumerInstance.theIssueIsFixed, [['servlet-uri-empty']]],
  [providerInstance.kmfOnTheProviderInstance, [['Operational']]],
  [providerInstance.emailNotificationsAre, [['on'], ['off']]],
  [providerInstance.aProductionInstance, [['a'], ['not a']]],
  [
    providerInstance.timePasses,
    [
      ['5', 'minutes'],
      ['2', 'hours'],
    ],
  ],
  [registration.theContactValidatesAndResolves, [['app-versions-differ']]],
  [legacy.theAdminSubmitsARegistration, [["customer's instance"], ["customer's second instance"]]],
  [legacy.theCustomerAdminCreatesTheProviderRecord, [["customer's instance"]]],
  [
    legacy.theAdminDecides,
    [
      ['approves', 'confirms with Yes'],
      ['rejects', 'answers No'],
    ],
  ],
  [legacy.thatUserDecides, [['rejects']]],
  [legacy.theSubscriptionIs, [['Requested']]],
  [legacy.theReplicationSetIs, [['Active']]],
  [legacy.theIntegrationIs, [['established'], ['not established']]],
  [legacy.theCustomersProviderRecord, [['its'], ['no']]],
  [outcomes.refusedAs, [['"not-admin"'], ['"not-admin" or "connection-exists"']]],
  [outcomes.oneOfThemAccepted, [['"connection-exists"']]],
  [outcomes.anyOfThemRefusedAs, [['"authorized-user-exists" or "authorized-users-limit-reached"']]],
  [connection.theCardIs, [['Onboarded']]],
  [connection.theCardIsNot, [['Onboarded']]],
  [task.theTaskIs, [['the registration task', 'Closed Complete']]],
  [task.theLastCheckRun, [['could not run']]],
  [mail.receivesExactlyOne, [['consumer contact', 'registration-invitation']]],
])

test("every phrase's words are matched by its own step definition, and by no other", async () => {
  const definitions = await stepDefinitions()
  for (const phrase of everyPhrase()) {
    const takes = phrase.act.length > 1
    const samples = takes ? SAMPLES.get(phrase as Phrase<never[]>) : [[]]
    assert.ok(samples, `no sample arguments for the phrase ${String(phrase.expression)}: add some to SAMPLES`)
    for (const args of samples) {
      const words = phrase.says(...args)
      const matching = definitions.filter((definition) => definition.matchesStepName(words))
      assert.deepEqual(
        matching.map((definition) => String(definition.pattern)),
        [String(phrase.expression)],
        `"${words}" is not said by its own phrase alone`,
      )
    }
  }
})
