import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { percentile, STAGES, type SimulationFigures } from './figures'

/** Time to onboard, in bands a product owner reads at a glance (minutes on the virtual clock). */
const BANDS: { label: string; below: number }[] = [
  { label: 'under 1 hour', below: 60 },
  { label: '1 to 4 hours', below: 240 },
  { label: '4 to 24 hours', below: 1440 },
  { label: '1 to 3 days', below: 4320 },
  { label: '3 to 7 days', below: 10080 },
  { label: '7 days or more', below: Number.POSITIVE_INFINITY },
]

/** How many onboarded consumers fall in each band. */
function banded(onboardMinutes: Record<string, number>): { label: string; consumers: number }[] {
  return BANDS.map((band, index) => ({
    label: band.label,
    consumers: Object.entries(onboardMinutes)
      .filter(([minutes]) => Number(minutes) >= (BANDS[index - 1]?.below ?? 0) && Number(minutes) < band.below)
      .reduce((sum, [, count]) => sum + count, 0),
  }))
}

/** Minutes as hours or days. */
const duration = (minutes: number | undefined): string =>
  minutes === undefined
    ? '-'
    : minutes < 1440
      ? `${(minutes / 60).toFixed(1)} h`
      : `${(minutes / 1440).toFixed(1)} days`

const share = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`)

/** The figures in words and tables, for a pull request or a wiki page. */
export function simulationMarkdown(figures: SimulationFigures, wallSeconds: number): string {
  const bands = banded(figures.onboardMinutes)
  return [
    `# Onboarding simulation: ${figures.consumers.toLocaleString('en')} consumers`,
    '',
    `Release ${figures.release}, seed ${figures.seed}, mix ${figures.mix}; simulated in ${wallSeconds.toFixed(1)} s (${Math.round(figures.consumers / wallSeconds).toLocaleString('en')} consumers per second).`,
    '',
    '## Funnel',
    '',
    '| Stage | Consumers | Of all |',
    '|---|---|---|',
    ...STAGES.map(
      (stage) =>
        `| ${stage} | ${figures.funnel[stage].toLocaleString('en')} | ${share(figures.funnel[stage], figures.consumers)} |`,
    ),
    '',
    '## Where and why journeys stop',
    '',
    '| Before | Why | Requirement | Consumers |',
    '|---|---|---|---|',
    ...figures.stops.map(
      (stop) => `| ${stop.before} | ${stop.reason} | ${stop.requirement} | ${stop.consumers.toLocaleString('en')} |`,
    ),
    '',
    "## Time to onboard (virtual clock, from the connection's creation)",
    '',
    `Median ${duration(percentile(figures.onboardMinutes, 0.5))}, 90th percentile ${duration(percentile(figures.onboardMinutes, 0.9))}, 99th percentile ${duration(percentile(figures.onboardMinutes, 0.99))}.`,
    '',
    '| Time | Consumers |',
    '|---|---|',
    ...bands.map((band) => `| ${band.label} | ${band.consumers.toLocaleString('en')} |`),
    '',
  ].join('\n')
}

const escape = (text: string): string => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)

/** Text cut at a word to at most this many characters, marked as cut: the table below a chart gives it whole. */
const shortened = (text: string, most: number): string =>
  text.length <= most ? text : `${text.slice(0, most).replace(/\s+\S*$/, '')} …`

/** The widest a character of the charts' 13 px labels is drawn, so that no bar starts under its label. */
const CHARACTER_PX = 8

/**
 * Horizontal bars as an SVG: one row per label, the labels in a column as wide as the longest, then the bar, in
 * proportion to the largest value, then the value. A reader without the picture gets every value from its label.
 */
function barChart(title: string, rows: { label: string; value: number }[], colour: string): string {
  const largest = Math.max(1, ...rows.map((row) => row.value))
  const labels = Math.max(4, ...rows.map((row) => row.label.length)) * CHARACTER_PX + 12
  const height = rows.length * 28 + 8
  const bars = rows.map((row, index) => {
    const y = 4 + index * 28
    const width = Math.round((420 * row.value) / largest)
    return `<text x="0" y="${y + 17}" font-size="13">${escape(row.label)}</text><rect x="${labels}" y="${y}" width="${width}" height="22" fill="${colour}"/><text x="${labels + width + 6}" y="${y + 17}" font-size="13">${row.value.toLocaleString('en')}</text>`
  })
  const described = `${title}: ${rows.map((row) => `${row.label} ${row.value.toLocaleString('en')}`).join(', ')}`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labels + 420 + 100}" height="${height}" role="img" aria-label="${escape(described)}">${bars.join('')}</svg>`
}

/** A page of its own, with its charts drawn in SVG: nothing to fetch, so it opens anywhere. */
export function simulationHtml(figures: SimulationFigures, wallSeconds: number): string {
  const funnel = barChart(
    'Consumers who reached each stage',
    STAGES.map((stage) => ({ label: stage, value: figures.funnel[stage] })),
    '#3b6fd1',
  )
  const funnelTable = STAGES.map(
    (stage) =>
      `<tr><td>${stage}</td><td>${figures.funnel[stage].toLocaleString('en')}</td><td>${share(figures.funnel[stage], figures.consumers)}</td></tr>`,
  ).join('')
  const stops = barChart(
    'Consumers stopped, by requirement and reason',
    figures.stops
      .slice(0, 12)
      .map((stop) => ({ label: `${stop.requirement} ${shortened(stop.reason, 44)}`, value: stop.consumers })),
    '#c45f00',
  )
  const times = barChart(
    'Consumers onboarded, by time taken',
    banded(figures.onboardMinutes).map((band) => ({ label: band.label, value: band.consumers })),
    '#2e7d4f',
  )
  const table = figures.stops
    .map(
      (stop) =>
        `<tr><td>${stop.before}</td><td>${escape(stop.reason)}</td><td>${stop.requirement}</td><td>${stop.consumers.toLocaleString('en')}</td></tr>`,
    )
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Onboarding simulation</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}</style></head><body><main>
<h1>Onboarding simulation: ${figures.consumers.toLocaleString('en')} consumers</h1>
<p>Release ${figures.release}, seed ${figures.seed}, mix ${figures.mix}; simulated in ${wallSeconds.toFixed(1)} s (${Math.round(figures.consumers / wallSeconds).toLocaleString('en')} consumers per second).</p>
<h2>Funnel</h2>${funnel}
<table><tr><th>Stage</th><th>Consumers</th><th>Of all ${figures.consumers.toLocaleString('en')}</th></tr>${funnelTable}</table>
<h2>Where and why journeys stop</h2>${stops}
<table><tr><th>Before</th><th>Why</th><th>Requirement</th><th>Consumers</th></tr>${table}</table>
<h2>Time to onboard (virtual clock)</h2>
<p>Median ${duration(percentile(figures.onboardMinutes, 0.5))}, 90th percentile ${duration(percentile(figures.onboardMinutes, 0.9))}, 99th percentile ${duration(percentile(figures.onboardMinutes, 0.99))}.</p>${times}
</main></body></html>
`
}

/** Writes simulation.json (the figures, which merge adds up), simulation.md and simulation.html. */
export function writeSimulationReports(dir: string, figures: SimulationFigures, wallSeconds: number): string[] {
  mkdirSync(dir, { recursive: true })
  const files = {
    'simulation.json': `${JSON.stringify(figures, null, 1)}\n`,
    'simulation.md': simulationMarkdown(figures, wallSeconds),
    'simulation.html': simulationHtml(figures, wallSeconds),
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return Object.keys(files).map((name) => join(dir, name))
}
