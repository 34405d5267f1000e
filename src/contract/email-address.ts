import { z } from 'zod'
import { FIELD_LIMITS as MAX } from './field-limits'

/**
 * An address mail can be sent to: a name of the usual characters, without a dot at either end or two in a row, and a
 * host name whose labels are letters, digits and inner dashes (a label never starts or ends with a dash), ending in a
 * top-level domain of letters. zod's own email check lets a label end in a dash.
 */
const MAILABLE =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+(?<!\.)@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/

/** An email address a person types in a form, with the message a refusal gives for it. */
export const emailAddress = (message: string) => z.email({ pattern: MAILABLE, error: message }).max(MAX.email)
