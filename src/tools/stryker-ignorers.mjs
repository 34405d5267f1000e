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
 * - readings: the test of a reading the reference takes where the documents are silent (choices.refusalOrder ===
 *   'reversed', an options object made of choices). Changing it makes the reference take another reading, which the
 *   kit must pass as well: npm run prove-fairness runs the suite on each.
 * - diagram labels: what a workflow's event stands for and which requirements govern it (an EventRule). They label
 *   the generated state diagrams and run nothing; state-diagrams.test.ts checks them against the catalog.
 * - the storage budget: the room a shared reference server keeps for each record (store.admitRecord and what
 *   follows from its refusal). It guards the server's memory, not a documented rule; hardening.test.ts fills it.
 * Everything else is mutated, and a surviving mutant needs a scenario or a disable comment of its own.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin'

const PROSE = 'prose, which a fair kit never asserts: only codes, states, recipients and structured fields'
const FAULT_SWITCH = 'the name of a fault switch: every rule is on in a normal run, and npm run prove-faults flips each'
const READING = 'the test of a reading where the documents are silent: changed, the reference takes another reading, which the kit must pass too (npm run prove-fairness)'
const DIAGRAM_LABEL = 'what a workflow event stands for and which requirements govern it: labels of the state diagrams that run nothing, checked by state-diagrams.test.ts'
const STORAGE_BUDGET = "the reference server's storage budget: it keeps a shared server within its memory, is no documented rule, and hardening.test.ts fills it"
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

/** rules.on('PC-04'), rules.on(requirement), or its negation: a fault switch, true in every normal run. */
const isFaultSwitch = (path) => {
  const call = path.isUnaryExpression({ operator: '!' }) ? path.get('argument') : path
  if (!call.isCallExpression() || calleeName(call) !== 'on') return false
  const [first] = call.node.arguments
  if (first?.type === 'StringLiteral') return REQUIREMENT_ID.test(first.value)
  const callee = call.node.callee
  const owner = callee.type === 'MemberExpression' && callee.object.type === 'MemberExpression' ? callee.object.property : undefined
  return first?.type === 'Identifier' && (owner?.name ?? owner?.id?.name) === 'rules'
}

/** { providerRecord: 'PC-05', company: 'PC-06', … }: which fault switch governs which precondition. */
const isRequirementMap = (path) =>
  path.isObjectExpression() && path.node.properties.length > 0 && path.node.properties.every((property) => property.type === 'ObjectProperty' && property.value.type === 'StringLiteral' && REQUIREMENT_ID.test(property.value.value))

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

/** rules.choices.refusalOrder and this.parts.rules.choices.passedChecks alike: a reading the reference takes. */
const isChoice = (node) => node?.type === 'MemberExpression' && node.object.type === 'MemberExpression' && node.object.property.type === 'Identifier' && node.object.property.name === 'choices'

/** choices.x === 'value', or an options object made only of choices: where a reading is tested or handed on. */
const isReadingTest = (path) =>
  (path.isBinaryExpression() && ['===', '!=='].includes(path.node.operator) && (isChoice(path.node.left) || isChoice(path.node.right))) ||
  (path.isObjectExpression() && path.node.properties.length > 0 && path.node.properties.every((property) => property.type === 'ObjectProperty' && isChoice(property.value)))

/** The type a declared constant is annotated with mentions EventRule: `const x: EventRule`, `Record<CardEvent, EventRule>`. */
const isEventRuleDeclaration = (path) => {
  if (!path.isVariableDeclarator()) return false
  const annotation = path.node.id.typeAnnotation?.typeAnnotation
  const names = (type) => (type?.type !== 'TSTypeReference' ? [] : [type.typeName.name, ...(type.typeArguments ?? type.typeParameters)?.params.flatMap(names) ?? []])
  return names(annotation).includes('EventRule')
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
    if (isFaultSwitch(path) || isRequirementMap(path)) return FAULT_SWITCH
    if (inFaultBranch(path)) return FAULT_BRANCH
    if (isReadingTest(path)) return READING
    if (isBudgetCheck(path)) return STORAGE_BUDGET
    if (isEventRuleDeclaration(path)) return DIAGRAM_LABEL
    // The message of an error thrown for bad configuration (an unknown fault, say).
    if (isText(path) && path.parentPath?.isNewExpression() && /Error$/.test(path.parentPath.node.callee.name ?? '')) return PROSE
    if (!isText(path)) return undefined
    if (path.isStringLiteral() && REQUIREMENT_ID.test(path.node.value)) return FAULT_SWITCH
    const parent = path.parentPath
    // The sentence of a refusal: refused(code, reason, fields?) and refusal(code, reason).
    if (parent?.isCallExpression() && ['refused', 'refusal'].includes(calleeName(parent)) && parent.node.arguments[1] === path.node) return PROSE
    // What is wrong with an address: notAnInstance(problem).
    if (parent?.isCallExpression() && calleeName(parent) === 'notAnInstance') return PROSE
    // An email's subject and text (or a line of it), a check's title, what is wrong with an address.
    if (['subject', 'text', 'title', 'problem'].includes(proseOwner(path))) return PROSE
    return undefined
  },
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'sx-prose-and-fault-switches', ignorer)]
