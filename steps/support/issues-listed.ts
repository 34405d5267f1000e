import assert from 'node:assert/strict'
import type { DataTable } from '@cucumber/cucumber'

/** Asserts that a screen lists exactly the issues a table names, each saying how to resolve it. */
export function assertIssuesListed(
  issues: readonly { check: string; resolution: string }[],
  table: DataTable,
  where: string,
): void {
  const listed = issues.map((issue) => issue.check).sort()
  const expected = table
    .raw()
    .map(([check]) => check)
    .sort()
  assert.deepEqual(listed, expected, `${where} lists the issues ${listed.join(', ') || 'none'}`)
  for (const issue of issues)
    assert.ok(issue.resolution.trim(), `the issue ${issue.check} says nothing about how to resolve it`)
}
