import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { serveOnLoopback } from './loopback-server'

describe('a mock served on the loopback interface', () => {
  it('reports a call whose caller hung up before its answer was ready as late, and answers the others', async () => {
    const late: string[] = []
    const stray: string[] = []
    let slow = true
    const server = await serveOnLoopback(
      async () => {
        if (slow) await new Promise((ready) => setTimeout(ready, 300))
        return Response.json({ result: [] })
      },
      { stray: (call) => stray.push(call), late: (call) => late.push(call) },
    )
    try {
      await assert.rejects(fetch(`${server.url}/api/now/table/sys_user`, { signal: AbortSignal.timeout(50) }))
      await new Promise((settled) => setTimeout(settled, 400))
      assert.deepEqual(late, [`GET ${server.url}/api/now/table/sys_user`])
      slow = false
      assert.deepEqual(await (await fetch(`${server.url}/api/now/table/sys_user`)).json(), { result: [] })
      assert.equal(late.length, 1, 'an answer in time is not late')
      assert.deepEqual(stray, [])
    } finally {
      await server.close()
    }
  })
})
