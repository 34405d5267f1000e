import type { Person } from './parties'
import type { Scenario } from './scenario'

/** The scenario's generated parties, attached to the reports so a failure can be traced to its data. */
export function partiesSummary(world: Scenario): Record<string, unknown> {
  const people = world.peopleSoFar()
  return {
    providerAdmin: world.cast.providerAdmin?.userName,
    person: people.person?.email,
    customerAccounts: Object.fromEntries(
      [...world.customerAccounts].map(([name, account]) => [
        name,
        { account: account.name, admins: account.admins.map((admin) => admin.userName) },
      ]),
    ),
    consumers: Object.fromEntries(
      [...world.cast.consumers].map(([name, party]) => [
        name,
        { company: party.companyName, instance: party.instanceUrl, contact: party.contact.userName },
      ]),
    ),
  }
}

/**
 * The role each of the scenario's people, instances and addresses plays, for its sequence diagram: user names, email
 * addresses and hosts are drawn afresh in every run, the roles are what the scenario says. The roles are gathered
 * once; the namer answers a name, or a text with every name in it replaced.
 */
export function roleNamer(world: Scenario): (raw: string) => string {
  const people = world.peopleSoFar()
  const roles = new Map<string, string>()
  const person = (someone: Person | undefined, role: string) => {
    if (someone) for (const key of [someone.userName, someone.email]) if (!roles.has(key)) roles.set(key, role)
  }
  person(world.cast.providerAdmin, 'provider admin')
  for (const [name, party] of world.cast.consumers) {
    person(party.contact, `${name}'s contact`)
    roles.set(new URL(party.instanceUrl).host, `${name}'s instance`)
  }
  for (const [name, account] of world.customerAccounts)
    account.admins.forEach((admin, index) => person(admin, `customer admin ${index + 1} of ${name}`))
  person(people.thatUser, 'that user')
  person(people.person, 'the person registering')
  if (world.cast.secondInstanceUrl) roles.set(new URL(world.cast.secondInstanceUrl).host, 'the second instance')
  // Longest first, so that an address is replaced whole before a user name it contains.
  const longestFirst = [...roles].sort(([a], [b]) => b.length - a.length)
  return (raw) => roles.get(raw) ?? longestFirst.reduce((text, [key, role]) => text.replaceAll(key, role), raw)
}
