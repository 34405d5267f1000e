import { phrase } from '../phrase'

/** The parties every journey starts from, and how they stand in the consumer instance. */

export const aProviderAdmin = phrase('a provider admin', async (scenario) => {
  scenario.cast.providerAdmin = await scenario.cast.newProviderUser(['admin'])
})

export const aProviderUserWithoutTheAdminRole = phrase('a provider user without the admin role', async (scenario) => {
  scenario.thatUser = await scenario.cast.newProviderUser(['itil'])
})

export const aConsumerCompany = phrase<[version: string]>(
  'a consumer company whose contact is an admin of its instance on Service Exchange {release}',
  (scenario, version) => scenario.cast.newConsumer('the consumer', version),
  (version) => `a consumer company whose contact is an admin of its instance on Service Exchange ${version}`,
)

export const anotherConsumerCompany = phrase('another consumer company with its own contact and instance', (scenario) =>
  scenario.cast.newConsumer('the other company', '2.3.18'),
)

export const theContactHoldsOnlyTheRole = phrase<[role: string]>(
  'the consumer contact holds only the role {string} in the consumer instance',
  (scenario, role) => {
    scenario.consumerInstance().hasUser(scenario.cast.consumer().contact.userName, [role])
  },
  (role) => `the consumer contact holds only the role "${role}" in the consumer instance`,
)

export const theOtherContactIsAlsoAnAdmin = phrase(
  "the other company's contact is also an admin of the consumer instance",
  (scenario) => {
    scenario.consumerInstance().hasUser(scenario.cast.consumer('the other company').contact.userName, ['admin'])
  },
)
