import { defineParameterType } from '@cucumber/cucumber'
import type { ConnectionSettings } from '../../src/contract/connection.schema'
import { KmfStatus } from '../../src/contract/kmf.schema'
import { RegisterPlacement } from '../../src/contract/portal.schema'
import { CheckName } from '../../src/contract/pre-onboarding.schema'
import { MAIL_KINDS, type MailParty } from '../../src/cast/phrases/mail'
import { SAME_INSTANCE_SPELLINGS } from '../../src/cast/phrases/connection'

/** A release number as the docs write it: 2.3.18. */
defineParameterType({ name: 'release', regexp: /\d+(?:\.\d+)*/, transformer: (text: string) => text })

/** A mandatory field of the connection form. */
export type RequestField = 'company' | 'contact' | 'instance URL'
/** Each mandatory field of the connection form, by the name the contract gives it. */
export const requestKeys: Record<RequestField, 'companyId' | 'contactId' | 'instanceUrl'> = {
  company: 'companyId',
  contact: 'contactId',
  'instance URL': 'instanceUrl',
}
defineParameterType({
  name: 'field',
  regexp: /company|contact|instance URL/,
  transformer: (text: string) => text as RequestField,
})

/**
 * Ways to spell an instance URL, wrongly or only otherwise, each turning the consumer's real address into another
 * text.
 */
export const urlFlaws: Record<string, (url: string) => string> = {
  'without a scheme': (url) => url.replace(/^https?:\/\//, ''),
  'with a scheme other than http(s)': (url) => url.replace(/^https?:/, 'ftp:'),
  'followed by a path': (url) => `${url}/nav_to.do`,
  'followed by a query': (url) => `${url}/?sysparm_id=1`,
  'carrying credentials': (url) => url.replace('://', '://admin:secret@'),
  'carrying a user name alone': (url) => url.replace('://', '://admin@'),
  'followed by a fragment': (url) => `${url}/#home`,
  'replaced by words': () => 'the consumer instance',
}
/** A flaw's words as a pattern: its brackets taken literally. */
const alternatives = (words: string[]) => new RegExp(words.map((each) => each.replace(/[()]/g, '\\$&')).join('|'))
defineParameterType({
  name: 'urlFlaw',
  regexp: alternatives(Object.keys(urlFlaws)),
  transformer: (text: string) => urlFlaws[text]!,
})
/** A way to spell an instance URL: a flaw, or another spelling of the same origin. */
const urlSpellings = { ...urlFlaws, ...SAME_INSTANCE_SPELLINGS }
defineParameterType({
  name: 'urlSpelling',
  regexp: alternatives(Object.keys(urlSpellings)),
  transformer: (text: string) => urlSpellings[text]!,
})

/** Users of the consumer instance other than the named contact, with their roles there. */
export const consumerInstanceUsers: Record<string, string[]> = {
  'another admin': ['admin'],
  'a user without the admin role': ['itil'],
}
defineParameterType({
  name: 'someone',
  regexp: new RegExp(Object.keys(consumerInstanceUsers).join('|')),
  transformer: (text: string) => consumerInstanceUsers[text]!,
})

/** A status KMF diagnostics report. */
defineParameterType({
  name: 'kmfStatus',
  regexp: new RegExp(KmfStatus.options.join('|')),
  transformer: (text: string) => text,
})

/** A pre-onboarding check, by its stable name in quotes: "servlet-uri-empty". */
defineParameterType({
  name: 'check',
  regexp: /"([a-z-]+)"/,
  transformer: (name: string) => {
    const check = CheckName.safeParse(name)
    if (!check.success)
      throw new Error(`"${name}" is not a pre-onboarding check; the checks are ${CheckName.options.join(', ')}`)
    return check.data
  },
})

/** Email addresses a contact should not have, in words. */
const emailAddresses: Record<string, string> = {
  missing: '',
  'not an address': 'not-an-address',
  'an address without its domain': 'someone@',
  'an address without its name': '@consumer.example',
  'an address with a space': 'some one@consumer.example',
  'an address with a word after': 'someone@consumer.example again',
}
defineParameterType({
  name: 'emailAddress',
  regexp: new RegExp(Object.keys(emailAddresses).join('|')),
  transformer: (text: string) => emailAddresses[text]!,
})

/** Where a portal shows Register to a visitor who is not signed in. */
defineParameterType({
  name: 'registerPlacement',
  regexp: /portal header|login widget/,
  transformer: (text: string) => RegisterPlacement.parse(text),
})

defineParameterType({
  name: 'mailKind',
  regexp: new RegExp(Object.keys(MAIL_KINDS).join('|')),
  transformer: (text: string) => MAIL_KINDS[text]!,
})

defineParameterType({
  name: 'mailParty',
  regexp: /consumer contact|customer contact|person|requester/,
  transformer: (text: string) => text as MailParty,
})

/** How scenarios name each connection setting, as the consumer's settings form does. */
export const SETTING_NAMES = {
  'auto-activate remote record producers': 'autoActivateRrp',
  'auto-activate remote task definitions': 'autoActivateRtd',
  'restrict authorized users': 'restrictAuthorizedUsers',
  'maximum authorized users': 'maxAuthorizedUsers',
  'auto approve authorized users': 'autoApproveAuthorizedUsers',
} as const satisfies Record<string, keyof ConnectionSettings>

defineParameterType({
  name: 'setting',
  regexp: new RegExp(Object.keys(SETTING_NAMES).join('|')),
  transformer: (text: string) => SETTING_NAMES[text as keyof typeof SETTING_NAMES],
})
