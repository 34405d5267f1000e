import type { RunTarget } from '../drivers/compose'
import { patientDriver } from '../drivers/patient-driver'
import { tracedDriver } from '../drivers/traced-driver'
import { RunTrouble } from '../run/run-trouble'
import { scenarioSeed } from '../run/seed'
import { roleNamer } from './party-roles'
import type { Scenario } from './scenario'

/** Where a scenario stands in its feature file (or a journey in its exploration): its data is drawn from it. */
export type ScenarioPlace = { uri: string; line: number }

/**
 * Opens a scenario on a target: the mocked world started afresh, the scenario's data seeded from the run's seed and its
 * place, a fresh provider instance, and the driver its parties act through, which traces every act and tells the
 * scenario of it. The cucumber hooks and exploration open every scenario and journey with it.
 */
export async function openScenario(scenario: Scenario, target: RunTarget, seed: number, place: ScenarioPlace) {
  const { boundary, faker } = scenario
  await boundary.start(scenario.settings.driver === 'in-process' ? 'in-process' : 'served')
  // What the kit went through between scenarios (loading a run, writing reports) is no news of this one.
  boundary.startsAfresh()
  faker.seed(scenarioSeed(seed, place.uri, place.line))
  const startOfTime = faker.date.between({ from: '2026-03-01T00:00:00Z', to: '2026-09-01T00:00:00Z' })
  const openInstance = (name: string) =>
    target.open({
      providerUrl: `https://${faker.internet.domainWord()}-${name}.service-now.example`,
      mailGatewayUrl: boundary.mailGatewayUrl,
      fetch: boundary.fetch,
      startOfTime,
    })
  const session = await openInstance('provider')
  scenario.session = session
  // Another provider instance of the same target, for a scenario whose party belongs to it; it ends with the scenario.
  scenario.openAnotherProviderInstance = async () => {
    const other = await openInstance('other-provider')
    scenario.otherSessions.push(other)
    return other.driver
  }
  scenario.cast.driver = tracedDriver(
    patientDriver(session.driver, () => boundary.lateAnswersNow()),
    scenario.trace,
    (verb, args, outcome) => scenario.noteAct(verb, args, outcome),
  )
  boundary.observer = (call) => scenario.trace.called(call)
  scenario.cast.providerUrl = session.providerUrl
}

/**
 * Mail is exact: every email of a documented kind goes to a party an accepted act of the scenario entitles to it (the
 * contract's table of mail kinds), as often as such acts happened. Checked after every step, so the step that sent it
 * is the one that fails, whatever the scenario goes on to assert.
 */
export function checkMail(scenario: Scenario): void {
  const excess = scenario.mailLedger.excess(scenario.boundary.outbox.documented())
  if (excess.length === 0) return
  const role = roleNamer(scenario)
  const lines = excess.map(
    ({ kind, to, received, entitled }) => `${received} ${kind} email(s) to ${role(to)}, who is entitled to ${entitled}`,
  )
  throw new Error(`the target sent mail that no rule calls for:\n  ${lines.join('\n  ')}`)
}

/**
 * A scenario passes only if nothing unexpected left the target and every refusal was looked at. One that failed after
 * the kit's mocks answered the target too late could not run: the machine, not the target, was slow. The mocked world
 * is emptied for the next scenario either way.
 */
export async function checkScenarioEnd(
  scenario: Scenario,
  { failed, explored }: { failed: boolean; explored: boolean },
): Promise<void> {
  const stray = [...scenario.boundary.strayCalls]
  const late = [...scenario.boundary.lateAnswers]
  await scenario.boundary.reset()
  if (late.length > 0 && failed) {
    throw new RunTrouble(
      `the kit's mocks answered the target only after it had given up (${late.join('; ')}): this machine was too busy to judge the scenario; run it again with less load`,
    )
  }
  if (stray.length > 0) throw new Error(`the target made calls the mocks could not answer:\n  ${stray.join('\n  ')}`)
  // A scenario printed by exploration asserts the refusal its rule calls for; its Givens are a faulty target's journey.
  const ignored = scenario.unassertedRefusals({ exceptInGivens: explored })
  if (ignored.length > 0) {
    throw new Error(
      `refusals that no step asserted: ${ignored.map((refusal) => `${refusal.code} (${refusal.reason})`).join('; ')}`,
    )
  }
}

/** Ends the provider instances a scenario opened. */
export async function closeScenario(scenario: Scenario): Promise<void> {
  await scenario.session?.close?.()
  for (const other of scenario.otherSessions) await other.close?.()
}
