import type { Release, Requirement } from './requirement.schema'

/** How a rule differs from the common case: releases, level, optional part, attested. */
export type RuleOptions = {
  releases?: Release[]
  level?: Requirement['level']
  part?: Requirement['part']
  attested?: true
}
const both: Release[] = ['australia', 'brazil']
/** A requirement as the catalog writes it, its ID kept as written so that the catalog can type its IDs. */
export type Entry<I extends string> = Omit<Requirement, 'procedure' | 'id'> & { id: I }
/** One requirement, in both releases and as a MUST unless its options say otherwise. */
export const rule = <const I extends string>(
  id: I,
  statement: string,
  source: string,
  options: RuleOptions = {},
): Entry<I> => ({
  id,
  statement,
  source,
  releases: options.releases ?? both,
  level: options.level ?? 'MUST',
  ...(options.part ? { part: options.part } : {}),
  ...(options.attested ? { attested: true } : {}),
})
/** The requirements of one documented procedure, which the reports group them by. */
export const procedure = <const E extends Entry<string>>(
  name: string,
  rules: readonly E[],
): (E & { procedure: string })[] => rules.map((entry) => ({ ...entry, procedure: name }))
export const legacy: RuleOptions = { part: 'legacy' }
export const portal: RuleOptions = { part: 'portal' }
