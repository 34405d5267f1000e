/**
 * An abort signal that fires after `ms` unless released first. `AbortSignal.timeout` cannot be released: each call
 * keeps a timer that fires, and builds its error, long after the answer came, which a busy instance pays for.
 */
export function timeLimit(ms: number): { signal: AbortSignal; release(): void } {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError')), ms)
  return { signal: controller.signal, release: () => clearTimeout(timer) }
}
