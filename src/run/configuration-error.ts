/** An error in how the run was configured: reported as its message alone, without a stack trace. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
    this.stack = `${this.name}: ${message}`
  }
}
