// The review sheet as Markdown, for pasting into a 审核意见.

import { ruleTitle } from '../../rules';
import { column, t, type Column } from '../messages';
import type { ReviewSheet } from '../sheet';
import { comma, escapeMd, labelled, mdTable, paren, snippetMd, textTable } from './markdown';

export function renderSheetMarkdown(sheet: ReviewSheet): string {
  const { lang, counts } = sheet;
  const c = (...ids: Column[]) => ids.map((id) => column(lang, id));
  const none = t(lang, 'none');
  const out: string[] = [`# ${escapeMd(t(lang, 'sheetTitle', sheet.title))}`, ''];
  out.push(
    `- ${labelled(lang, t(lang, 'file'), escapeMd(sheet.file))}`,
    `- ${labelled(lang, t(lang, 'date'), sheet.date)}`,
    `- ${labelled(lang, t(lang, 'words'), String(sheet.wordCount))}`,
    `- ${labelled(lang, t(lang, 'status'), `**${t(lang, 'statusLine', counts.placeholders, counts.consistency, counts.other)}**`)}`,
  );

  out.push('', `## ${t(lang, 'sections')}`, '');
  if (sheet.sections.length === 0) out.push(none);
  for (const s of sheet.sections) {
    const parts = [t(lang, 'lineRef', s.line)];
    if (s.placeholders) parts.push(t(lang, 'placeholderCount', s.placeholders));
    out.push(`${'  '.repeat(s.depth)}- ${escapeMd(s.label)}${paren(lang, comma(lang, ...parts))}`);
  }

  out.push('', `## ${t(lang, 'counted', t(lang, 'placeholders'), counts.placeholders)}`, '');
  if (sheet.placeholders.length === 0) out.push(none);
  for (const g of sheet.placeholders) {
    out.push(`### ${escapeMd(t(lang, 'counted', g.section || t(lang, 'beforeStart'), g.items.length))}`, '');
    out.push(...mdTable(c('line', 'placeholder', 'context'), g.items.map((p) => [String(p.line), escapeMd(p.text), snippetMd(p.context)])), '');
  }

  out.push('', `## ${t(lang, 'counted', t(lang, 'consistency'), counts.consistency)}`, '');
  if (sheet.consistency.length === 0) out.push(none);
  else
    out.push(
      ...mdTable(
        c('line', 'rule', 'message', 'context'),
        sheet.consistency.map((f) => [String(f.line), escapeMd(ruleTitle(f.rule, lang)), escapeMd(f.message), snippetMd(f.context)]),
      ),
    );

  out.push('', `## ${t(lang, 'counted', t(lang, 'otherFindings'), counts.other)}`, '');
  if (sheet.findings.length === 0) out.push(none);
  for (const g of sheet.findings) {
    out.push(`### ${escapeMd(g.title)}${paren(lang, comma(lang, `\`${g.rule}\``, String(g.items.length)))}`, '');
    out.push(...mdTable(c('line', 'message', 'context'), g.items.map((f) => [String(f.line), escapeMd(f.message), snippetMd(f.context)])), '');
  }

  out.push('', `## ${t(lang, 'counted', t(lang, 'goals'), sheet.goals.length)}`, '');
  if (sheet.goals.length === 0) out.push(none);
  else
    out.push(
      ...textTable(
        c('indicator', 'value', 'comparator', 'section', 'line'),
        sheet.goals.map((g) => [g.indicator, g.value, g.comparator, g.section, g.line]),
      ),
    );

  out.push('', `## ${t(lang, 'counted', t(lang, 'projects'), sheet.projects.length)}`, '');
  if (sheet.projects.length === 0) out.push(none);
  else
    out.push(
      ...textTable(
        c('project', 'investment', 'state', 'section', 'line'),
        sheet.projects.map((p) => [p.name, p.investment, p.status, p.section, p.line]),
      ),
    );
  return `${out.join('\n')}\n`;
}
