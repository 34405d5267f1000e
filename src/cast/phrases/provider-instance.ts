import assert from 'node:assert/strict'
import type { KmfStatus } from '../../contract/kmf.schema'
import { phrase } from '../phrase'

/** The provider instance's settings and its clock, as an administrator would set them between the parties' acts. */

export const kmfOnTheProviderInstance = phrase<[status: KmfStatus]>(
  'KMF on the provider instance is {kmfStatus}',
  async (scenario, status) => scenario.must(await scenario.driver.setKmfStatus(status)),
  (status) => `KMF on the provider instance is ${status}`,
)

export const emailNotificationsAre = phrase<[setting: string]>(
  'email notifications are {word}',
  async (scenario, setting) => {
    assert.ok(setting === 'on' || setting === 'off', `email notifications are "on" or "off", not "${setting}"`)
    await scenario.driver.setEmailNotifications(setting === 'on')
  },
  (setting) => `email notifications are ${setting}`,
)

export const aProductionInstance = phrase<[which: string]>(
  /^the provider instance is (a|not a) production instance$/,
  (scenario, which) => scenario.driver.setProductionInstance(which === 'a'),
  (which) => `the provider instance is ${which} production instance`,
)

export const timePasses = phrase<[count: string, unit: string]>(
  /^(\d+) (minutes|hours) pass$/,
  async (scenario, count, unit) => {
    scenario.instanceTime = scenario.must(
      await scenario.driver.advanceClock(Number(count) * (unit === 'hours' ? 60 : 1)),
    ).now
  },
  (count, unit) => `${count} ${unit} pass`,
)
