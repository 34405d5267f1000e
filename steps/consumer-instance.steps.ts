import { Given, When } from '@cucumber/cucumber'
import type { ExchangeWorld } from './support/world'
import { theConsumerInstanceRuns, theConsumerInstanceCannotBeReached } from '../src/cast/phrases/consumer-instance'
import { step } from './support/step'

Given(...step(theConsumerInstanceRuns))

Given(
  'the consumer instance reports {string} as its Service Exchange release',
  function (this: ExchangeWorld, reported: string) {
    this.boundary.instances.control(this.cast.consumer().instanceUrl).runsVersion(reported)
  },
)

Given('the consumer instance does not have Service Exchange for Consumers installed', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).hasNoConsumerApp()
})

Given(...step(theConsumerInstanceCannotBeReached))

Given(
  'the consumer instance still answers who its users are and which release it runs, but nothing the pre-onboarding checks read',
  function (this: ExchangeWorld) {
    this.boundary.instances.control(this.cast.consumer().instanceUrl).becomes('checks out of reach')
  },
)

When('the consumer instance can be reached again', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).becomes('answers')
})

Given('the consumer instance answers with a web page instead of its data', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).becomes('web-page')
})

Given('the consumer instance does not answer', function (this: ExchangeWorld) {
  this.boundary.instances.control(this.cast.consumer().instanceUrl).becomes('silent')
})
