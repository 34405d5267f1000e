import type { ProviderInstance } from '../reference/provider-instance'
import type { ExchangeDriver } from './exchange-driver'

/**
 * The reference implementation called directly, in the test process: the fastest way to run the spec.
 * Values are cloned on the way in and out, as they would be over a wire, so no step can reach into the
 * reference's records.
 */
export function inProcessDriver(provider: ProviderInstance): ExchangeDriver {
  return {
    target: 'reference (in-process)',
    createProviderRecord: async (record) => clone(provider.createProviderRecord(clone(record))),
    addCompany: async (company) => clone(provider.addCompany(clone(company))),
    addUser: async (user) => clone(provider.addUser(clone(user))),
    setEmailNotifications: async (on) => provider.setEmailNotifications(on),
    createConnection: async (actor, request) => clone(await provider.createConnection(clone(actor), clone(request))),
    listConnections: async (actor) => clone(provider.listConnections(clone(actor))),
    viewConnectionDetails: async (actor, number) => clone(provider.viewConnectionDetails(clone(actor), number)),
    completeRegistration: async (actor, url) => clone(await provider.completeRegistration(clone(actor), url)),
  }
}

const clone = <T>(value: T): T => structuredClone(value)
