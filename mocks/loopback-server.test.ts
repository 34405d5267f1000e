import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { serveOnLoopback } from './loopback-server'

describe('a mock served on the loopback interface', () => {
  it('reports a call whose caller hung up before its answer was ready as late, and answers the others', async () => {
    const late: string[] = []
    const stray: string[] = []
    let hangUp: (() => void) | undefined
    const server = await serveOnLoopback(
      async (request) => {
        // The first answer is ready only once the server has seen its caller hang up: no clock decides it.
        if (hangUp) {
          hangUp()
          hangUp = undefined
          await new Promise((gone) => request.signal.addEventListener('abort', gone, { once: true }))
        }
        return Response.json({ result: [] })
      },
      { stray: (call) => stray.push(call), late: (call) => late.push(call) },
    )
    try {
      const caller = new AbortController()
      const arrived = new Promise<void>((resolve) => (hangUp = resolve))
      const asked = fetch(`${server.url}/api/now/table/sys_user`, { signal: caller.signal })
      await arrived
      caller.abort()
      await assert.rejects(asked)
      for (let turn = 0; turn < 500 && late.length === 0; turn += 1) await new Promise((next) => setTimeout(next, 10))
      assert.deepEqual(late, [`GET ${server.url}/api/now/table/sys_user`])
      assert.deepEqual(await (await fetch(`${server.url}/api/now/table/sys_user`)).json(), { result: [] })
      assert.equal(late.length, 1, 'an answer in time is not late')
      assert.deepEqual(stray, [])
    } finally {
      await server.close()
    }
  })
})
