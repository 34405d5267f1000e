import { http, HttpResponse } from 'msw'
import { MAIL_GATEWAY_MESSAGES_PATH, MailMessage } from '../src/contract/mail.schema'
import type { Outbox } from './mail-gateway'

/** The mail gateway: accepts well-formed messages into the outbox and rejects the rest. */
export const mailGatewayHandlers = (gatewayUrl: string, outbox: Outbox) => [
  http.post(`${gatewayUrl}${MAIL_GATEWAY_MESSAGES_PATH}`, async ({ request }) => {
    const message = MailMessage.safeParse(await request.json().catch(() => undefined))
    if (!message.success) return HttpResponse.json({ error: 'not a mail message' }, { status: 400 })
    outbox.accept(message.data)
    return HttpResponse.json({ accepted: true }, { status: 202 })
  }),
]
