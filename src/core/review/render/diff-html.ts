// The draft comparison as one self-contained HTML file (see page.ts).

import type { Lang } from '../../rules/types';
import type { DraftComparison, TextPart } from '../diff';
import { column, t, type Column } from '../messages';
import { elide, projectChange, statusLine } from './diff-md';
import { escapeHtml, htmlPage, htmlTable, lineCell, part } from './page';

/** Inserted character runs in `<ins>`, deleted ones in `<del>`; long unchanged runs shortened. */
export function partsHtml(parts: readonly TextPart[]): string {
  return elide(parts).map((p) => (p.op === 'equal' ? escapeHtml(p.text) : `<${p.op === 'added' ? 'ins' : 'del'}>${escapeHtml(p.text)}</${p.op === 'added' ? 'ins' : 'del'}>`)).join('');
}

type Cell = string | number | { line: number; side: 'old' | 'new' };

export function renderDiffHtml(d: DraftComparison, lang: Lang): string {
  const c = (...ids: Column[]) => ids.map((id) => column(lang, id));
  const cell = (v: Cell) => (typeof v === 'object' ? lineCell(v.line, v.side) : escapeHtml(v));
  const blocks: string[] = [];
  const block = (title: string, header: string[], rows: Cell[][]) => {
    if (rows.length) blocks.push(`<h3>${escapeHtml(t(lang, 'counted', title, rows.length))}</h3>\n${htmlTable(header, rows.map((r) => r.map(cell)))}`);
  };
  const o = (line: number) => ({ line, side: 'old' as const });
  const n = (line: number) => ({ line, side: 'new' as const });
  const { placeholders: p, figures: f, sections: s, projects: pr } = d;
  block(t(lang, 'filled'), c('placeholder', 'filledWith', 'oldLine', 'newLine', 'section'), p.filled.map((x) => [x.placeholder, x.text, o(x.oldLine), n(x.newLine), x.section]));
  block(t(lang, 'addedPlaceholders'), c('placeholder', 'newLine', 'section'), p.added.map((x) => [x.placeholder, n(x.line), x.section]));
  block(t(lang, 'removedPlaceholders'), c('placeholder', 'oldLine', 'section'), p.removed.map((x) => [x.placeholder, o(x.line), x.section]));
  block(t(lang, 'figuresChanged'), c('indicator', 'oldValue', 'newValue', 'oldLine', 'newLine', 'section'), f.changed.map((x) => [x.indicator, x.oldValue, x.newValue, o(x.oldLine), n(x.newLine), x.section]));
  block(t(lang, 'figuresAdded'), c('indicator', 'value', 'newLine', 'section'), f.added.map((x) => [x.indicator, x.value, n(x.line), x.section]));
  block(t(lang, 'figuresRemoved'), c('indicator', 'value', 'oldLine', 'section'), f.removed.map((x) => [x.indicator, x.value, o(x.line), x.section]));
  block(t(lang, 'sectionsRenamed'), c('oldTitle', 'newTitle', 'oldLine', 'newLine'), s.renamed.map((x) => [x.oldTitle, x.newTitle, o(x.oldLine), n(x.newLine)]));
  block(t(lang, 'sectionsAdded'), c('section', 'newLine'), s.added.map((x) => [x.title, n(x.line)]));
  block(t(lang, 'sectionsRemoved'), c('section', 'oldLine'), s.removed.map((x) => [x.title, o(x.line)]));
  block(t(lang, 'projectsAdded'), c('project', 'investment', 'state', 'newLine', 'section'), pr.added.map((x) => [x.name, x.investment, x.status, n(x.line), x.section]));
  block(t(lang, 'projectsRemoved'), c('project', 'investment', 'state', 'oldLine', 'section'), pr.removed.map((x) => [x.name, x.investment, x.status, o(x.line), x.section]));
  block(t(lang, 'projectsChanged'), c('project', 'change', 'oldLine', 'newLine'), pr.changed.map((x) => [x.name, projectChange(x), o(x.oldLine), n(x.newLine)]));

  const paragraphs = d.paragraphs.map((para) => {
    const kind = para.kind === 'added' ? 'paragraphAdded' : para.kind === 'removed' ? 'paragraphRemoved' : 'paragraphChanged';
    const lines = [
      para.oldLine ? `${escapeHtml(t(lang, 'old'))} ${lineCell(para.oldLine, 'old')}` : '',
      para.newLine ? `${escapeHtml(t(lang, 'new'))} ${lineCell(para.newLine, 'new')}` : '',
    ].filter(Boolean);
    return `<div class="para"><div class="where">${escapeHtml(t(lang, kind))} · ${escapeHtml(para.section)} · ${lines.join(' · ')}</div>\n<p>${partsHtml(para.parts)}</p></div>`;
  });

  const title = t(lang, 'diffTitle');
  const header = `<header>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
<dt>${escapeHtml(t(lang, 'old'))}</dt><dd>${escapeHtml(d.old.file)}</dd>
<dt>${escapeHtml(t(lang, 'new'))}</dt><dd>${escapeHtml(d.new.file)}</dd>
<dt>${escapeHtml(t(lang, 'status'))}</dt><dd class="status">${escapeHtml(statusLine(d, lang))}</dd>
</dl>
</header>`;
  const none = `<p class="none">${escapeHtml(t(lang, 'none'))}</p>`;
  return htmlPage(
    lang,
    title,
    [header, `<section id="changes">${blocks.join('\n') || none}</section>`, part(t(lang, 'counted', t(lang, 'textChanges'), d.paragraphs.length), paragraphs.join('\n') || none, 'text')].join('\n'),
  );
}
