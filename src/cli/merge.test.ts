import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { ConformanceReport } from '../report/conformance-report.schema'
import { startReferenceProcess, type ReferenceProcess } from '../tools/reference-process'
import { runCli, runCliHere } from './run-cli'
import { temporaryFolder } from '../run/temporary-folder'

const folder = temporaryFolder('sx-merge-')
const reportOf = (dir: string) =>
  ConformanceReport.parse(JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')))
/** What a run found, without when it ran or how long it took. */
const findings = ({ verdict, totals, requirements, readings, waivers }: ConformanceReport) => ({
  verdict,
  totals,
  requirements,
  readings,
  waivers,
})

/**
 * Requirement tags that select scenarios of every feature file, the rarest of each file's tags (and PC-10, which the
 * target breaks, and PC-01, which compare reads): the shards cover every feature in a few dozen scenarios, not all.
 */
function oneRequirementOfEachFeature(): string[] {
  const features = readdirSync('features')
    .filter((file) => file.endsWith('.feature'))
    .map((file) => readFileSync(join('features', file), 'utf8'))
  const tagsOf = (text: string) => [...text.matchAll(/@req:[A-Z0-9-]+/g)].map(([tag]) => tag)
  const uses = new Map<string, number>()
  for (const tag of features.flatMap(tagsOf)) uses.set(tag, (uses.get(tag) ?? 0) + 1)
  const chosen = new Set(['@req:PC-10', '@req:PC-01'])
  for (const tags of features.map(tagsOf)) {
    if (tags.some((tag) => chosen.has(tag))) continue
    chosen.add(tags.sort((a, b) => uses.get(a)! - uses.get(b)!)[0]!)
  }
  return [...chosen]
}

describe('a verify split into shards, merged, is the run it was split from', () => {
  let target: ReferenceProcess
  before(async () => {
    target = await startReferenceProcess(['--fault', 'PC-10'])
  })
  after(() => target.stop())

  // Acts issued at the same moment are drawn in whatever order they settle, so only the rest compares exactly.
  // npm test splits a few dozen scenarios of every feature; npm run gate:full splits them all.
  const tags =
    process.env.SX_GATE === 'full'
      ? 'not @simultaneous'
      : `not @simultaneous and (${oneRequirementOfEachFeature().join(' or ')})`
  // One run after another in this process, which loads the steps once for all of them.
  const verify = (dir: string, ...extra: string[]) =>
    runCliHere(['verify', '--target', target.url, '--tags', tags, '--report-dir', join(folder, dir), ...extra], {
      SX_SEED: '11',
      ...target.env,
    })

  test('three shards merged give the verdict, the requirement rows and the totals of one whole run, and the same exit code', async () => {
    // The whole run in two workers, the shards in one each: however a run is spread, its findings are the same.
    const whole = await verify('whole', '--parallel', '2')
    const shards = []
    for (const index of [1, 2, 3]) shards.push(await verify(`s${index}`, '--shard', `${index}/3`))
    assert.equal(whole.code, 1, whole.stdout + whole.stderr)
    for (const shard of shards) assert.match(shard.lastLine, /CONFORMANT|NOT CONFORMANT/, shard.stderr)
    const merged = await runCli([
      'merge',
      join(folder, 's3'),
      join(folder, 's1'),
      join(folder, 's2'),
      '--report-dir',
      join(folder, 'merged'),
    ])
    assert.equal(merged.code, whole.code, merged.stdout + merged.stderr)
    assert.match(merged.lastLine, /^NOT CONFORMANT: .* failed PC-10;/)
    assert.deepEqual(findings(reportOf(join(folder, 'merged'))), findings(reportOf(join(folder, 'whole'))))
    assert.equal(reportOf(join(folder, 'merged')).run.seed, 11)
    assert.equal(reportOf(join(folder, 'merged')).run.shard, undefined)
    assert.equal(
      readFileSync(join(folder, 'merged', 'rerun.txt'), 'utf8').split('\n').length,
      reportOf(join(folder, 'whole')).totals.scenarios.failed,
    )
    for (const file of ['conformance.md', 'conformance.html', 'cucumber.html', 'messages.ndjson'])
      assert.ok(existsSync(join(folder, 'merged', file)), `merge wrote no ${file}`)
    const testCases = (dir: string) =>
      (readFileSync(join(folder, dir, 'junit.xml'), 'utf8').match(/<testcase /g) ?? []).length
    const failures = (dir: string) =>
      (readFileSync(join(folder, dir, 'junit.xml'), 'utf8').match(/<failure/g) ?? []).length
    assert.deepEqual(
      [testCases('merged'), failures('merged')],
      [testCases('whole'), failures('whole')],
      'the merged JUnit XML has every test case and failure of the whole run',
    )
    const features = readFileSync(join(folder, 'merged', 'messages.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{"gherkinDocument"')).length
    const wholeFeatures = readFileSync(join(folder, 'whole', 'messages.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{"gherkinDocument"')).length
    assert.equal(features, wholeFeatures, 'each feature file once in the merged stream')
  })

  test('merge refuses what is not one whole run (a shard missing, a shard twice, a whole run, a folder without messages) and a folder it cannot write', async () => {
    mkdirSync(join(folder, 'empty'), { recursive: true })
    writeFileSync(join(folder, 'empty', 'note.txt'), '')
    const cases: [string[], RegExp][] = [
      [[join(folder, 's1'), join(folder, 's2')], /shard 3\/3 is missing/],
      [[join(folder, 's1'), join(folder, 's2'), join(folder, 's2'), join(folder, 's3')], /shard 2\/3 is given 2 times/],
      [[join(folder, 'whole'), join(folder, 's1')], /is a whole run, not a shard/],
      [[join(folder, 'empty')], /holds no messages\.ndjson/],
      [[], /name the report folder of every shard/],
      [
        [join(folder, 's1'), join(folder, 's2'), join(folder, 's3'), '--report-dir', join(folder, 'empty', 'note.txt')],
        /--report-dir .*: cannot write reports there \((EEXIST|ENOTDIR)\)/,
      ],
    ]
    for (const [dirs, message] of cases) {
      const run = await runCliHere(['merge', '--report-dir', join(folder, 'refused'), ...dirs])
      assert.equal(run.code, 2, run.stdout + run.stderr)
      assert.match(run.lastLine, message)
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace')
    }
  })

  test('compare puts the runs side by side and says what changed between two runs of one implementation', async () => {
    const later = await runCliHere(
      ['verify', '--target', target.url, '--tags', '@req:PC-10', '--report-dir', join(folder, 'later')],
      { SX_SEED: '11', ...target.env },
    )
    assert.equal(later.code, 1)
    const run = await runCli([
      'compare',
      `before=${join(folder, 'whole')}`,
      `after=${join(folder, 'later', 'conformance.json')}`,
      '--report-dir',
      join(folder, 'compare'),
    ])
    assert.equal(run.code, 0, run.stdout + run.stderr)
    const markdown = readFileSync(join(folder, 'compare', 'comparison.md'), 'utf8')
    assert.match(markdown, /\| Requirement \| What it says \| before \| after \|/)
    assert.match(markdown, /\| PC-10 \| [^|]+ \| \*\*failed\*\* \| \*\*failed\*\* \|/)
    assert.match(markdown, /\| PC-01 \| [^|]+ \| passed \| \*\*not covered\*\* \|/)
    assert.match(readFileSync(join(folder, 'compare', 'comparison.html'), 'utf8'), /<tr id="PC-10">/)
  })
})
