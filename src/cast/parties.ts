import type { Faker } from '@faker-js/faker'
import type { Actor, ConsumerUser } from '../contract/actor.schema'

/** A person: a user of the provider instance, a consumer instance, or both. */
export type Person = { userName: string; password: string; firstName: string; lastName: string; email: string }

/** The person as the actor of a verb: who they are and what they sign in with. */
export const actorOf = ({ userName, password }: Person): Actor => ({ userName, password })

/** Credentials that name a person, but carry an access token no instance issued: a claim, not a sign-in. */
export const claimingToBe = ({ userName }: Person, faker: Faker): ConsumerUser => ({
  userName,
  accessToken: faker.string.alphanumeric(32),
})

/** The same user, signing in with a password that is not theirs. */
export const withWrongPassword = (actor: Actor): Actor => ({ ...actor, password: `${actor.password}x` })

/** A customer account of the CSM portal: its registration code and its customer admins. */
export type CustomerAccount = { id: string; name: string; registrationCode: string; admins: Person[] }

/** A consumer company as the provider knows it, with its contact and the address of its instance. */
export type ConsumerParty = {
  companyName: string
  companyId: string
  /** The mail domain of the company. */
  domain: string
  instanceUrl: string
  contact: Person & { id: string }
}

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24)

/** A new person with a mailbox at the given domain; the suffix keeps user names apart within a scenario. */
export function newPerson(faker: Faker, domain: string): Person {
  const firstName = faker.person.firstName()
  const lastName = faker.person.lastName()
  const userName = `${slug(firstName)}.${slug(lastName)}.${faker.string.alphanumeric({ length: 5, casing: 'lower' })}`
  return {
    userName,
    password: faker.internet.password({ length: 16 }),
    firstName,
    lastName,
    email: `${userName}@${domain}`,
  }
}

/** A new company name and the address of its instance. */
export function newCompany(faker: Faker): { companyName: string; domain: string; instanceUrl: string } {
  const companyName = faker.company.name()
  const host = `${slug(companyName)}-${faker.string.alphanumeric({ length: 5, casing: 'lower' })}`
  return { companyName, domain: `${host}.example`, instanceUrl: `https://${host}.service-now.example` }
}
