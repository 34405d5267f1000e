import { MAIL_GATEWAY_MESSAGES_PATH, MailMessage } from '../contract/mail.schema'
import { timeLimit } from './time-limit'

/** Hands outbound mail to the mail gateway over fetch. */
export class MailClient {
  constructor(
    private readonly options: {
      fetch: typeof fetch
      gatewayUrl: string
      timeoutMs: number
      /** Whether mail goes out at all, asked at each message: a switch that governs it (FREE-15). */
      sendsWhile?: () => boolean
    },
  ) {}

  /** Sends one message; true when the gateway accepted it. */
  async send(message: MailMessage): Promise<boolean> {
    if (this.options.sendsWhile && !this.options.sendsWhile()) return false
    // A message the gateway could never deliver (a contact without a valid address) is not sent at all.
    if (!MailMessage.safeParse(message).success) return false
    const limit = timeLimit(this.options.timeoutMs)
    try {
      const response = await this.options.fetch(`${this.options.gatewayUrl}${MAIL_GATEWAY_MESSAGES_PATH}`, {
        method: 'POST',
        // the kit's mail gateway reads the body as JSON, whatever content type it is given
        // Stryker disable next-line all: for the reason above
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: limit.signal,
      })
      return response.ok
    } catch {
      return false
    } finally {
      limit.release()
    }
  }
}
