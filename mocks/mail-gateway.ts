import { documented, type DocumentedMail, type MailKind, type MailMessage } from '../src/contract/mail.schema'

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
  /** The messages of a kind the contract names, to one address: the mail the kit counts and reads. */
  received<K extends MailKind>(address: string, kind: K): Extract<DocumentedMail, { kind: K }>[] {
    return this.to(address).filter((message): message is Extract<DocumentedMail, { kind: K }> => message.kind === kind)
  }
  /** Every message of a kind the contract names; mail of other kinds is the target's own business (FREE-11). */
  documented(): DocumentedMail[] {
    return this.#messages.filter(documented)
  }
  /** Everything in the outbox. */
  all(): readonly MailMessage[] {
    return this.#messages
  }
  clear(): void {
    this.#messages.length = 0
  }
}
