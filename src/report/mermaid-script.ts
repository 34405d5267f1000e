import { readFileSync } from 'node:fs'

let script: string | undefined

/**
 * Mermaid's browser build, to inline in an HTML page that draws diagrams: the page stays one file that opens offline.
 * The build is read once per process; "</script" cannot occur in it, but is escaped anyway. State diagrams get more
 * room between states than Mermaid's default, which lays transition labels over each other.
 */
export function mermaidScript(): string {
  script ??= readFileSync(require.resolve('@mermaid-js/tiny/dist/mermaid.tiny.js'), 'utf8').replaceAll(
    '</script',
    '<\\/script',
  )
  return `<script>${script}</script><script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict', theme: 'neutral', state: { nodeSpacing: 120, rankSpacing: 100 } })</script>`
}
