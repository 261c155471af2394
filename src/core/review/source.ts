// The one place the review reads figures and projects: the outline (goals and achievements from the
// figure model in src/core/figures, projects from the text).

import type { Range, ReportDocument } from '../model';
import { extractOutline, type OutlineStatement } from '../outline';
import { placeholderRegex } from '../parse/placeholders';
import type { PlaceholderSettings } from '../settings';

/** One indicator with one value, as the review tables and the comparison use it. */
export interface ReviewFigure {
  kind: 'goal' | 'achievement';
  /** What is measured, e.g. `新增高新技术企业`. */
  indicator: string;
  /** Amount and unit as written, e.g. `10家`, `XX%`. */
  value: string;
  /** 力争, 以上, 左右, 稳定在…以上; empty when none. */
  comparator: string;
  /** Title path of the enclosing section. */
  section: string;
  /** The value's range. */
  range: Range;
  /** The value is (or holds) an unfilled placeholder. */
  placeholder: boolean;
}

export interface ReviewProject {
  name: string;
  investment: string;
  status: string;
  section: string;
  range: Range;
}

export interface ReviewData {
  /** Goals (plan part) and achievements (review part), in document order. */
  figures: ReviewFigure[];
  projects: ReviewProject[];
}

export function reviewData(doc: ReportDocument): ReviewData {
  const outline = extractOutline(doc);
  const projects = outline.projects.map((p) => ({
    name: p.name,
    investment: p.investment ?? '',
    status: p.status ?? '',
    section: p.section,
    range: p.range,
  }));
  return { figures: figuresOf([...outline.goals, ...outline.achievements]), projects };
}

/** The outline's goals and achievements (the figure model: one per indicator), as the review shows them. */
function figuresOf(statements: OutlineStatement[]): ReviewFigure[] {
  return statements
    .map((s) => ({
      kind: s.kind,
      indicator: s.indicator,
      value: `${s.value}${s.unit}`,
      comparator: s.comparator ?? '',
      section: s.section,
      range: s.valueRange,
      placeholder: s.unfilled,
    }))
    .sort((a, b) => a.range.start - b.range.start);
}

/** Whether a short text (an investment as written) holds a placeholder. */
export function holdsPlaceholder(text: string, settings: PlaceholderSettings | undefined): boolean {
  return text.search(placeholderRegex(settings).regex) !== -1;
}

/** A pattern for a name with placeholders (`XX大道棚改`) that the same name with them filled matches. */
export function filledNamePattern(name: string, settings: PlaceholderSettings | undefined): RegExp | undefined {
  const { regex } = placeholderRegex(settings);
  const parts: string[] = [];
  let last = 0;
  for (const m of name.matchAll(new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`))) {
    parts.push(name.slice(last, m.index));
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return undefined;
  parts.push(name.slice(last));
  return new RegExp(`^${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);
}
