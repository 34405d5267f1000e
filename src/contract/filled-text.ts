import { z } from 'zod'

/**
 * Text a target reads trimmed of the white space around it, so that blank text is no text: at least one character
 * besides white space, at most `max` once trimmed. The pattern says the first half in the OpenAPI document, where
 * `minLength` alone would admit a blank.
 */
export const filledText = (max: number, required?: string) => {
  const text = required === undefined ? z.string() : z.string({ error: required })
  return text.trim().min(1, required).regex(/\S/, required).max(max)
}
