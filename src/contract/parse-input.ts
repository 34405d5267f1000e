import type { z } from 'zod'
import { FIELD_LIMITS } from './field-limits'
import { accepted, refused, type Outcome } from './refusal.schema'

/** Parses input that crossed a boundary; bad input becomes an invalid-request refusal naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Outcome<z.infer<S>> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return accepted(parsed.data)
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  )
  const fields = [
    ...new Set(parsed.error.issues.filter((issue) => issue.path.length > 0).map((issue) => issue.path.join('.'))),
  ]
  return refused(
    'invalid-request',
    problems.join('; '),
    fields.length > 0 ? fields.slice(0, FIELD_LIMITS.list) : undefined,
  )
}
