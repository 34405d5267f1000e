import assert from 'node:assert/strict'
import type { Envelope } from '@cucumber/messages'
import { after, before, describe, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { compareReports, renderComparisonHtml } from '../report/compare-reports'
import { buildConformanceReport, RunCollector } from '../report/conformance-report'
import { renderConformanceHtml } from '../report/conformance-html'
import { RUN_CONTEXT_MEDIA_TYPE, SEQUENCE_MEDIA_TYPE } from '../report/conformance-report.schema'
import { readings, requirements } from '../requirements/catalog'
import { simulationHtml } from '../simulate/simulation-report'
import { hideLiveLinks } from './browser-tabs'
import { Camera, stillCopy } from './camera'
import { launchChromium } from './chromium'

const at = { seconds: 0, nanos: 0 }

/** A report of a run in which one scenario of PC-10 failed, with its sequence diagram, and one of PC-01 passed. */
function aReport(target: string) {
  const collector = new RunCollector()
  const scenario = (id: string, tag: string, status: string): Envelope[] =>
    [
      {
        pickle: {
          id,
          name: `scenario ${id}`,
          uri: 'features/x.feature',
          location: { line: 1, column: 1 },
          tags: [{ name: tag, astNodeId: '' }],
          language: 'en',
          steps: [],
          astNodeIds: [],
        },
      },
      { testCase: { id: `tc-${id}`, pickleId: id, testSteps: [] } },
      { testCaseStarted: { id: `st-${id}`, testCaseId: `tc-${id}`, attempt: 0, timestamp: at } },
      {
        attachment: {
          mediaType: SEQUENCE_MEDIA_TYPE,
          body: 'sequenceDiagram\n  admin->>target: create connection\n  target-->>admin: refused duplicate-connection',
          testCaseStartedId: `st-${id}`,
        },
      },
      {
        testStepFinished: {
          testCaseStartedId: `st-${id}`,
          testStepId: '',
          timestamp: at,
          testStepResult: {
            status,
            duration: at,
            ...(status === 'FAILED' ? { message: 'a second connection was created' } : {}),
          },
        },
      },
      { testCaseFinished: { testCaseStartedId: `st-${id}`, willBeRetried: false, timestamp: at } },
    ] as unknown as Envelope[]
  collector.take({
    attachment: { mediaType: RUN_CONTEXT_MEDIA_TYPE, body: JSON.stringify({ target, release: 'australia', seed: 1 }) },
  } as unknown as Envelope)
  for (const envelope of [...scenario('a', '@req:PC-10', 'FAILED'), ...scenario('b', '@req:PC-01', 'PASSED')])
    collector.take(envelope)
  return buildConformanceReport(collector, { requirements, readings })
}

const simulation = {
  kind: 'sx-conformance simulation' as const,
  seed: 1,
  release: 'australia' as const,
  total: 1000,
  mix: 'abc',
  ranges: [[0, 1000]] as [number, number][],
  consumers: 1000,
  funnel: { created: 1000, opened: 900, validated: 800, onboarded: 700 },
  stops: [
    {
      before: 'validated' as const,
      reason: 'the consumer instance runs a release older than the one required',
      requirement: 'PC-40',
      consumers: 300,
    },
  ],
  onboardMinutes: { '30': 400, '600': 300 },
  seconds: 2,
}

describe('the pages people read, in Chromium', () => {
  let browser: Browser
  let page: Page
  before(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })
  after(() => browser.close())

  /** The violations axe-core finds that it rates serious or critical. */
  async function seriousViolations(content: string): Promise<string[]> {
    await page.setContent(content, { waitUntil: 'load' })
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
    const result = (await page.evaluate(() =>
      (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
    )) as { violations: { id: string; impact: string; nodes: unknown[] }[] }
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.nodes.length})`)
  }

  const report = aReport('http://one.example')
  const pages: [string, string][] = [
    ['the conformance report', renderConformanceHtml(report)],
    [
      'the comparison',
      renderComparisonHtml(
        compareReports([
          { label: 'before', report: aReport('http://one.example') },
          { label: 'after', report },
        ]),
        [
          { label: 'before', report },
          { label: 'after', report },
        ],
      ),
    ],
    ['the simulation report', simulationHtml(simulation, 2)],
  ]
  for (const [name, content] of pages) {
    test(`${name} has one main landmark and nothing axe-core rates serious`, async () => {
      assert.deepEqual(await seriousViolations(content), [])
      assert.equal(await page.locator('main').count(), 1)
    })
  }

  test('the conformance report says what each colour of its bars stands for', async () => {
    await page.setContent(pages[0]![1])
    assert.deepEqual(await page.locator('.legend li').allTextContents(), [
      'passed',
      'attested',
      'failed',
      'waived',
      'skipped',
      'not covered',
      'not attested',
      'could not run',
      'not applicable',
    ])
  })

  test("no bar of the simulation's charts starts under its label", async () => {
    await page.setContent(pages[2]![1])
    const overlaps = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].flatMap((svg) => {
        const labels = [...svg.querySelectorAll('text')].filter((_, index) => index % 2 === 0)
        const bars = [...svg.querySelectorAll('rect')]
        return bars.flatMap((bar, index) =>
          labels[index]!.getBBox().width > bar.x.baseVal.value ? [labels[index]!.textContent] : [],
        )
      }),
    )
    assert.deepEqual(overlaps, [])
  })

  test('a picture of a failed screen hides links on the provider instance and anything token-like, in text and in fields', async () => {
    const token = 'k3J9x-_'.repeat(7)
    const instance = 'https://acme.service-now.example/provider-instances/1'
    await page.setContent(
      `<p>Share <a href="#">${instance}/register/${token}</a> with the contact; the instance is ${instance} itself</p><input value="${token}">`,
    )
    await hideLiveLinks(page, instance)
    const shown = `${await page.locator('body').innerText()} ${await page.locator('input').inputValue()}`
    assert.doesNotMatch(shown, new RegExp(token.slice(0, 14)))
    assert.match(
      shown,
      /Share <a link on the provider instance> with the contact; the instance is https:\/\/acme\.service-now\.example\/provider-instances\/1 itself/,
    )
  })

  const aForm =
    '<form><input name="who"><input type="checkbox" name="agree"><textarea></textarea>' +
    '<select><option>one</option><option>two</option></select></form><script>document.title = "ran"</script>'

  test("a screen's still copy holds what was typed, ticked and chosen, and none of its scripts", async () => {
    await page.setContent(aForm)
    await page.fill('input[name=who]', 'Ada')
    await page.check('input[name=agree]')
    await page.fill('textarea', 'a note')
    await page.selectOption('select', 'two')
    const copy = await page.evaluate(stillCopy)
    assert.match(copy, /<input name="who" value="Ada">/)
    assert.match(copy, /<input type="checkbox" name="agree" checked="">/)
    assert.match(copy, /<textarea>a note<\/textarea>/)
    assert.match(copy, /<option selected="">two<\/option>/)
    assert.doesNotMatch(copy, /<script/)
  })

  test("a browser started for a target's screens draws frames, as a person's does: a screen may wait on one", async () => {
    await page.setContent('<p>waits on frames</p>')
    const frames = await page.evaluate(
      () => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(2)))),
    )
    assert.equal(frames, 2)
  })

  test('the camera pictures the screens of a browser that draws none, and sees what was typed', async () => {
    const forms = await launchChromium('forms')
    const camera = new Camera()
    try {
      const screen = await forms.newPage()
      await screen.setContent(aForm)
      await assert.rejects(screen.screenshot({ timeout: 2_000 }))
      const blank = await camera.picture(screen)
      await screen.fill('input[name=who]', 'Ada Lovelace')
      const typed = await camera.picture(screen)
      assert.deepEqual([...blank.subarray(1, 4)], [...Buffer.from('PNG')])
      assert.notDeepEqual(blank, typed)
    } finally {
      await camera.close()
      await forms.close()
    }
  })
})
