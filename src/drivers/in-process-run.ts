/** What a run in-process needs, loaded only by such a run (see compose.ts): the reference itself. */
export { VirtualClock } from '../reference/clock'
export { ProviderInstance } from '../reference/provider-instance'
export { inProcessDriver } from './in-process.driver'
