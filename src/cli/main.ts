import { couldNotRunLine, runCommand } from './commands'
import { EXIT } from './verify-verdict'

// The process around a command: its exit code, and one line on stderr with exit code 2 when it could not run.
runCommand(process.argv.slice(2)).then(
  (code) => {
    if (code === undefined) return
    process.exitCode = code
    // A target that left a call hanging may hold a socket open; the verdict is in, so do not wait for it.
    setTimeout(() => process.exit(code), 200).unref()
  },
  (error: unknown) => {
    console.error(couldNotRunLine(error))
    process.exitCode = EXIT.couldNotRun
  },
)
