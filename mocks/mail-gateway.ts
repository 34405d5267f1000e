import type { MailMessage } from '../src/contract/mail.schema'

/** Where the mocked mail gateway listens in-process. */
export const MAIL_GATEWAY_URL = 'https://mail-gateway.sx-conformance.test'

/** Every message the mail gateway accepted, oldest first. */
export class Outbox {
  readonly #messages: MailMessage[] = []
  accept(message: MailMessage): void {
    this.#messages.push(message)
  }
  /** The messages sent to one address, compared case-insensitively as mail systems do. */
  to(address: string): MailMessage[] {
    return this.#messages.filter((message) => message.to.toLowerCase() === address.toLowerCase())
  }
  /** Everything in the outbox. */
  all(): readonly MailMessage[] {
    return this.#messages
  }
  clear(): void {
    this.#messages.length = 0
  }
}
