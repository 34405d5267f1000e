import assert from 'node:assert/strict'
import { Given, Then, When } from '@cucumber/cucumber'
import { requestKeys, type RequestField } from './support/parameter-types'
import { tokenEntropyBound, tokenOf } from '../src/contract/link-token'
import { actorOf, newPerson, withWrongPassword } from '../src/cast/parties'
import type { ExchangeWorld } from './support/world'
import {
  theAdminCreatesAConnection,
  theAdminCreatesAConnectionSpelledOtherwise,
  thatUserCreatesAConnection,
  twoAdminsCreateAConnection,
} from '../src/cast/phrases/connection'
import { step } from './support/step'
import { theCardIs, theProviderHasNoConnections, exactlyOneConnection } from '../src/cast/phrases/connection'

When(...step(theAdminCreatesAConnection))

When(...step(theAdminCreatesAConnectionSpelledOtherwise))

Given('the provider admin has created a connection for the consumer', async function (this: ExchangeWorld) {
  this.must(await this.records.createConnection(this.cast.connectionRequest()))
})

Given('the provider admin has created a connection for the other company', async function (this: ExchangeWorld) {
  this.must(
    await this.records.createConnection(
      this.cast.connectionRequest(this.cast.consumer('the other company')),
      'the other company',
    ),
  )
})

When('the provider admin creates a connection for every consumer company', async function (this: ExchangeWorld) {
  for (const [name, consumer] of this.cast.consumers)
    this.must(await this.records.createConnection(this.cast.connectionRequest(consumer), name))
})

When(...step(thatUserCreatesAConnection))

When(
  'the provider admin creates a connection for the consumer with a wrong password',
  async function (this: ExchangeWorld) {
    this.record(
      await this.driver.createConnection(
        withWrongPassword(await this.cast.asProviderAdmin()),
        this.cast.connectionRequest(),
      ),
    )
  },
)

When(
  'someone the provider instance does not know creates a connection for the consumer',
  async function (this: ExchangeWorld) {
    await this.cast.providerReady()
    this.record(
      await this.driver.createConnection(
        actorOf(newPerson(this.faker, 'provider.example')),
        this.cast.connectionRequest(),
      ),
    )
  },
)

When('the provider admin lists the connections with a wrong password', async function (this: ExchangeWorld) {
  this.record(await this.driver.listConnections(withWrongPassword(await this.cast.asProviderAdmin())))
})

When('the provider admin creates a connection for a company that does not exist', async function (this: ExchangeWorld) {
  await this.records.createConnection({
    ...this.cast.connectionRequest(),
    companyId: this.faker.string.hexadecimal({ length: 32, prefix: '', casing: 'lower' }),
  })
})

When(
  "the provider admin creates a connection for the consumer naming the other company's contact",
  async function (this: ExchangeWorld) {
    await this.records.createConnection({
      ...this.cast.connectionRequest(),
      contactId: this.cast.consumer('the other company').contact.id,
    })
  },
)

When(
  'the provider admin creates a connection for the consumer naming a contact that does not exist',
  async function (this: ExchangeWorld) {
    await this.records.createConnection({
      ...this.cast.connectionRequest(),
      contactId: this.faker.string.hexadecimal({ length: 32, prefix: '', casing: 'lower' }),
    })
  },
)

When(
  "the provider admin creates a connection for the other company at the consumer's instance",
  async function (this: ExchangeWorld) {
    const request = {
      ...this.cast.connectionRequest(this.cast.consumer('the other company')),
      instanceUrl: this.cast.consumer().instanceUrl,
    }
    await this.records.createConnection(request, 'the other company')
  },
)

When(
  "the provider admin creates a connection for the other company at the consumer's instance, its URL {urlSpelling}",
  async function (this: ExchangeWorld, flaw: (url: string) => string) {
    const request = {
      ...this.cast.connectionRequest(this.cast.consumer('the other company')),
      instanceUrl: flaw(this.cast.consumer().instanceUrl),
    }
    await this.records.createConnection(request, 'the other company')
  },
)

When(
  'the provider admin creates a connection for the consumer without its {field}',
  async function (this: ExchangeWorld, field: RequestField) {
    const { [requestKeys[field]]: _left, ...request } = this.cast.connectionRequest()
    await this.records.createConnection(request as never)
  },
)

When(
  'the provider admin creates a connection for the consumer with its instance URL {urlFlaw}',
  async function (this: ExchangeWorld, flaw: (url: string) => string) {
    await this.records.createConnection({
      ...this.cast.connectionRequest(),
      instanceUrl: flaw(this.cast.consumer().instanceUrl),
    })
  },
)

// The documents are silent on what follows an instance's address (RD-20): refusing it and dropping it both conform.
Then(
  'the instance URL is refused as "instance-url-malformed", or read as the consumer\'s instance URL',
  async function (this: ExchangeWorld) {
    const outcome = this.lastOutcome()
    if (!outcome.ok) {
      assert.equal(
        outcome.refusal.code,
        'instance-url-malformed',
        `the connection was refused as ${outcome.refusal.code}`,
      )
      const cards = this.must(await this.driver.listConnections(await this.cast.asProviderAdmin()))
      assert.equal(cards.length, 0, `the provider has ${cards.length} connection(s)`)
      return
    }
    const card = await this.records.currentCard()
    assert.equal(
      card.instanceUrl,
      this.cast.consumer().instanceUrl,
      `the connection was created for ${card.instanceUrl}, not the consumer's instance`,
    )
  },
)

Then('the connection is created', function (this: ExchangeWorld) {
  const outcome = this.lastOutcome()
  assert.ok(
    outcome.ok,
    `expected the connection to be created, but it was refused: ${outcome.ok ? '' : outcome.refusal.code}`,
  )
})

Then("the connection card shows the consumer's company and instance URL", async function (this: ExchangeWorld) {
  const card = await this.records.currentCard()
  assert.equal(card.company, this.cast.consumer().companyName, `the card shows the company ${card.company}`)
  assert.equal(
    card.instanceUrl,
    this.cast.consumer().instanceUrl,
    `the card shows the instance URL ${card.instanceUrl}`,
  )
})

Then('the connection card has a connection number', async function (this: ExchangeWorld) {
  const { number } = await this.records.currentCard()
  assert.match(number, /^CONN\d{7}$/, `the connection is numbered ${number}, not CONN and seven digits`)
})

Then(...step(theCardIs))

Then('the connection card shows app version {string}', async function (this: ExchangeWorld, version: string) {
  const shown = (await this.records.currentCard()).appVersion
  assert.equal(shown, version, `the connection card shows app version ${shown ?? 'none'}, not ${version}`)
})

Then('the connection card offers the registration URL to copy', async function (this: ExchangeWorld) {
  const card = await this.records.currentCard()
  assert.ok(card.registrationUrl, 'the card shows no registration URL')
  assert.equal(
    card.registrationUrl,
    this.records.registrationUrl(),
    'the card shows another registration URL than the connection was created with',
  )
})

Then('every connection has a registration URL of its own', function (this: ExchangeWorld) {
  const urls = [...this.cast.consumers.keys()].map((name) => this.records.registrationUrl(name))
  assert.equal(
    new Set(urls).size,
    urls.length,
    `only ${new Set(urls).size} different registration URLs for ${urls.length} connections`,
  )
})

Then(
  'the tokens of the registration URLs carry at least {int} bits each',
  function (this: ExchangeWorld, bits: number) {
    const tokens = [...this.cast.consumers.keys()].map((name) => tokenOf(this.records.registrationUrl(name)))
    const strength = tokenEntropyBound(tokens)
    assert.ok(
      strength >= bits,
      `${tokens.length} tokens of this provider carry at most ${strength.toFixed(0)} bits each (they vary in fewer places, or over a smaller alphabet, than ${bits} bits need)`,
    )
  },
)

Then(...step(theProviderHasNoConnections))

Then(...step(exactlyOneConnection))

Then('the other company has no connection', async function (this: ExchangeWorld) {
  const other = this.cast.consumer('the other company')
  const theirs = (await this.records.allCards())
    .filter((card) => card.company === other.companyName)
    .map((card) => card.number)
  assert.deepEqual(theirs, [], `the provider shows connections of ${other.companyName}: ${theirs.join(', ')}`)
})

When(...step(twoAdminsCreateAConnection))

When(
  "the provider admin creates connections for the consumer and for the other company at the consumer's instance at the same moment",
  async function (this: ExchangeWorld) {
    const admin = await this.cast.asProviderAdmin()
    const theirs = {
      ...this.cast.connectionRequest(this.cast.consumer('the other company')),
      instanceUrl: this.cast.consumer().instanceUrl,
    }
    await this.atTheSameMoment([
      ['the consumer', () => this.driver.createConnection(admin, this.cast.connectionRequest())],
      ['the other company', () => this.driver.createConnection(admin, theirs)],
    ])
  },
)

Then("the provider has exactly one connection at the consumer's instance", async function (this: ExchangeWorld) {
  const origin = new URL(this.cast.consumer().instanceUrl).origin
  const at = (await this.records.allCards()).filter(
    (card) => URL.canParse(card.instanceUrl) && new URL(card.instanceUrl).origin === origin,
  )
  assert.equal(at.length, 1, `the provider has ${at.length} connections at the consumer's instance`)
})

Given(
  'the consumer company has a second instance, where its contact is an admin too',
  async function (this: ExchangeWorld) {
    await this.cast.addSecondInstance()
  },
)

When(
  'the provider admin creates a connection for the consumer at its second instance',
  async function (this: ExchangeWorld) {
    if (!this.cast.secondInstanceUrl)
      throw new Error('the consumer company has no second instance: add one in an earlier step')
    await this.records.createConnection(
      { ...this.cast.connectionRequest(), instanceUrl: this.cast.secondInstanceUrl },
      'the consumer at its second instance',
    )
  },
)

Then('the consumer has a connection for each of its two instances', async function (this: ExchangeWorld) {
  const consumer = this.cast.consumer()
  const origins = (await this.records.allCards())
    .filter((card) => card.company === consumer.companyName)
    .map((card) => new URL(card.instanceUrl).origin)
    .sort()
  const expected = [consumer.instanceUrl, this.cast.secondInstanceUrl ?? ''].map((url) => new URL(url).origin).sort()
  assert.deepEqual(origins, expected, `the consumer's connections are at ${origins.join(', ') || 'no instance'}`)
})
