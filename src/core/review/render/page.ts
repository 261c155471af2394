// The HTML page shared by the review sheet and the comparison: one self-contained file with inline CSS,
// no scripts and nothing loaded from the network, laid out for reading in Chinese and printing on A4.

import type { Lang } from '../../rules/types';
import type { Snippet } from '../text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** A 1-based line number the editor's webview can turn into a jump (`data-line`); plain text elsewhere. */
export function lineCell(line: number, side?: 'old' | 'new'): string {
  const sideAttr = side ? ` data-side="${side}"` : '';
  return `<span class="line" data-line="${line}"${sideAttr}>${line}</span>`;
}

export function snippetHtml(s: Snippet): string {
  return `${escapeHtml(s.before)}<mark>${escapeHtml(s.match)}</mark>${escapeHtml(s.after)}`;
}

/** A table whose cells are already HTML (escape plain text with escapeHtml first). */
export function htmlTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>, className = ''): string {
  const head = `<thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((r) => `<tr>${r.map((cellHtml) => `<td>${cellHtml}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** A part of the document: printed from a new page. */
export function part(title: string, body: string, id: string): string {
  return `<section class="part" id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --rule: #d0d7de; --mark: #fff3b0; --add: #d8f5dd; --del: #fde2e1; --head: #f3f5f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "STSong", serif;
  font-size: 15px; line-height: 1.75; text-align: justify; text-justify: inter-ideograph;
  overflow-wrap: anywhere; line-break: strict; font-kerning: normal;
}
h1, h2, h3, th, .meta dt, .line, .badge {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Heiti SC", sans-serif;
}
h1 { font-size: 1.6rem; line-height: 1.4; margin: 0 0 1rem; text-align: left; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.status { font-weight: 700; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; line-height: 1.6; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; white-space: nowrap; }
td:first-child { white-space: nowrap; }
.line { color: var(--muted); font-variant-numeric: tabular-nums; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
ins { background: var(--add); text-decoration: none; }
del { background: var(--del); text-decoration: line-through; }
ul.tree { padding-left: 1.25rem; margin: .25rem 0; }
ul.tree li { margin: .1rem 0; }
.none { color: var(--muted); }
.badge { display: inline-block; min-width: 1.6em; padding: 0 .4em; border-radius: 1em; background: var(--head); color: var(--muted); font-size: .8rem; text-align: center; }
.para { border-left: 3px solid var(--rule); padding: .25rem .75rem; margin: .5rem 0 1rem; }
.para .where { color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 20mm 18mm 20mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .part { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .para { break-inside: avoid; }
  mark, ins, del, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The whole document: no script, no external resource of any kind. */
export function htmlPage(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
