import type { ReportDocument, Section } from '../model';
import { clausesOf } from './clauses';
import { periodOf, sectionPath } from './periods';
import { projectsIn } from './projects';
import type { Outline, OutlineSection, OutlineStatement } from './types';

export type { Outline, OutlineProject, OutlineSection, OutlineStatement } from './types';

/** A clause that only continues the previous figure (`全市生产总值XXX亿元，增长XX%`). */
const CONTINUATION = /^(?:同比|比上年|较上年)?(?:增长|下降|提高|降低|减少|增加|占|分别)/;

function outlineSection(s: Section): OutlineSection {
  const h = s.heading;
  return {
    marker: h.kind === 'numbered' ? h.marker.text : '',
    title: h.title.text,
    range: s.range,
    children: s.children.map(outlineSection),
  };
}

/**
 * Sections, goals (quantified statements in the plan part), achievements (the same in the review
 * part) and projects (named, with investment and status), all read from the parsed model.
 */
export function extractOutline(doc: ReportDocument): Outline {
  const goals: OutlineStatement[] = [];
  const achievements: OutlineStatement[] = [];
  const projects: Outline['projects'] = [];
  const quantityStarts = doc.quantities.map((q) => q.range.start);
  let q = 0;

  for (const paragraph of doc.paragraphs) {
    const from = paragraph.heading?.body?.range.start ?? (paragraph.heading ? paragraph.range.end : paragraph.range.start);
    const text = doc.checkable.slice(from, paragraph.range.end);
    const period = periodOf(paragraph.section);
    const section = sectionPath(paragraph.section);
    let previous: OutlineStatement | undefined;
    for (const clause of clausesOf(text, from)) {
      const found = projectsIn(clause);
      for (const p of found) {
        projects.push({ ...p, section, range: doc.lines.range(p.start, p.end) });
      }
      while (q < quantityStarts.length && quantityStarts[q]! < clause.start) q++;
      const quantified = q < quantityStarts.length && quantityStarts[q]! < clause.end;
      if (!quantified || found.length > 0 || !period) {
        previous = undefined;
        continue;
      }
      if (previous && CONTINUATION.test(clause.text)) {
        previous.range = doc.lines.range(previous.range.start, clause.end);
        previous.text = doc.text.slice(previous.range.start, clause.end);
        continue;
      }
      const statement: OutlineStatement = {
        kind: period === 'plan' ? 'goal' : 'achievement',
        text: doc.text.slice(clause.start, clause.end),
        section,
        range: doc.lines.range(clause.start, clause.end),
      };
      (period === 'plan' ? goals : achievements).push(statement);
      previous = statement;
    }
  }
  for (const p of projects) p.name = doc.text.slice(p.range.start, p.range.end);
  return { sections: doc.sections.map(outlineSection), goals, achievements, projects };
}
