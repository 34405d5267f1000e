/** The match of `regexp` in `string`, with each group's indices, as the `d` flag gives them. */
declare function execWithIndices(regexp: RegExp, string: string): RegExpExecArray | null
declare namespace execWithIndices {
  type RegExpExecArray = globalThis.RegExpExecArray
}
export = execWithIndices
