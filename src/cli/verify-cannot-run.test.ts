import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { runCli, runCliHere } from './run-cli'

import { folder, inTheWay, waiverFile } from './verify-test-files'

describe('verify that cannot run exits 2 with one line saying why', { concurrency: true }, () => {
  const cases: [string, string[], RegExp][] = [
    [
      'an unreachable target',
      ['--target', 'http://127.0.0.1:9'],
      /could not run: the target at http:\/\/127\.0\.0\.1:9 does not answer/,
    ],
    ['a target that is not an address', ['--target', 'staging'], /could not run: --target takes an http\(s\) address/],
    [
      'an unknown flag',
      ['--target', 'http://127.0.0.1:9', '--retries', '3'],
      /could not run: Unknown option '--retries'/,
    ],
    [
      'an unknown release',
      ['--target', 'http://127.0.0.1:9', '--release', 'zurich'],
      /could not run: --release is one of australia, brazil/,
    ],
    [
      'a missing waiver file',
      ['--target', 'http://127.0.0.1:9', '--waivers', join(folder, 'none.json')],
      /could not run: cannot read the waiver file .*ENOENT/,
    ],
    [
      'a shard beyond the total',
      ['--target', 'http://127.0.0.1:9', '--shard', '3/2'],
      /could not run: --shard takes I\/N with I from 1 to N/,
    ],
    [
      'waivers without an owner',
      ['--target', 'http://127.0.0.1:9', '--write-waivers', join(folder, 'w.json'), '--expires', '2999-01-01'],
      /could not run: --write-waivers needs --owner NAME/,
    ],
    [
      'waivers that have already expired',
      [
        '--target',
        'http://127.0.0.1:9',
        '--write-waivers',
        join(folder, 'w.json'),
        '--owner',
        'qa',
        '--expires',
        '2001-01-01',
      ],
      /could not run: --expires 2001-01-01 has passed/,
    ],
    [
      'a tag expression with a typo',
      ['--target', 'http://127.0.0.1:9', '--tags', '@req:PC-01 and'],
      /could not run: --tags "@req:PC-01 and" is not a tag expression: /,
    ],
    [
      'a report folder that cannot be written',
      ['--target', 'http://127.0.0.1:9', '--report-dir', join(inTheWay, 'reports')],
      /could not run: --report-dir .*: cannot write reports there \(ENOTDIR\)/,
    ],
    [
      'an owner without --write-waivers',
      ['--target', 'http://127.0.0.1:9', '--owner', 'qa'],
      /could not run: --owner and --expires go with --write-waivers FILE/,
    ],
    [
      'a rerun of a folder without a report',
      ['--target', 'http://127.0.0.1:9', '--rerun-failed', folder],
      /could not run: .* holds no conformance\.json/,
    ],
    [
      'a waiver without an owner',
      [
        '--target',
        'http://127.0.0.1:9',
        '--waivers',
        waiverFile('no-owner.json', [{ requirement: 'PC-10', reason: 'x', expires: '2999-01-01' }]),
      ],
      /could not run: the waiver file .* is not valid: waivers\.0\.owner/,
    ],
  ]
  for (const [what, args, message] of cases) {
    test(what, async () => {
      const run = await runCliHere(['verify', ...args])
      assert.equal(run.code, 2, run.stdout + run.stderr)
      assert.match(run.lastLine, message)
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
    })
  }

  test('a mistake leaves the reports of the last run as they were', async () => {
    const dir = join(folder, 'last-good')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'conformance.json'), '{"the last good run": true}')
    const run = await runCliHere([
      'verify',
      '--target',
      'http://127.0.0.1:9',
      '--tags',
      '(@req:PC-01',
      '--report-dir',
      dir,
    ])
    assert.equal(run.code, 2, run.stdout + run.stderr)
    assert.equal(readFileSync(join(dir, 'conformance.json'), 'utf8'), '{"the last good run": true}')
  })

  test('the command line itself: the line on stderr, nothing else, and exit code 2', async () => {
    const run = await runCli(['verify', '--target', 'http://127.0.0.1:9', '--release', 'zurich'])
    assert.equal(run.code, 2, run.stdout + run.stderr)
    assert.match(
      run.stderr,
      /^sx-conformance: could not run: --release is one of australia, brazil/,
      'the reason is on stderr',
    )
    assert.equal(run.stderr.trim().split('\n').length, 1, `more than one line on stderr:\n${run.stderr}`)
    assert.equal(run.stdout, '', `nothing belongs on stdout:\n${run.stdout}`)
  })
})
