import type { Actor, ConsumerActor } from '../../contract/actor.schema'
import type { Acting, VerbName } from '../../contract/operations'
import { refusalStatus } from '../../contract/operations'
import type { Outcome, Refusal } from '../../contract/refusal.schema'
import type { ProviderInstance } from '../provider-instance'
import { refusalAlert, type Html } from './html'

/** One request to a screen: who acts, the fields of the submitted form, the query, and the parts of the path. */
export type ScreenCall = {
  provider: ProviderInstance
  actor: Actor | ConsumerActor
  form: Record<string, string>
  query: Record<string, string>
  params: Record<string, string>
  /** The address the browser asked for, without its query: a registration URL or a verification link. */
  address: string
}

/**
 * An operation carried out for a screen, with what the form holds as the request's body: the operation reads it by the
 * contract's schema, as it reads a request over HTTP (src/reference/call.ts), and answers the outcome of its verb.
 */
export async function performed<T>(
  { provider, actor }: Pick<ScreenCall, 'provider' | 'actor'>,
  verb: VerbName,
  body: unknown,
  number = '',
): Promise<Outcome<T>> {
  return (await provider.operations[verb]({ actor, body, query: {}, number })) as Outcome<T>
}

/** What a screen shows; a refusal adds its alert and answers with the refusal's status. */
export type Screen = { title: string; screen: string; body: Html; header?: Html; refusal?: Refusal }

/** A screen of the reference UI, at a path under the provider instance. */
export type ScreenRoute = {
  method: 'GET' | 'POST'
  path: string
  acting: Acting
  show(call: ScreenCall): Screen | Promise<Screen>
}

/** The status a screen answers with. */
export const statusOf = (screen: Screen): number => (screen.refusal ? refusalStatus(screen.refusal.code) : 200)

/** The alert of a screen, if it shows a refusal. */
export const alertOf = (screen: Screen): Html | undefined => (screen.refusal ? refusalAlert(screen.refusal) : undefined)

/** The screen of an outcome: what the value shows, or the screen to go back to with the refusal on it. */
export function outcomeScreen<T>(outcome: Outcome<T>, shown: (value: T) => Screen, otherwise: () => Screen): Screen {
  return outcome.ok ? shown(outcome.value) : { ...otherwise(), refusal: outcome.refusal }
}

/** A checkbox of a submitted form is ticked. */
export const ticked = (form: Record<string, string>, name: string): boolean => form[name] === 'yes'
