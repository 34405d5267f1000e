import type { MailClient } from '../mail.client'
import type { Rules } from '../rules'

/**
 * Under the reading that acknowledges requests (FREE-11), tells a person their request arrived: mail of a kind the
 * contract does not name, which the kit must neither count nor fail.
 */
export async function acknowledge(mail: MailClient, rules: Rules, to: string, what: string): Promise<void> {
  if (rules.choices.acknowledgements !== 'sent') return
  await mail.send({
    kind: 'acknowledgement',
    to,
    subject: `We received your ${what}`,
    text: `Thank you: your ${what} arrived and is being handled.`,
  })
}
