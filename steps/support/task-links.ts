import type { RegistrationTask } from '../../src/contract/registration-task.schema'
import type { ExchangeWorld } from './world'

/** The registration task of a consumer company as the target shows it now. */
export async function currentTask(world: ExchangeWorld, consumerName = 'the consumer'): Promise<RegistrationTask> {
  const task = world.records.tasks.get(consumerName)
  if (!task) throw new Error(`no registration task was saved for ${consumerName}`)
  return world.must(await world.driver.viewRegistrationTask(await world.cast.asProviderAdmin(), task.number))
}

/**
 * The links of the consumer's registration task, wherever the target put them: in invitations its contact received
 * since the task was saved, or in the task's comments. None while no link exists.
 */
export async function taskLinks(world: ExchangeWorld, consumerName = 'the consumer'): Promise<string[]> {
  const emailed = taskInvitations(world, consumerName)
  const commented = (await currentTask(world, consumerName)).comments.flatMap((comment) =>
    providerLinksIn(world, comment),
  )
  return [...new Set([...emailed, ...commented])]
}

/** The links of the invitations the contact of a registration task received since it was saved. */
export function taskInvitations(world: ExchangeWorld, consumerName = 'the consumer'): string[] {
  const mark = world.records.invitationsBeforeTask(consumerName)
  return mark?.email
    ? world.boundary.outbox
        .received(mark.email, 'registration-invitation')
        .map((email) => email.link)
        .slice(mark.count)
    : []
}

/** The link of the consumer's registration task; undefined while no link exists. */
export async function taskLink(world: ExchangeWorld, consumerName = 'the consumer'): Promise<string | undefined> {
  return (await taskLinks(world, consumerName))[0]
}

/** The addresses on the provider instance that a text carries. */
export function providerLinksIn(world: ExchangeWorld, text: string): string[] {
  const origin = new URL(world.providerUrl).origin
  return (text.match(/https?:\/\/[^\s<>"')]+/g) ?? []).filter(
    (url) => URL.canParse(url) && new URL(url).origin === origin,
  )
}
