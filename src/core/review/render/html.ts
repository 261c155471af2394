// The review sheet as one self-contained HTML file (see page.ts).

import { ruleTitle } from '../../rules';
import { column, t, type Column } from '../messages';
import type { ReviewSheet } from '../sheet';
import { escapeHtml, htmlPage, htmlTable, lineCell, part, snippetHtml } from './page';

export function renderSheetHtml(sheet: ReviewSheet): string {
  const { lang, counts } = sheet;
  const c = (...ids: Column[]) => ids.map((id) => column(lang, id));
  const none = `<p class="none">${escapeHtml(t(lang, 'none'))}</p>`;
  const title = t(lang, 'sheetTitle', sheet.title);
  const parts: string[] = [];

  parts.push(`<header>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
<dt>${escapeHtml(t(lang, 'file'))}</dt><dd>${escapeHtml(sheet.file)}</dd>
<dt>${escapeHtml(t(lang, 'date'))}</dt><dd>${escapeHtml(sheet.date)}</dd>
<dt>${escapeHtml(t(lang, 'words'))}</dt><dd>${sheet.wordCount}</dd>
<dt>${escapeHtml(t(lang, 'status'))}</dt><dd class="status">${escapeHtml(t(lang, 'statusLine', counts.placeholders, counts.consistency, counts.other))}</dd>
</dl>
</header>`);

  parts.push(`<section id="sections"><h2>${escapeHtml(t(lang, 'sections'))}</h2>\n${sectionTree(sheet)}</section>`);

  const groups = sheet.placeholders.map((g) => {
    const rows = g.items.map((p) => [lineCell(p.line), escapeHtml(p.text), snippetHtml(p.context)]);
    return `<h3>${escapeHtml(g.section || t(lang, 'beforeStart'))} <span class="badge">${g.items.length}</span></h3>\n${htmlTable(c('line', 'placeholder', 'context'), rows)}`;
  });
  parts.push(part(t(lang, 'counted', t(lang, 'placeholders'), counts.placeholders), groups.join('\n') || none, 'placeholders'));

  const consistencyRows = sheet.consistency.map((f) => [lineCell(f.line), escapeHtml(ruleTitle(f.rule, lang)), escapeHtml(f.message), snippetHtml(f.context)]);
  const findingGroups = sheet.findings.map((g) => {
    const rows = g.items.map((f) => [lineCell(f.line), escapeHtml(f.message), snippetHtml(f.context)]);
    return `<h3>${escapeHtml(g.title)} <code>${escapeHtml(g.rule)}</code> <span class="badge">${g.items.length}</span></h3>\n${htmlTable(c('line', 'message', 'context'), rows)}`;
  });
  parts.push(
    part(
      t(lang, 'counted', t(lang, 'consistency'), counts.consistency),
      consistencyRows.length ? htmlTable(c('line', 'rule', 'message', 'context'), consistencyRows) : none,
      'consistency',
    ) +
      '\n' +
      `<section id="findings"><h2>${escapeHtml(t(lang, 'counted', t(lang, 'otherFindings'), counts.other))}</h2>\n${findingGroups.join('\n') || none}</section>`,
  );

  const goalRows = sheet.goals.map((g) => [escapeHtml(g.indicator), escapeHtml(g.value), escapeHtml(g.comparator), escapeHtml(g.section), lineCell(g.line)]);
  const projectRows = sheet.projects.map((p) => [escapeHtml(p.name), escapeHtml(p.investment), escapeHtml(p.status), escapeHtml(p.section), lineCell(p.line)]);
  parts.push(
    part(
      t(lang, 'counted', t(lang, 'goals'), sheet.goals.length),
      goalRows.length ? htmlTable(c('indicator', 'value', 'comparator', 'section', 'line'), goalRows) : none,
      'goals',
    ) +
      '\n' +
      `<section id="projects"><h2>${escapeHtml(t(lang, 'counted', t(lang, 'projects'), sheet.projects.length))}</h2>\n${
        projectRows.length ? htmlTable(c('project', 'investment', 'state', 'section', 'line'), projectRows) : none
      }</section>`,
  );
  return htmlPage(lang, title, parts.join('\n'));
}

/** Sections as a nested list, each with its line and its own placeholder count. */
function sectionTree(sheet: ReviewSheet): string {
  if (sheet.sections.length === 0) return `<p class="none">${escapeHtml(t(sheet.lang, 'none'))}</p>`;
  const out: string[] = ['<ul class="tree">'];
  let depth = 0;
  sheet.sections.forEach((s, i) => {
    if (i > 0) {
      if (s.depth > depth) out.push('<ul class="tree">');
      else out.push('</li>', ...Array<string>(depth - s.depth).fill('</ul></li>'));
    }
    depth = s.depth;
    const badge = s.placeholders ? ` <span class="badge">${s.placeholders}</span>` : '';
    out.push(`<li>${escapeHtml(s.label)} ${lineCell(s.line)}${badge}`);
  });
  out.push('</li>', ...Array<string>(depth).fill('</ul></li>'), '</ul>');
  return out.join('');
}
