// Stands in, through the overrides of the kit's package.json, for the regexp-match-indices polyfill that
// @cucumber/cucumber-expressions calls to learn where each group of a step's expression matched. The polyfill
// predates the `d` flag: it parses each expression with regexp-tree and runs a rewritten copy of it, some 0.3 s
// of every cucumber run here (a dry run's fifth), since it never finds the engine's own indices. This answers the
// same call with the engine's own: a twin of the expression with the `d` flag, made once per expression.
'use strict'

/** Each expression's twin that reports indices. */
const twins = new WeakMap()

/**
 * The match of `regexp` in `string`, with `indices`: each group's [start, end], undefined for a group that took no
 * part. A global or sticky expression starts at its lastIndex and moves it, as its own exec does.
 */
function execWithIndices(regexp, string) {
  if (regexp.hasIndices) return regexp.exec(string)
  let twin = twins.get(regexp)
  if (twin === undefined) {
    twin = new RegExp(regexp.source, `${regexp.flags}d`)
    twins.set(regexp, twin)
  }
  twin.lastIndex = regexp.lastIndex
  const match = twin.exec(string)
  if (regexp.global || regexp.sticky) regexp.lastIndex = twin.lastIndex
  return match
}

module.exports = execWithIndices
