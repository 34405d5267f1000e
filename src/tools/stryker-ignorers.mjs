/**
 * What mutation testing leaves alone in src/reference/, each with the reason Stryker reports for every mutant it
 * skips. These kinds of code change nothing a fair kit may observe:
 * - prose: the subject and text of an email, a check's title, what is wrong with an address (a part of a reason).
 *   The kit asserts codes, states, recipients and structured fields, never wording (the contract leaves wording
 *   free). The reason of a refusal is mutated all the same: the contract wants one, and emptied, the in-process
 *   driver finds the refusal outside the contract;
 * - the storage budget: the room a shared reference server keeps for each record (store.admitRecord and what
 *   follows from its refusal). It guards the server's memory, not a documented rule; hardening.test.ts fills it.
 * Everything else is mutated, and a surviving mutant needs a scenario or a disable comment of its own.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

const PROSE = 'prose, which a fair kit never asserts: only codes, states, recipients and structured fields'
const STORAGE_BUDGET = "the reference server's storage budget: it keeps a shared server within its memory, is no documented rule, and hardening.test.ts fills it"

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

/** store.admitRecord(…), or `if (!room.ok) return room` on what it answered: the reference server's storage budget. */
const isBudgetCheck = (path) => {
  if (path.isCallExpression() && calleeName(path) === 'admitRecord') return true
  if (!path.isIfStatement()) return false
  const test = path.node.test
  if (test.type !== 'UnaryExpression' || test.argument.type !== 'MemberExpression' || test.argument.object.type !== 'Identifier') return false
  const init = path.scope.getBinding(test.argument.object.name)?.path.node.init
  return init?.type === 'CallExpression' && init.callee.type === 'MemberExpression' && init.callee.property.name === 'admitRecord'
}

const ignorer = {
  shouldIgnore(path) {
    if (isBudgetCheck(path)) return STORAGE_BUDGET
    // The message of an error thrown for bad configuration (an unknown fault, say).
    if (isText(path) && path.parentPath?.isNewExpression() && /Error$/.test(path.parentPath.node.callee.name ?? '')) return PROSE
    if (!isText(path)) return undefined
    const parent = path.parentPath
    // What is wrong with an address: notAnInstance(problem).
    if (parent?.isCallExpression() && calleeName(parent) === 'notAnInstance') return PROSE
    // An email's subject and text (or a line of it), a check's title, what is wrong with an address.
    if (['subject', 'text', 'title', 'problem'].includes(proseOwner(path))) return PROSE
    return undefined
  },
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sx-left-alone', ignorer)]
