import { newPerson, type Person } from './parties'
import type { CustomerAccount } from './parties'
import type { Scenario } from './scenario'

/** The role of a customer admin, who approves the registration requests of their account (CSMREG). */
const CUSTOMER_ADMIN_ROLE = 'sn_customerservice.customer_admin'

/** A customer account the scenario calls by this name ("the account", "the other account"). */
export function customerAccount(world: Scenario, name = 'the account'): CustomerAccount {
  const account = world.customerAccounts.get(name)
  if (!account) throw new Error(`the scenario has no customer account called "${name}"`)
  return account
}

/** Creates a customer account with its registration code and as many customer admins. */
export async function newCustomerAccount(world: Scenario, name: string, admins: number): Promise<CustomerAccount> {
  const accountName = world.faker.company.name()
  const registrationCode = world.faker.string.alphanumeric({ length: 10, casing: 'upper' })
  const { id } = world.must(await world.driver.addCompany({ name: accountName, registrationCode }))
  const account: CustomerAccount = { id, name: accountName, registrationCode, admins: [] }
  for (let index = 0; index < admins; index++)
    account.admins.push(await newAccountUser(world, account, [CUSTOMER_ADMIN_ROLE]))
  world.customerAccounts.set(name, account)
  return account
}

/** Adds a user of a customer account, with these roles, and makes it "that user". */
export async function newAccountUser(world: Scenario, account: CustomerAccount, roles: string[]): Promise<Person> {
  const person = newPerson(world.faker, 'customers.example')
  const { id } = world.must(await world.driver.addUser({ ...person, roles, companyId: account.id }))
  world.cast.rememberPerson(id, person)
  world.thatUser = person
  return person
}
