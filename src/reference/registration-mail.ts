import type { MailClient } from './mail.client'
import type { ProviderStore, Registration } from './provider-store'
import type { RegistrationUrls } from './registration-url'

/** The email that carries a registration URL to the consumer contact (S0, S1). */
export class RegistrationMail {
  constructor(
    private readonly store: ProviderStore,
    private readonly mail: MailClient,
    private readonly urls: RegistrationUrls,
  ) {}

  /** Sends the registration URL to the contact; true when the mail gateway took the message. */
  async send(registration: Registration & { token: string }): Promise<boolean> {
    const contact = this.store.contactOf(registration)
    const provider = this.store.providerRecord ?? 'Your provider'
    const link = this.urls.urlOf(registration.token)
    return this.mail.send({
      kind: 'registration-invitation',
      link,
      to: contact.email,
      subject: `Complete your Service Exchange registration with ${provider}`,
      text: [
        `Hello ${contact.firstName},`,
        `${provider} has invited ${this.store.companyName(registration.companyId)} to connect through Service Exchange.`,
        `Sign in to ${registration.origin} as an admin and open this registration URL to complete the registration:`,
        link,
      ].join('\n\n'),
    })
  }
}
