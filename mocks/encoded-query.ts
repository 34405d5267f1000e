/**
 * A subset of the platform's encoded query syntax, evaluated over a table's rows, so that a target may ask the mocked
 * Table API as it would ask a real instance. Conditions are `field=value`, `field!=value`,
 * `fieldINa,b,c` and `fieldSTARTSWITHvalue`; `^` joins conditions that must all hold, and `^OR` offers an
 * alternative to the condition before it (so `a=1^ORb=2^c=3` reads (a=1 or b=2) and c=3, as on the platform). Values
 * compare without regard to case, as the platform's database does. Anything else is outside the subset: the mocks
 * answer it with a scenario failure that names it, never with a silent empty result.
 */

/** A table row as the Table API returns it: every field a string. */
export type Row = Readonly<Record<string, string>>

/** The operators of the subset, in the order a condition is tried against them (`!=` before `=`). */
export const QUERY_OPERATORS = ['!=', '=', 'IN', 'STARTSWITH'] as const
type Operator = (typeof QUERY_OPERATORS)[number]

type Condition = { field: string; operator: Operator; value: string }

/**
 * Query parameters the mocks understand; `sysparm_exclude_reference_link` and `sysparm_display_value` change nothing
 * here.
 */
export const QUERY_PARAMETERS = [
  'sysparm_query',
  'sysparm_fields',
  'sysparm_limit',
  'sysparm_exclude_reference_link',
  'sysparm_display_value',
] as const

/** Either the rows a query selects, or why the mocks cannot evaluate it. */
export type QueryAnswer = { ok: true; rows: Row[] } | { ok: false; outside: string }

const outside = (why: string): QueryAnswer => ({ ok: false, outside: why })

const CONDITION = /^([a-z_][a-z0-9_]*)(!=|=|IN|STARTSWITH)(.*)$/s

/** One condition, or why it is outside the subset. */
function readCondition(text: string, fields: readonly string[]): Condition | string {
  const match = CONDITION.exec(text)
  if (!match) return `the condition "${text}" uses an operator outside ${QUERY_OPERATORS.join(', ')}`
  const [, field, operator, value] = match as unknown as [string, string, Operator, string]
  if (!fields.includes(field))
    return `the condition "${text}" names the field "${field}", which this table does not have (it has ${fields.join(', ')})`
  return { field, operator, value }
}

/** The query as groups that must all hold, each group a list of alternatives; or why it is outside the subset. */
function readQuery(query: string, fields: readonly string[]): Condition[][] | string {
  const groups: Condition[][] = []
  for (const [index, segment] of query.split('^').entries()) {
    if (segment === '') continue
    const alternative = index > 0 && segment.startsWith('OR')
    const condition = readCondition(alternative ? segment.slice(2) : segment, fields)
    if (typeof condition === 'string') return condition
    const last = groups.at(-1)
    if (alternative && last) last.push(condition)
    else groups.push([condition])
  }
  return groups
}

function holds(row: Row, { field, operator, value }: Condition): boolean {
  const actual = (row[field] ?? '').toLowerCase()
  const wanted = value.toLowerCase()
  if (operator === '=') return actual === wanted
  if (operator === '!=') return actual !== wanted
  if (operator === 'IN') return wanted.split(',').includes(actual)
  return actual.startsWith(wanted)
}

/** Keeps the fields asked for; a field the table does not have is left out, as the platform does. */
function projection(fields: string | null): (row: Row) => Row {
  if (fields === null) return (row) => row
  const wanted = new Set(fields.split(',').map((field) => field.trim()))
  return (row) => Object.fromEntries(Object.entries(row).filter(([field]) => wanted.has(field)))
}

/** Answers a Table API query over the rows of a table with these fields. */
export function evaluateQuery(search: URLSearchParams, rows: readonly Row[], fields: readonly string[]): QueryAnswer {
  const unknown = [...search.keys()].filter((name) => !(QUERY_PARAMETERS as readonly string[]).includes(name))
  if (unknown.length > 0)
    return outside(`the parameter ${unknown.join(', ')} is outside ${QUERY_PARAMETERS.join(', ')}`)
  const groups = readQuery(search.get('sysparm_query') ?? '', fields)
  if (typeof groups === 'string') return outside(groups)
  const limitText = search.get('sysparm_limit')
  const limit = limitText === null ? Infinity : Number(limitText)
  if (!Number.isSafeInteger(limit) && limit !== Infinity)
    return outside(`sysparm_limit "${limitText}" is not a whole number`)
  if (limit < 1) return outside(`sysparm_limit "${limitText}" is not a positive number`)
  const selected = rows.filter((row) => groups.every((group) => group.some((condition) => holds(row, condition))))
  return { ok: true, rows: selected.slice(0, limit).map(projection(search.get('sysparm_fields'))) }
}
