import type { Outline, OutlineSection, OutlineStatement } from '../types';

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

const PREFIX_BOUND = /^(?:不低于|不少于|不超过|不高于|超过|高于|低于|突破|约|近|力争)$/;

/** `1100万人以上`, `超过1000万人`, `力争10家`: the value with its bound word where a reader puts it. */
export function figureValue(s: Pick<OutlineStatement, 'value' | 'unit' | 'comparator'>): string {
  const bound = s.comparator ?? '';
  return PREFIX_BOUND.test(bound) ? `${bound}${s.value}${s.unit}` : `${s.value}${s.unit}${bound}`;
}

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
