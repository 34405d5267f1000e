/**
 * What mutation testing leaves alone in src/reference/, each with the reason Stryker reports for every mutant it
 * skips. These kinds of code change nothing a fair kit may observe:
 * - prose inside a sentence: a line of an email's text joined from several, or what is wrong with an address (a part
 *   of a reason). The kit asserts codes, states, recipients and structured fields, never wording (the contract
 *   leaves wording free). Whole sentences are mutated all the same: the reason of a refusal, an email's subject and
 *   text, a check's title. The contract wants each, and emptied, the mail gateway or the in-process driver finds it
 *   outside the contract.
 * Everything else is mutated, and a surviving mutant needs a scenario or a disable comment of its own.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

const PROSE = 'prose, which a fair kit never asserts: only codes, states, recipients and structured fields'

const isText = (path) => path.isStringLiteral() || path.isTemplateLiteral()

/** The name a call's callee goes by: refused(…) and this.rules.on(…) alike. */
const calleeName = (call) => {
  const callee = call.node.callee
  if (callee.type === 'Identifier') return callee.name
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name
  return undefined
}

/** The key of the object property a value belongs to, if it is one. */
const propertyKey = (path) => {
  const parent = path.parentPath
  if (!parent?.isObjectProperty() || parent.node.value !== path.node) return undefined
  const key = parent.node.key
  return key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : undefined
}

/** The property an email's or a check's wording belongs to, through the array of lines it is joined from. */
const proseOwner = (path) => {
  let owner = path
  while (owner.parentPath?.isArrayExpression() || owner.parentPath?.isMemberExpression() || (owner.parentPath?.isCallExpression() && calleeName(owner.parentPath) === 'join')) owner = owner.parentPath
  return propertyKey(owner)
}

const ignorer = {
  shouldIgnore(path) {
    // The message of an error thrown for bad configuration (an unknown fault, say).
    if (isText(path) && path.parentPath?.isNewExpression() && /Error$/.test(path.parentPath.node.callee.name ?? '')) return PROSE
    if (!isText(path)) return undefined
    const parent = path.parentPath
    // What is wrong with an address: notAnInstance(problem).
    if (parent?.isCallExpression() && calleeName(parent) === 'notAnInstance') return PROSE
    // A line of an email's text, or of a check's title, joined from several: emptied, the whole still says something.
    if (!parent?.isObjectProperty() && ['subject', 'text', 'title', 'problem'].includes(proseOwner(path))) return PROSE
    return undefined
  },
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sx-left-alone', ignorer)]
