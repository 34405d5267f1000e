import fc from 'fast-check'
import { z } from 'zod'

/** The part of JSON Schema the contract's request shapes use. */
type JsonSchema = {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  minLength?: number
  maxLength?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  format?: string
  pattern?: string
}

/** Strings that have broken parsers before: escapes, markup, control characters, other scripts, lookalike addresses. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '%E0',
  '%',
  '../..',
  '<script>alert(1)</script>',
  '\u0000',
  'é',
  '𝔘',
  'null',
  '0',
  'name@',
  'someone@consumers-.example',
  '@example.com',
  'HTTPS://X.EXAMPLE/',
  'http://127.0.0.1:9',
]

/** Numbers at and around every boundary a schema states, and the ones that broke the reference's clock. */
const numbersAround = (schema: JsonSchema): number[] => {
  const edges = [schema.minimum, schema.maximum, schema.exclusiveMinimum].filter(
    (edge): edge is number => edge !== undefined,
  )
  return [
    ...edges.flatMap((edge) => [edge - 1, edge, edge + 1]),
    0,
    0.5,
    -1,
    1e12,
    -1e12,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
  ]
}

/** Any JSON value: what a client that got the type wrong sends. */
const anyJson = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<unknown>

/** Known good strings: any of them for any field, and those a field of that name usually takes. */
export type Known = { any: readonly string[]; byField?: Readonly<Record<string, readonly string[]>> }

/**
 * Values for a schema that are mostly almost right: each field at and beyond its limits, of the wrong type, missing or
 * joined by one the schema does not know. Known good strings (identifiers, addresses, registration URLs), those of the
 * field's own kind most often, are mixed in so that requests also get past the shape and reach the rules.
 */
export function nearMiss(schema: JsonSchema, known: Known, field?: string): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: fitting(schema, known, field) }, { weight: 1, arbitrary: anyJson })
}

function fitting(schema: JsonSchema, known: Known, field?: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const)
  if (schema.enum)
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...schema.enum) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    )
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => nearMiss(option, known, field)))
  switch (schema.type) {
    case 'object':
      return objectOf(schema, known)
    case 'array':
      return fc.array(nearMiss(schema.items ?? {}, known, field), {
        maxLength: Math.min((schema.maxItems ?? 4) + 1, 60),
      })
    case 'string':
      return stringFor(schema, known, field)
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.constantFrom(...numbersAround(schema)),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      )
    case 'boolean':
      return fc.oneof(
        { weight: 4, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom('true', 1, null) },
      )
    default:
      return anyJson
  }
}

function objectOf(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, field]) => [name, nearMiss(field, known, name)]),
  )
  // Every field usually present, sometimes one dropped; sometimes one the schema does not know.
  const record = fc.oneof(
    { weight: 4, arbitrary: fc.record(fields) },
    { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  )
  return fc
    .tuple(record, fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyJson), { freq: 8 }))
    .map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value))
}

function stringFor(schema: JsonSchema, known: Known, field?: string): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 64
  const atLimits = [schema.minLength ?? 0, max, max + 1].map((length) => 'x'.repeat(length))
  const ofItsKind = (field && known.byField?.[field]) || []
  return fc.oneof(
    { weight: 5, arbitrary: known.any.length > 0 ? fc.constantFrom(...known.any) : fc.constant('known') },
    { weight: ofItsKind.length > 0 ? 5 : 0, arbitrary: fc.constantFrom(...ofItsKind, 'known') },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_STRINGS, ...atLimits) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
    // one past the limit, often: a limit accepted is a MUST of the contract broken
    { weight: 1, arbitrary: fc.constant('x'.repeat(max + 1)) },
  )
}

/** A zod schema as the JSON Schema the near-miss values are drawn from. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
