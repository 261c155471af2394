// The one place the review reads figures and projects from today's model (outline statements and the
// parser's quantities). When src/core/figures lands, only this file changes.

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

const LEADING = /^(?:力争|确保|争取)/;
const BEFORE_VALUE = /(?:不低于|不少于|不超过|稳定在|控制在|达到|突破|超过|增至)$/;
const AFTER_VALUE = /^(?:以上|左右|以内|以下)/;
/** Verbs and particles that say nothing about the indicator. */
const FILLER_END = /(?:完成|实现|为|到|的|共|累计)$/;
/** A change with no subject of its own (`…XXX亿元，增长XX%`) continues the figure before it. */
const CHANGE_ONLY = /^(?:同比|比上年|较上年)?(?:分别)?(?:增长|下降|提高|降低|减少|增加)$/;
const SEPARATORS = /^[、，,\s]+|[、，,\s]+$/g;

function clean(s: string): string {
  return s.replace(SEPARATORS, '');
}

/** The text before the value names the indicator; else the text after it, else the figure before it. */
function indicatorOf(before: string, after: string, previous: string): string {
  if (before && previous && CHANGE_ONLY.test(before)) return previous + before;
  if (before.length >= 2) return before;
  const next = /^[、，,；;]/.test(after) ? '' : clean(after);
  return next || previous || before;
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
  return { figures: figuresOf(doc, [...outline.goals, ...outline.achievements]), projects };
}

/**
 * Goals and achievements split into one figure per quantity: the indicator is the text before the
 * value (or, when that is empty, after it), the comparator the words around the value.
 */
function figuresOf(doc: ReportDocument, statements: OutlineStatement[]): ReviewFigure[] {
  const quantities = doc.quantities;
  const placeholders = doc.placeholders;
  const figures: ReviewFigure[] = [];
  let q = 0;
  let p = 0;
  statements.sort((a, b) => a.range.start - b.range.start);
  for (const s of statements) {
    while (q < quantities.length && quantities[q]!.range.start < s.range.start) q++;
    const inside: number[] = [];
    for (let i = q; i < quantities.length && quantities[i]!.range.end <= s.range.end; i++) inside.push(i);
    let from = s.range.start;
    let previous = '';
    inside.forEach((index, k) => {
      const quantity = quantities[index]!;
      const nextStart = k + 1 < inside.length ? quantities[inside[k + 1]!]!.range.start : s.range.end;
      let before = clean(doc.text.slice(from, quantity.range.start));
      let after = doc.text.slice(quantity.range.end, nextStart);
      const comparators: string[] = [];
      const lead = LEADING.exec(before)?.[0];
      if (lead) {
        comparators.push(lead);
        before = before.slice(lead.length);
      }
      const pre = BEFORE_VALUE.exec(before)?.[0];
      if (pre) {
        comparators.push(pre);
        before = before.slice(0, -pre.length);
      }
      before = before.replace(FILLER_END, '');
      const post = AFTER_VALUE.exec(after)?.[0];
      if (post) {
        comparators.push(post);
        after = after.slice(post.length);
      }
      while (p < placeholders.length && placeholders[p]!.range.end <= quantity.range.start) p++;
      const indicator = indicatorOf(before, after, previous);
      previous = indicator;
      figures.push({
        kind: s.kind,
        indicator,
        value: quantity.text,
        comparator: comparators.join('…'),
        section: s.section,
        range: quantity.range,
        placeholder: p < placeholders.length && placeholders[p]!.range.start < quantity.range.end,
      });
      from = quantity.range.end + (post?.length ?? 0);
    });
  }
  return figures;
}

/** Whether a short text (an investment as written) holds a placeholder. */
export function holdsPlaceholder(text: string, settings: PlaceholderSettings | undefined): boolean {
  return text.search(placeholderRegex(settings).regex) !== -1;
}
