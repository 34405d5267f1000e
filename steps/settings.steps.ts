import assert from 'node:assert/strict'
import { Then, When, Given, type DataTable } from '@cucumber/cucumber'
import type { ConnectionSettings, ProviderSettingsChange } from '../src/contract/connection.schema'
import type { Outcome } from '../src/contract/refusal.schema'
import { SETTING_NAMES } from './support/parameter-types'
import { actorOf } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'

const CLEARED: ConnectionSettings = {
  autoActivateRrp: false,
  autoActivateRtd: false,
  restrictAuthorizedUsers: false,
  autoApproveAuthorizedUsers: false,
}

/** The settings a table lists; a box it does not name is cleared, a maximum it does not name is none. */
function settingsIn(table: DataTable): ConnectionSettings {
  const settings: ConnectionSettings = { ...CLEARED }
  for (const [name, value] of table.raw()) {
    const field = SETTING_NAMES[name as keyof typeof SETTING_NAMES]
    if (!field) throw new Error(`"${name}" is no setting; the settings are: ${Object.keys(SETTING_NAMES).join(', ')}`)
    if (field === 'maxAuthorizedUsers') settings.maxAuthorizedUsers = Number(value)
    else if (value === 'yes' || value === 'no') settings[field] = value === 'yes'
    else throw new Error(`"${name}" is "yes" or "no", not "${value}"`)
  }
  return settings
}

/** The connection's settings as the provider's View details shows them now. */
async function settingsNow(world: ExchangeWorld): Promise<ConnectionSettings> {
  return world.must(
    await world.driver.viewConnectionDetails(await world.cast.asProviderAdmin(), world.records.card().number),
  ).settings
}

/**
 * Settings in words, as the settings form names them: "restrict authorized users: yes, maximum authorized users: 5".
 */
const inWords = (settings: ConnectionSettings): string =>
  Object.entries(SETTING_NAMES)
    .filter(([, field]) => settings[field] !== undefined)
    .map(
      ([name, field]) =>
        `${name}: ${typeof settings[field] === 'boolean' ? (settings[field] ? 'yes' : 'no') : settings[field]}`,
    )
    .join(', ')

function assertSettings(shown: ConnectionSettings, expected: ConnectionSettings): void {
  assert.deepEqual(shown, expected, `the connection settings are ${inWords(shown)}; expected ${inWords(expected)}`)
}

const configure = (world: ExchangeWorld, table: DataTable): Promise<Outcome<ConnectionSettings>> =>
  world.driver.configureSettings(
    world.cast.consumerUser(world.cast.consumer().contact),
    world.records.registrationUrl(),
    settingsIn(table),
  )

When('the consumer contact configures the settings:', async function (this: ExchangeWorld, table: DataTable) {
  this.record(await configure(this, table))
})

Given('the consumer contact has configured the settings:', async function (this: ExchangeWorld, table: DataTable) {
  this.must(await configure(this, table))
})

When('that user configures the settings:', async function (this: ExchangeWorld, table: DataTable) {
  this.record(
    await this.driver.configureSettings(
      this.cast.consumerUser(this.thatUser),
      this.records.registrationUrl(),
      settingsIn(table),
    ),
  )
})

When(
  "someone holding the registration URL configures the settings in the contact's name, without signing in",
  async function (this: ExchangeWorld) {
    const claim = { userName: this.cast.consumer().contact.userName, accessToken: this.faker.string.alphanumeric(32) }
    this.record(
      await this.driver.configureSettings(claim, this.records.registrationUrl(), { ...CLEARED, autoActivateRrp: true }),
    )
  },
)

/** The authorized-user settings a table lists, as the provider's Authorized Users tab submits them. */
function authorizedUserSettingsIn(table: DataTable): ProviderSettingsChange {
  const { restrictAuthorizedUsers, maxAuthorizedUsers, autoApproveAuthorizedUsers } = settingsIn(table)
  return {
    restrictAuthorizedUsers,
    autoApproveAuthorizedUsers,
    ...(maxAuthorizedUsers === undefined ? {} : { maxAuthorizedUsers }),
  }
}

When(
  /^(the provider admin|that user) changes the authorized-user settings:$/,
  async function (this: ExchangeWorld, who: string, table: DataTable) {
    const actor = who === 'that user' ? actorOf(this.thatUser) : await this.cast.asProviderAdmin()
    this.record(
      await this.driver.changeConnectionSettings(actor, this.records.card().number, authorizedUserSettingsIn(table)),
    )
  },
)

When(
  'the provider admin restricts the authorized users of a connection the provider does not have',
  async function (this: ExchangeWorld) {
    // The number after the consumer's: the only connection of the scenario is the consumer's.
    const number = `CONN${Number(this.records.card().number.slice(4)) + 1}`
    const settings = { restrictAuthorizedUsers: true, autoApproveAuthorizedUsers: false }
    this.record(await this.driver.changeConnectionSettings(await this.cast.asProviderAdmin(), number, settings))
  },
)

When(
  'the provider admin changes the settings, turning on {setting}',
  async function (this: ExchangeWorld, field: keyof ConnectionSettings) {
    const { maxAuthorizedUsers, ...current } = await settingsNow(this)
    this.record(
      await this.driver.changeConnectionSettings(await this.cast.asProviderAdmin(), this.records.card().number, {
        ...current,
        [field]: true,
      }),
    )
  },
)

Then('the connection settings are:', async function (this: ExchangeWorld, table: DataTable) {
  assertSettings(await settingsNow(this), settingsIn(table))
})

Then('every connection setting is still cleared', async function (this: ExchangeWorld) {
  assertSettings(await settingsNow(this), CLEARED)
})

Then('the connection settings have no maximum', async function (this: ExchangeWorld) {
  const { maxAuthorizedUsers } = await settingsNow(this)
  assert.equal(
    maxAuthorizedUsers,
    undefined,
    `the connection keeps a maximum of ${maxAuthorizedUsers} authorized users without restricting them`,
  )
})

/**
 * A target may refuse what its form would not offer, or take the request and leave it without effect: a later step
 * checks the effect.
 */
Then(
  /^the (?:maximum|change) is refused as "([a-z-]+)", or (?:not kept|without effect)$/,
  function (this: ExchangeWorld, code: string) {
    const outcome = this.lastOutcome()
    assert.ok(
      outcome.ok || outcome.refusal.code === code,
      `refused as "${outcome.ok ? '' : outcome.refusal.code}", not as "${code}"`,
    )
  },
)
