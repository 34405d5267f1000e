/** How often a long command prints a plain progress line where nobody watches a terminal (a CI log). */
export const PLAIN_EVERY_MS = 10_000

/**
 * A progress line that says where a long command stands. On a terminal it rewrites itself in place as things move;
 * elsewhere (a CI log, a pipe) it prints a plain line every ten seconds and at the end, each with the seconds gone.
 */
export function progressLine(
  write: (text: string) => void,
  state: () => string,
  terminal = process.stdout.isTTY === true,
) {
  let started = 0
  let timer: NodeJS.Timeout | undefined
  const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`
  const plain = () => write(`progress: ${state()} (${seconds()})\n`)
  return {
    start(): void {
      started = Date.now()
      if (terminal) return
      timer = setInterval(plain, PLAIN_EVERY_MS)
      timer.unref()
    },
    update(): void {
      if (terminal) write(`\r\x1b[2K${state()} (${seconds()})`)
    },
    end(): void {
      clearInterval(timer)
      if (terminal) return write('\r\x1b[2K')
      plain()
    },
  }
}
