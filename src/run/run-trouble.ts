/**
 * Trouble that says nothing about the target: the set-up it was given (a missing setup token), the room it has
 * (server-full), a target that stopped answering altogether, or a kit too slow to answer the target in time. A scenario
 * that meets it could not run; a run with such a scenario ends "could not run" (exit 2), never with a verdict on the
 * target. Its message says what happened and what to do.
 */
export class RunTrouble extends Error {
  /**
   * Trouble no later scenario of the run can get past (a setup token the target refuses): said once, the rest skipped.
   */
  readonly lasting: boolean

  constructor(message: string, options: { lasting?: boolean } = {}) {
    super(message)
    this.lasting = options.lasting ?? false
    this.name = RUN_TROUBLE
    this.stack = `${this.name}: ${message}`
  }
}

/** The name a RunTrouble carries into cucumber's messages, where the report tells it from a failure. */
export const RUN_TROUBLE = 'RunTrouble'

/**
 * Whether a step's result, as cucumber reports it (the exception's type, or the message that leads with it), is run
 * trouble.
 */
export const isRunTrouble = (result: {
  exception?: { type: string } | undefined
  message?: string | undefined
}): boolean => result.exception?.type === RUN_TROUBLE || (result.message ?? '').startsWith(`${RUN_TROUBLE}: `)
