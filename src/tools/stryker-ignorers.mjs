/**
 * What mutation testing leaves alone in src/reference/, each with the reason Stryker reports for every mutant it
 * skips. Two kinds of code change nothing a fair kit may observe:
 * - prose: the reason of a refusal, the subject and text of an email, the words of a diagram. The kit asserts
 *   codes, states, recipients and structured fields, never wording (the contract leaves wording free);
 * - fault switches: the requirement IDs handed to the rules (rules.on('PC-04'), a guard's ['PC-10', …]) and the
 *   test rules.on('PC-04') itself. In a normal run every rule is on, so a changed ID, or the test replaced by true,
 *   changes nothing; each switch is proven by npm run prove-faults.
 * - what only a switched-off rule runs: the branch a fault switch selects instead of the rule (the `: accepted(input)`
 *   of `rules.on('PC-08') ? parseInput(…) : accepted(input)`, the body of `if (!rules.on('PC-03')) …`). A normal run
 *   never reaches it, and npm run prove-faults proves that reaching it turns the suite red.
 * Everything else is mutated, and a surviving mutant needs a scenario or a disable comment of its own.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

const PROSE = 'prose, which a fair kit never asserts: only codes, states, recipients and structured fields'
const FAULT_SWITCH = 'the name of a fault switch: every rule is on in a normal run, and npm run prove-faults flips each'
const FAULT_BRANCH = 'what only a switched-off rule runs: never reached in a normal run, and proven to turn the suite red by npm run prove-faults'

/** A requirement ID, or ID:variant, as the catalog and the fault switches name them. */
const REQUIREMENT_ID = /^[A-Z]{2,5}-\d{2,}(?::[a-z-]+)?$/

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

/** rules.on('PC-04'), or its negation: a fault switch, true in every normal run. */
const isFaultSwitch = (path) => {
  const call = path.isUnaryExpression({ operator: '!' }) ? path.get('argument') : path
  if (!call.isCallExpression() || calleeName(call) !== 'on') return false
  const [first] = call.node.arguments
  return first?.type === 'StringLiteral' && REQUIREMENT_ID.test(first.value)
}

/** rules.on('PC-04') itself, not negated. */
const isRuleOn = (path) => !path.isUnaryExpression() && isFaultSwitch(path)

/** A test that holds only while a rule is switched off: !rules.on('ID'), alone or as a term of &&. */
const holdsOnlyWhenOff = (test) =>
  (test.isUnaryExpression({ operator: '!' }) && isFaultSwitch(test)) || (test.isLogicalExpression({ operator: '&&' }) && (holdsOnlyWhenOff(test.get('left')) || holdsOnlyWhenOff(test.get('right'))))

/** Whether the code at this path runs only while some rule is switched off: inside the branch a fault switch selects. */
const inFaultBranch = (path) => {
  for (let child = path, parent = path.parentPath; parent; child = parent, parent = parent.parentPath) {
    const branch = parent.isConditionalExpression() || parent.isIfStatement() ? child.node : undefined
    if (branch === undefined) continue
    const test = parent.get('test')
    if (branch === parent.node.alternate && isRuleOn(test)) return true
    if (branch === parent.node.consequent && holdsOnlyWhenOff(test)) return true
  }
  return false
}

const ignorer = {
  shouldIgnore(path) {
    if (isFaultSwitch(path)) return FAULT_SWITCH
    if (inFaultBranch(path)) return FAULT_BRANCH
    // The message of an error thrown for bad configuration (an unknown fault, say).
    if (isText(path) && path.parentPath?.isNewExpression() && /Error$/.test(path.parentPath.node.callee.name ?? '')) return PROSE
    if (!isText(path)) return undefined
    if (path.isStringLiteral() && REQUIREMENT_ID.test(path.node.value)) return FAULT_SWITCH
    const parent = path.parentPath
    // The sentence of a refusal: refused(code, reason, fields?) and refusal(code, reason).
    if (parent?.isCallExpression() && ['refused', 'refusal'].includes(calleeName(parent)) && parent.node.arguments[1] === path.node) return PROSE
    // An email's subject and text, what a workflow diagram says of an event, what is wrong with an address.
    if (['subject', 'text', 'says', 'problem'].includes(propertyKey(path))) return PROSE
    return undefined
  },
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sx-prose-and-fault-switches', ignorer)]
