import type { Outline, OutlineSection } from '../types';
import type { Lang } from '../../rules/types';
import { t } from './messages';
import { figureValue, sectionLabel } from './rows';

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(value: string | number | undefined): string {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: Array<Array<string | number | undefined>>): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Headings for each part; the section tree as a nested list; goals, achievements and projects as tables. */
export function formatOutlineMarkdown(outline: Outline, file: string, lang: Lang): string {
  const out = [`# ${t(lang, 'outlineTitle', file)}`, '', `## ${t(lang, 'outlineSections')}`, ''];
  const visit = (sections: readonly OutlineSection[], depth: number) => {
    for (const s of sections) {
      out.push(`${'  '.repeat(depth)}- ${sectionLabel(s)}${t(lang, 'lineRef', s.range.startLine + 1)}`);
      visit(s.children, depth + 1);
    }
  };
  visit(outline.sections, 0);
  if (outline.sections.length === 0) out.push(t(lang, 'outlineNone'));

  const statementParts = [
    ['outlineGoals', outline.goals],
    ['outlineAchievements', outline.achievements],
  ] as const;
  for (const [title, list] of statementParts) {
    out.push('', `## ${t(lang, 'counted', t(lang, title), list.length)}`, '');
    if (list.length === 0) out.push(t(lang, 'outlineNone'));
    else
      out.push(
        ...table(
          [t(lang, 'columnSection'), t(lang, 'columnIndicator'), t(lang, 'columnValue'), t(lang, 'columnText'), t(lang, 'columnLine')],
          list.map((s) => [s.section, s.indicator, figureValue(s), s.text, s.range.startLine + 1]),
        ),
      );
  }

  out.push('', `## ${t(lang, 'counted', t(lang, 'outlineProjects'), outline.projects.length)}`, '');
  if (outline.projects.length === 0) out.push(t(lang, 'outlineNone'));
  else
    out.push(
      ...table(
        [t(lang, 'columnProject'), t(lang, 'columnInvestment'), t(lang, 'columnStatus'), t(lang, 'columnSection'), t(lang, 'columnLine')],
        outline.projects.map((p) => [p.name, p.investment, p.status, p.section, p.range.startLine + 1]),
      ),
    );
  return `${out.join('\n')}\n`;
}
