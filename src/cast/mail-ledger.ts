import type { DocumentedMail, MailKind } from '../contract/mail.schema'
import type { Outcome } from '../contract/refusal.schema'

/**
 * Who may receive mail of each kind the contract names, as the acts that call for it are accepted: the rule of the
 * contract's table of mail kinds, stated once. Each accepted act entitles one party to one email of one kind; an email
 * beyond what the scenario's acts entitle anyone to fails the step that was running when it was sent. Mail of kinds the
 * contract does not name is the target's own (FREE-11) and is not counted.
 */
export class MailLedger {
  readonly #entitled = new Map<string, number>()

  /** @param emailOf the address of a user the scenario created, by the ID the target gave it */
  constructor(private readonly emailOf: (userId: string) => string | undefined) {}

  /** Records what an accepted act entitles someone to. Refused acts entitle nobody: a refusal sends nothing. */
  noteAct(verb: string, args: readonly unknown[], outcome: Outcome<unknown>): void {
    if (!outcome.ok) return
    for (const [kind, address] of this.#entitlementsOf(verb, args, outcome.value)) {
      if (address === undefined) continue
      const key = keyOf(kind, address)
      this.#entitled.set(key, (this.#entitled.get(key) ?? 0) + 1)
    }
  }

  /** The emails beyond every entitlement, each described by its kind and recipient. */
  excess(sent: readonly DocumentedMail[]): { kind: MailKind; to: string; received: number; entitled: number }[] {
    const received = new Map<string, { kind: MailKind; to: string; received: number }>()
    for (const email of sent) {
      const key = keyOf(email.kind, email.to)
      const seen = received.get(key) ?? { kind: email.kind, to: email.to, received: 0 }
      received.set(key, { ...seen, received: seen.received + 1 })
    }
    return [...received].flatMap(([key, tally]) => {
      const entitled = this.#entitled.get(key) ?? 0
      return tally.received > entitled ? [{ ...tally, entitled }] : []
    })
  }

  /** Which kinds of mail, to whom, an accepted verb calls for (the contract's table of mail kinds). */
  #entitlementsOf(verb: string, args: readonly unknown[], value: unknown): [MailKind, string | undefined][] {
    const field = (from: unknown, name: string): string | undefined => {
      const found = (from as Record<string, unknown> | undefined)?.[name]
      return typeof found === 'string' ? found : undefined
    }
    switch (verb) {
      // PC-20, S1: the connection's or the task's named contact, once the link exists.
      case 'createConnection':
      case 'createRegistrationTask':
        return [['registration-invitation', this.#userEmail(field(args[1], 'contactId'))]]
      // CSP: the address that signed up.
      case 'signUpToConsumerPortal':
        return [['email-verification', field(args[0], 'email')]]
      // CSM-04, CSM-05: the requester of the request decided.
      case 'decideCustomerRegistration': {
        const kind = field(args[2], 'decision') === 'approve' ? 'registration-approved' : 'registration-rejected'
        return [[kind, field(value, 'email')]]
      }
      // LEG-06: the customer contact of the registration submitted.
      case 'submitServiceBridgeRegistration':
        return [['installation-guidance', this.#userEmail(field(args[1], 'contactId'))]]
      default:
        return []
    }
  }

  #userEmail(userId: string | undefined): string | undefined {
    return userId === undefined ? undefined : this.emailOf(userId)
  }
}

/** Addresses compare without case, as mail systems do. */
const keyOf = (kind: MailKind, address: string): string => `${kind} ${address.toLowerCase()}`
