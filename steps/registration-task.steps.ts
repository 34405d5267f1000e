import assert from 'node:assert/strict'
import { Given, Then, When, type DataTable } from '@cucumber/cucumber'
import { actorOf } from '../src/cast/parties'
import { requestKeys, type RequestField } from './support/parameter-types'
import type { ExchangeWorld } from './support/world'
import { completeRegistration } from '../src/cast/registration-acts'
import { assertIssuesListed } from './support/issues-listed'
import { aProductionInstance, timePasses } from '../src/cast/phrases/provider-instance'
import {
  taskLink,
  theAdminCreatesATask,
  thatUserCreatesATask,
  twoAdminsCreateATask,
  theContactCompletesFromTheTask,
  theOtherContactCompletesFromTheTask,
  someoneWithoutASignInCompletesFromTheTask,
} from '../src/cast/phrases/task'
import { step } from './support/step'
import {
  theTaskIs,
  noTask,
  exactlyOneTask,
  noLinkForTheTask,
  aLinkForTheTask,
  theLastCheckRun,
} from '../src/cast/phrases/task'
import { theCommentsCarryTheLink } from '../src/cast/phrases/task'

/** How long the kit gives a target's background job to run the checks (TASK-07, TASK-10). */
const SCAN_BOUND_MINUTES = 5

When(...step(theAdminCreatesATask))

Given('the provider admin has saved a registration task for the consumer', async function (this: ExchangeWorld) {
  this.must(await this.records.createRegistrationTask(this.cast.connectionRequest()))
})

Given(/^the consumer's registration task is Open$/, async function (this: ExchangeWorld) {
  this.must(await this.records.createRegistrationTask(this.cast.connectionRequest()))
  this.must(await this.driver.advanceClock(SCAN_BOUND_MINUTES))
  const task = await this.records.currentTask()
  assert.equal(task.state, 'Open', `the task is ${task.state} ${SCAN_BOUND_MINUTES} minutes after it was saved`)
})

When(...step(thatUserCreatesATask))

When('that user lists the registration tasks', async function (this: ExchangeWorld) {
  this.record(await this.driver.listRegistrationTasks(actorOf(this.thatUser)))
})

When('that user opens the registration task', async function (this: ExchangeWorld) {
  this.record(await this.driver.viewRegistrationTask(actorOf(this.thatUser), (await this.records.currentTask()).number))
})

When(
  'the provider admin creates a registration task for the consumer without its {field}',
  async function (this: ExchangeWorld, field: RequestField) {
    const { [requestKeys[field]]: _left, ...request } = this.cast.connectionRequest()
    await this.records.createRegistrationTask(request as never)
  },
)

When(
  'the provider admin creates a registration task for a company that does not exist',
  async function (this: ExchangeWorld) {
    await this.records.createRegistrationTask({
      ...this.cast.connectionRequest(),
      companyId: this.faker.string.hexadecimal({ length: 32, prefix: '', casing: 'lower' }),
    })
  },
)

When(
  "the provider admin creates a registration task for the consumer naming the other company's contact",
  async function (this: ExchangeWorld) {
    await this.records.createRegistrationTask({
      ...this.cast.connectionRequest(),
      contactId: this.cast.consumer('the other company').contact.id,
    })
  },
)

When(
  'the provider admin creates a registration task for the consumer with its instance URL {urlSpelling}',
  async function (this: ExchangeWorld, flaw: (url: string) => string) {
    await this.records.createRegistrationTask({
      ...this.cast.connectionRequest(),
      instanceUrl: flaw(this.cast.consumer().instanceUrl),
    })
  },
)

Given('the consumer contact does not hold the Service Exchange Consumer role', async function (this: ExchangeWorld) {
  await this.cast.replaceContact({ roles: [] })
})

Given("the consumer contact's email address is {emailAddress}", async function (this: ExchangeWorld, email: string) {
  await this.cast.replaceContact({ email })
})

Given(...step(aProductionInstance))

When(...step(timePasses))

When('the provider admin opens a registration task that was never saved', async function (this: ExchangeWorld) {
  const saved = this.records.tasks.get('the consumer')
  if (!saved) throw new Error('save a registration task first: the unsaved number is drawn beside it')
  this.record(await this.driver.viewRegistrationTask(await this.cast.asProviderAdmin(), `${saved.number}9`))
})

Then(...step(theTaskIs))

Then(...step(noTask))

Then(...step(theLastCheckRun))

Then(
  'the banner of the task lists exactly these issues, each with how to resolve it:',
  async function (this: ExchangeWorld, table: DataTable) {
    assertIssuesListed((await this.records.currentTask()).banner ?? [], table, 'the banner')
  },
)

Then(...step(noLinkForTheTask))

Then(...step(aLinkForTheTask))

Then('that email carries the registration link of the task', function (this: ExchangeWorld) {
  const { link } = this.thatEmail('registration-invitation')
  assert.equal(
    this.cast.providerLinksIn(link).length,
    1,
    `the email's link ${link} is not an address on the provider instance`,
  )
})

Then(...step(theCommentsCarryTheLink))

When(...step(theContactCompletesFromTheTask))

Given(
  'the consumer contact has completed the registration from the link of the task',
  async function (this: ExchangeWorld) {
    this.must(await completeRegistration(this, this.cast.consumer().contact, await taskLink(this)))
  },
)

When('that user completes the registration from the link of the task', async function (this: ExchangeWorld) {
  await completeRegistration(this, this.thatUser, await taskLink(this))
})

When(...step(theOtherContactCompletesFromTheTask))

When(...step(someoneWithoutASignInCompletesFromTheTask))

When(...step(twoAdminsCreateATask))

Then(...step(exactlyOneTask))

Given(
  'the provider admin has saved registration tasks for the consumer and for the other company',
  async function (this: ExchangeWorld) {
    this.must(await this.records.createRegistrationTask(this.cast.connectionRequest()))
    this.must(
      await this.records.createRegistrationTask(
        this.cast.connectionRequest(this.cast.consumer('the other company')),
        'the other company',
      ),
    )
  },
)

When(
  'the provider admin creates a registration task for the consumer at its second instance',
  async function (this: ExchangeWorld) {
    if (!this.cast.secondInstanceUrl)
      throw new Error('the consumer company has no second instance: add one in an earlier step')
    await this.records.createRegistrationTask(
      { ...this.cast.connectionRequest(), instanceUrl: this.cast.secondInstanceUrl },
      'the consumer at its second instance',
    )
  },
)
