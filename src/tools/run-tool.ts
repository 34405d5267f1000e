/**
 * Runs a tool and exits with the code it answers (none: 0). A tool that cannot do its work says why in one line and
 * exits 2.
 */
export function runTool(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(2)
    },
  )
}
