import type { Outcome } from '../contract/refusal.schema'
import type { ExchangeDriver } from './exchange-driver'

/**
 * The driver, sending once more a call the target refused while the kit's mocks were too slow to answer it (the count
 * of late answers grew during the call): the target rightly refused, say, because the consumer instance it called did
 * not answer within its limit, and the kit, not the target, was at fault. A refusal changes nothing (the contract), so
 * the call sent again is the same call: up to twice more, each time only if the mocks were late again. Refused with the
 * mocks in time, the refusal stands.
 */
/** How often a call is sent at most while the kit's mocks keep answering it late. */
const ATTEMPTS = 3

export function patientDriver(driver: ExchangeDriver, lateAnswers: () => number): ExchangeDriver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      const call = (args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<Outcome<unknown> | void>).apply(target, args)
      return async (...args: unknown[]) => {
        for (let attempt = 1; ; attempt += 1) {
          const lateBefore = lateAnswers()
          const outcome = await call(args)
          const refused = typeof outcome === 'object' && outcome !== null && 'ok' in outcome && !outcome.ok
          if (!refused) return outcome
          if (lateAnswers() === lateBefore || attempt === ATTEMPTS) return outcome
        }
      }
    },
  })
}
