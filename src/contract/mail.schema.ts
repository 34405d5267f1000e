import { z } from 'zod'

/** One message handed to the mail gateway. */
export const MailMessage = z.object({
  to: z.email(),
  subject: z.string().min(1),
  text: z.string().min(1),
})
export type MailMessage = z.infer<typeof MailMessage>

/** The path of the mail gateway that accepts outbound messages. */
export const MAIL_GATEWAY_MESSAGES_PATH = '/v1/messages'
