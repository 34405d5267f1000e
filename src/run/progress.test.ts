import assert from 'node:assert/strict'
import { test, mock } from 'node:test'
import { PLAIN_EVERY_MS, progressLine } from './progress'

test('in a log, a plain line every ten seconds and one at the end, each saying where the command stands and how long it took', () => {
  mock.timers.enable({ apis: ['setInterval', 'Date'] })
  try {
    const written: string[] = []
    let done = 0
    const line = progressLine(
      (text) => written.push(text),
      () => `${done} done`,
      false,
    )
    line.start()
    done = 3
    line.update()
    assert.deepEqual(written, [], 'nothing yet: a short command prints only its end')
    mock.timers.tick(PLAIN_EVERY_MS)
    done = 7
    mock.timers.tick(PLAIN_EVERY_MS)
    line.end()
    assert.deepEqual(written, ['progress: 3 done (10 s)\n', 'progress: 7 done (20 s)\n', 'progress: 7 done (20 s)\n'])
  } finally {
    mock.timers.reset()
  }
})

test('on a terminal, one line kept up to date in place and cleared at the end', () => {
  const written: string[] = []
  const line = progressLine(
    (text) => written.push(text),
    () => 'half done',
    true,
  )
  line.start()
  line.update()
  line.end()
  assert.equal(written.length, 2)
  assert.match(written[0]!, /^\r\x1b\[2Khalf done \(\d+ s\)$/)
  assert.equal(written[1], '\r\x1b[2K')
})
