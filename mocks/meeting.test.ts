import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Meeting } from './meeting'

describe('acts issued at the same moment meet at the boundary', () => {
  it('a call waits until the other act has a call waiting too, and then both go on', async () => {
    const meeting = new Meeting(2, 10_000)
    let firstWent = false
    const first = meeting.arrive().then(() => (firstWent = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    assert.equal(firstWent, false)
    await Promise.all([first, meeting.arrive()])
    assert.equal(firstWent, true)
  })

  it('a call goes on at once when the other act has already ended', async () => {
    const meeting = new Meeting(2, 10_000)
    meeting.leave()
    const started = Date.now()
    await meeting.arrive()
    assert.ok(Date.now() - started < 1_000)
  })

  it('a waiting call goes on when the other act ends without another call', { timeout: 1_000 }, async () => {
    const meeting = new Meeting(2, 10_000)
    const waiting = meeting.arrive()
    meeting.leave()
    await waiting
  })

  it('a call whose partner never comes waits no longer than the patience', async () => {
    const meeting = new Meeting(2, 30)
    const started = Date.now()
    await meeting.arrive()
    const waited = Date.now() - started
    assert.ok(waited >= 25 && waited < 1_000, `waited ${waited} ms`)
  })
})
