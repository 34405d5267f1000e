import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A server that listens: its address, and how to stop it at once, open connections included. */
export type Listening = { url: string; close(): Promise<void> }

/** Starts a server on a host and port (0 picks a free one); a port taken or an address not ours rejects. */
export async function listen(server: Server, port: number, host: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
