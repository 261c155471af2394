import type { Outline, OutlineSection } from '../types';

export type RowKind = 'section' | 'goal' | 'achievement' | 'project';

/** One flat row per outline item: the common shape of the CSV and JSON outline exports. */
export interface OutlineRow {
  kind: RowKind;
  /** Title path of the enclosing section, e.g. `四、2022年工作安排 / （一）坚持项目为王`. */
  section: string;
  item: string;
  amount: string;
  status: string;
  /** 1-based. */
  line: number;
  /** Goals and achievements: what is measured, the value as written, its unit and bound word. */
  indicator: string;
  value: string;
  unit: string;
  comparator: string;
}

export const SECTION_SEPARATOR = ' / ';

export function sectionLabel(s: OutlineSection): string {
  return `${s.marker}${s.title}`;
}

const NO_FIGURE = { indicator: '', value: '', unit: '', comparator: '' };

/** Sections (depth first), then goals, achievements and projects, each in document order. */
export function outlineRows(outline: Outline): OutlineRow[] {
  const rows: OutlineRow[] = [];
  const visit = (sections: readonly OutlineSection[], parents: string[]) => {
    for (const s of sections) {
      const item = sectionLabel(s);
      rows.push({ kind: 'section', section: parents.join(SECTION_SEPARATOR), item, amount: '', status: '', line: s.range.startLine + 1, ...NO_FIGURE });
      visit(s.children, [...parents, item]);
    }
  };
  visit(outline.sections, []);
  for (const [kind, list] of [['goal', outline.goals], ['achievement', outline.achievements]] as const) {
    for (const g of list) {
      rows.push({
        kind,
        section: g.section,
        item: g.text,
        amount: '',
        status: '',
        line: g.range.startLine + 1,
        indicator: g.indicator,
        value: g.value,
        unit: g.unit,
        comparator: g.comparator ?? '',
      });
    }
  }
  for (const p of outline.projects) {
    rows.push({
      kind: 'project',
      section: p.section,
      item: p.name,
      amount: p.investment ?? '',
      status: p.status ?? '',
      line: p.range.startLine + 1,
      ...NO_FIGURE,
    });
  }
  return rows;
}
