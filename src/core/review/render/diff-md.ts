// The draft comparison as Markdown: the deltas as tables, then each edited paragraph with its changes marked.

import type { Lang } from '../../rules/types';
import type { DraftComparison, TextPart } from '../diff';
import { column, t, type Column } from '../messages';
import { comma, escapeMd, labelled, textTable } from './markdown';

/** Unchanged text kept on each side of a change; the rest of a long unchanged run is shown as `…`. */
const KEEP = 30;

/** The parts with long unchanged runs shortened around the changes (for display; the data keeps them whole). */
export function elide(parts: readonly TextPart[]): TextPart[] {
  return parts.map((p, i) => {
    if (p.op !== 'equal' || parts.length === 1) return p;
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = (first || last ? 1 : 2) * KEEP;
    if (p.text.length <= keep + 1) return p;
    const head = first ? '' : p.text.slice(0, KEEP);
    const tail = last ? '' : p.text.slice(-KEEP);
    return { op: 'equal', text: `${head}…${tail}` };
  });
}

/** Inserted runs as `**+…**`, deleted runs as `~~…~~` (character runs, as Chinese has no word spaces). */
export function partsMd(parts: readonly TextPart[]): string {
  return elide(parts)
    .map((p) => {
      const text = escapeMd(p.text);
      if (p.op === 'equal' || !p.text.trim()) return text;
      return p.op === 'added' ? `**${text}**` : `~~${text}~~`;
    })
    .join('');
}

export function renderDiffMarkdown(d: DraftComparison, lang: Lang): string {
  const c = (...ids: Column[]) => ids.map((id) => column(lang, id));
  const out: string[] = [`# ${t(lang, 'diffTitle')}`, ''];
  out.push(
    `- ${labelled(lang, t(lang, 'old'), escapeMd(d.old.file))}`,
    `- ${labelled(lang, t(lang, 'new'), escapeMd(d.new.file))}`,
    `- ${labelled(lang, t(lang, 'status'), `**${statusLine(d, lang)}**`)}`,
  );
  const block = (title: string, n: number, header: string[], rows: Array<Array<string | number>>) => {
    if (n === 0) return;
    out.push('', `## ${t(lang, 'counted', title, n)}`, '', ...textTable(header, rows));
  };
  const p = d.placeholders;
  block(t(lang, 'filled'), p.filled.length, c('placeholder', 'filledWith', 'oldLine', 'newLine', 'section'), p.filled.map((f) => [f.placeholder, f.text, f.oldLine, f.newLine, f.section]));
  block(t(lang, 'addedPlaceholders'), p.added.length, c('placeholder', 'newLine', 'section'), p.added.map((f) => [f.placeholder, f.line, f.section]));
  block(t(lang, 'removedPlaceholders'), p.removed.length, c('placeholder', 'oldLine', 'section'), p.removed.map((f) => [f.placeholder, f.line, f.section]));
  const f = d.figures;
  block(t(lang, 'figuresChanged'), f.changed.length, c('indicator', 'oldValue', 'newValue', 'oldLine', 'newLine', 'section'), f.changed.map((x) => [x.indicator, x.oldValue, x.newValue, x.oldLine, x.newLine, x.section]));
  block(t(lang, 'figuresAdded'), f.added.length, c('indicator', 'value', 'newLine', 'section'), f.added.map((x) => [x.indicator, x.value, x.line, x.section]));
  block(t(lang, 'figuresRemoved'), f.removed.length, c('indicator', 'value', 'oldLine', 'section'), f.removed.map((x) => [x.indicator, x.value, x.line, x.section]));
  const s = d.sections;
  block(t(lang, 'sectionsRenamed'), s.renamed.length, c('oldTitle', 'newTitle', 'oldLine', 'newLine'), s.renamed.map((x) => [x.oldTitle, x.newTitle, x.oldLine, x.newLine]));
  block(t(lang, 'sectionsAdded'), s.added.length, c('section', 'newLine'), s.added.map((x) => [x.title, x.line]));
  block(t(lang, 'sectionsRemoved'), s.removed.length, c('section', 'oldLine'), s.removed.map((x) => [x.title, x.line]));
  const pr = d.projects;
  block(t(lang, 'projectsAdded'), pr.added.length, c('project', 'investment', 'state', 'newLine', 'section'), pr.added.map((x) => [x.name, x.investment, x.status, x.line, x.section]));
  block(t(lang, 'projectsRemoved'), pr.removed.length, c('project', 'investment', 'state', 'oldLine', 'section'), pr.removed.map((x) => [x.name, x.investment, x.status, x.line, x.section]));
  block(
    t(lang, 'projectsChanged'),
    pr.changed.length,
    c('project', 'change', 'oldLine', 'newLine'),
    pr.changed.map((x) => [x.name, projectChange(x), x.oldLine, x.newLine]),
  );

  out.push('', `## ${t(lang, 'counted', t(lang, 'textChanges'), d.paragraphs.length)}`, '');
  if (d.paragraphs.length === 0) out.push(t(lang, 'none'));
  for (const para of d.paragraphs) {
    const where = comma(lang, ...[para.section, para.oldLine && `${t(lang, 'old')} ${t(lang, 'lineRef', para.oldLine)}`, para.newLine && `${t(lang, 'new')} ${t(lang, 'lineRef', para.newLine)}`].filter((x): x is string => !!x));
    const kind = para.kind === 'added' ? 'paragraphAdded' : para.kind === 'removed' ? 'paragraphRemoved' : 'paragraphChanged';
    out.push(`- *${escapeMd(t(lang, kind))}*${lang === 'en' ? ' — ' : '——'}${escapeMd(where)}`, '', `  > ${partsMd(para.parts)}`, '');
  }
  return `${out.join('\n')}\n`;
}

export function statusLine(d: DraftComparison, lang: Lang): string {
  const figures = d.figures.changed.length + d.figures.added.length + d.figures.removed.length;
  const sections = d.sections.added.length + d.sections.removed.length + d.sections.renamed.length;
  const projects = d.projects.added.length + d.projects.removed.length + d.projects.changed.length;
  return t(lang, 'diffStatus', d.placeholders.filled.length, d.placeholders.remaining, figures, sections, projects);
}

/** `投资 X → Y；状态 A → B`. */
export function projectChange(x: DraftComparison['projects']['changed'][number]): string {
  const parts: string[] = [];
  if (x.oldInvestment !== x.newInvestment) parts.push(`${x.oldInvestment || '—'} → ${x.newInvestment || '—'}`);
  if (x.oldStatus !== x.newStatus) parts.push(`${x.oldStatus || '—'} → ${x.newStatus || '—'}`);
  return parts.join('; ');
}
