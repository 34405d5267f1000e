import assert from 'node:assert/strict'
import { setImmediate as turn } from 'node:timers/promises'
import { describe, it, mock } from 'node:test'
import { Meeting } from './meeting'

/** Whether a promise has settled once everything already due has run, with no time passing on the (mocked) clock. */
async function settledWithoutTime(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  await turn()
  return settled
}

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

  it('a call goes on at once when the other act has already ended: no time passes on the clock', async () => {
    mock.timers.enable({ apis: ['setTimeout'] })
    try {
      const meeting = new Meeting(2, 10_000)
      meeting.leave()
      assert.equal(await settledWithoutTime(meeting.arrive()), true)
    } finally {
      mock.timers.reset()
    }
  })

  it('a waiting call goes on when the other act ends without another call', { timeout: 10_000 }, async () => {
    const meeting = new Meeting(2, 10_000)
    const waiting = meeting.arrive()
    meeting.leave()
    await waiting
  })

  it('a call whose partner never comes waits as long as the patience, and no longer', async () => {
    mock.timers.enable({ apis: ['setTimeout'] })
    try {
      const meeting = new Meeting(2, 30)
      const arrived = meeting.arrive()
      mock.timers.tick(29)
      assert.equal(await settledWithoutTime(arrived), false, 'gone on before its patience ran out')
      mock.timers.tick(1)
      assert.equal(await settledWithoutTime(arrived), true, 'still waiting when its patience ran out')
    } finally {
      mock.timers.reset()
    }
  })
})
