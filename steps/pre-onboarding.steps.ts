import { Given, When } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'
import { kmfOnTheProviderInstance } from '../src/cast/phrases/provider-instance'
import {
  kmfOnTheConsumerInstance,
  theServletUriIsEmpty,
  theProviderAppAtAnotherVersion,
  theProviderAppAtTheConsumerVersion,
  staleProviderConnections,
  theConsumerInstanceAnswersAgain,
  theIssueIsFixed,
} from '../src/cast/phrases/consumer-instance'
import { step } from './support/step'

Given('the provider record is missing', async function (this: ExchangeWorld) {
  await this.cast.providerReady()
  await this.driver.removeProviderRecord()
})

Given(...step(kmfOnTheProviderInstance))

Given(...step(kmfOnTheConsumerInstance))

Given(...step(theServletUriIsEmpty))

Given(...step(theProviderAppAtAnotherVersion))

Given(...step(theProviderAppAtTheConsumerVersion))

Given(...step(staleProviderConnections))

When(...step(theConsumerInstanceAnswersAgain))

When(...step(theIssueIsFixed))
