import { z } from 'zod'
import { FIELD_LIMITS as MAX } from './field-limits'

/**
 * What the documents ask the customer contact to be told in the legacy onboarding (LEG-05, LEG-06), as facts rather
 * than wording: where the application is installed from, and what the customer creates next.
 */
export const InstallationGuidance = z.object({
  installFrom: z.enum(['ServiceNow Store']),
  thenCreate: z.enum(['provider record']),
})
export type InstallationGuidance = z.infer<typeof InstallationGuidance>

/** Every message: who receives it, and what a person reads. The kit never reads the subject or the text. */
const Mail = z.object({
  to: z.email(),
  subject: z.string().min(1),
  text: z.string().min(1),
})

/**
 * The kinds of email the documents call for, each with the structured facts it carries and who receives it. The kit
 * asserts mail of these kinds by recipient, kind and facts; `link` is the address the person follows.
 */
export const DocumentedMail = z.discriminatedUnion('kind', [
  Mail.extend({ kind: z.literal('registration-invitation'), link: z.url().max(MAX.url) }).describe(
    'To the consumer contact: the registration URL of a connection (PC-20), or the link of a registration task (S1), as `link`.',
  ),
  Mail.extend({ kind: z.literal('email-verification'), link: z.url().max(MAX.url) }).describe(
    'To the person who signed up on the Consumer Service Portal: the verification link, an address on the provider instance, as `link`.',
  ),
  Mail.extend({
    kind: z.literal('registration-approved'),
    userId: z.string().min(1),
    temporaryPassword: z.string().min(1),
  }).describe(
    "To the requester of an approved Customer Service Portal registration (CSM-04): the new user's ID and temporary password.",
  ),
  Mail.extend({ kind: z.literal('registration-rejected') }).describe(
    'To the requester of a rejected Customer Service Portal registration (CSM-05).',
  ),
  Mail.extend({ kind: z.literal('installation-guidance'), guidance: InstallationGuidance }).describe(
    'To the customer contact of a legacy onboarding (LEG-06): where to install the application from, and what to create next.',
  ),
])
export type DocumentedMail = z.infer<typeof DocumentedMail>

/** The kinds the contract names. */
export const MailKind = z.enum(
  DocumentedMail.options.map((option) => option.shape.kind.value) as [
    DocumentedMail['kind'],
    ...DocumentedMail['kind'][],
  ],
)
export type MailKind = z.infer<typeof MailKind>

const isDocumented = (kind: string): kind is MailKind => (MailKind.options as readonly string[]).includes(kind)

/**
 * Mail of a kind the contract does not name (an acknowledgement, say): a target may send it, and the kit neither counts
 * nor reads it (FREE-11).
 */
export const OtherMail = Mail.extend({
  kind: z
    .string()
    .min(1)
    .max(MAX.name)
    .refine((kind) => !isDocumented(kind), 'a documented kind must carry its facts'),
})

/** One message handed to the mail gateway: documented kinds with their facts, or another kind. */
export const MailMessage = z.union([DocumentedMail, OtherMail])
export type MailMessage = z.infer<typeof MailMessage>

/** A message before it is addressed, of each kind. */
export type Unaddressed<T> = T extends unknown ? Omit<T, 'to'> : never

/** The kinds of mail as CONTRACT.md shows them: each kind, its facts besides the message, and who receives it. */
export function mailKindsTable(): string {
  const rows = DocumentedMail.options.map((option) => {
    const facts = Object.keys(option.shape).filter((field) => !(field in Mail.shape) && field !== 'kind')
    return `| \`${option.shape.kind.value}\` | ${facts.map((fact) => `\`${fact}\``).join(', ') || 'none'} | ${option.description ?? ''} |`
  })
  return ['| Kind | Facts it carries | Sent |', '|---|---|---|', ...rows].join('\n')
}

/** Reads a message; one of a documented kind is read against that kind alone, so an error names its missing facts. */
export function readMail(input: unknown): ReturnType<typeof MailMessage.safeParse> {
  const kind: unknown = typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined
  return typeof kind === 'string' && isDocumented(kind) ? DocumentedMail.safeParse(input) : MailMessage.safeParse(input)
}

/** Whether a message is of a kind the contract names. */
export const documented = (message: MailMessage): message is DocumentedMail => isDocumented(message.kind)

/** The path of the mail gateway that accepts outbound messages. */
export const MAIL_GATEWAY_MESSAGES_PATH = '/v1/messages'
