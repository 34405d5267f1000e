import { http } from 'msw'
import { z } from 'zod'
import { MAIL_GATEWAY_MESSAGES_PATH, readMail } from '../src/contract/mail.schema'
import type { ReportUnanswerable } from './consumer-instance.handlers'
import type { Outbox } from './mail-gateway'

/**
 * The mail gateway: accepts messages of the contract's shape into the outbox, and refuses the rest with 400; a refused
 * message is reported, so the scenario fails naming what was wrong with it.
 */
export const mailGatewayHandlers = (gatewayUrl: string, outbox: Outbox, report: ReportUnanswerable) => [
  http.post(`${gatewayUrl}${MAIL_GATEWAY_MESSAGES_PATH}`, async ({ request }) => {
    const message = readMail(await request.json().catch(() => undefined))
    if (!message.success) {
      const why = z.prettifyError(message.error).replaceAll('\n', ' ')
      report(`POST ${request.url}: not a mail message of the contract: ${why}`)
      return Response.json(
        { error: 'not a mail message', issues: message.error.issues.map((issue) => issue.path.join('.')) },
        { status: 400 },
      )
    }
    outbox.accept(message.data)
    return Response.json({ accepted: true }, { status: 202 })
  }),
]
