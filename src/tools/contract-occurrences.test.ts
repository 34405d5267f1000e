import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SCREENS_MEDIA_TYPE, SEQUENCE_MEDIA_TYPE } from '../report/conformance-report.schema'
import { occurrencesIn, screensUnused } from './contract-occurrences'

/** One attachment line of a cucumber message stream. */
const attachment = (mediaType: string, body: unknown) =>
  JSON.stringify({ attachment: { mediaType, body: typeof body === 'string' ? body : JSON.stringify(body) } })

test('a run in the browser that arranged with a verb it never carried out through the screens names that verb', () => {
  const messages = [
    attachment(SCREENS_MEDIA_TYPE, { onScreens: ['createConnection'], overContract: ['getStarted'] }),
    attachment(SCREENS_MEDIA_TYPE, { onScreens: ['viewProviderRecord'], overContract: ['createConnection'] }),
  ].join('\n')
  const { screens } = occurrencesIn(messages)
  assert.ok(screens, 'the run is read as a run in the browser')
  assert.deepEqual(screensUnused(screens), ['getStarted'])
})

test('a verb arranged in one scenario and carried out through the screens in another leaves no screen untested', () => {
  const messages = [
    attachment(SCREENS_MEDIA_TYPE, { onScreens: [], overContract: ['getStarted', 'createConnection'] }),
    attachment(SCREENS_MEDIA_TYPE, { onScreens: ['getStarted', 'createConnection'], overContract: [] }),
  ].join('\n')
  assert.deepEqual(screensUnused(occurrencesIn(messages).screens!), [])
})

test('a run with no screens is not a run in the browser, and its refusals are still read', () => {
  const found = occurrencesIn(attachment(SEQUENCE_MEDIA_TYPE, 'Target-->>Kit: refused connection-exists'))
  assert.equal(found.screens, undefined)
  assert.deepEqual([...found.codes], ['connection-exists'])
})
