// Which rows of the team's official tables a figure of the text may be compared with: the indicator after
// normalisation (or an alias), the scope, the period and the kind of measure (a level or a change).

import { splitUnit, type OfficialFigure } from '../config/officialRow';
import type { Figure } from '../figures';
import type { ReportDocument } from '../model';
import { reportYear } from '../report-year';
import { isSentenceEnd, runBefore } from '../text';

/** Scope and time words that open an indicator without changing what it measures. */
const LEADING_WORDS = /^(?:全省|全市|全县|全区|全旗|全州|全盟|全镇|全乡|全国|全年|今年|去年|上年|当年|本年|年内|本省|本市|本县|本区|我省|我市|我县|我区)+/;
/** The base of a comparison the extractor leaves on an indicator: `社会消费品零售总额比2017年` (增长…). */
const COMPARED_WITH = /(?:比|较|相比|同比)(?:\d{4}年|上年|去年|上一年)?(?:同期)?$/;
/** A row named as a change: `地区生产总值增长`, `居民消费价格涨幅`. */
const CHANGE_NAME = /(?:增长|增速|增幅|增长率|涨幅|上涨|提高|提升|下降|降幅|降低|减少)$/;
const DECREASE_NAME = /(?:下降|降幅|降低|减少)$/;
/** A rate or share: a % of it is a level, not a growth (`城镇化率`, `研发投入强度`, `民生支出占比`). */
const RATE_NAME = /(?:率|比重|比例|占比|之比|系数|指数|强度|水平|程度|份额)$|占[^占]+$/;
/** Verbs that state a change by an amount rather than a level reached. */
const DELTA_VERBS = new Set(['增长', '增加', '提高', '提升', '上升', '下降', '降低', '减少', '扩大', '压减', '压降']);
const DECREASE_VERBS = new Set(['下降', '降低', '减少', '压减', '压降']);

export type Measure = 'level' | 'change';

/** A figure's context: the sentence up to its value (scope words, months, 累计 …), at most this long. */
const MAX_CONTEXT = 300;

/** The sentence before the figure's value. */
export function contextOf(doc: ReportDocument, figure: Figure): string {
  return runBefore(doc.text, figure.valueRange.start, isSentenceEnd, MAX_CONTEXT);
}

/** A share named by its whole (`民生支出占一般公共预算支出比重`), as the text writes it before its value (`…支出的73.6%`). */
const SHARE_OF = /(?<=占[^占]+)(?:比重|比例)$/;

/**
 * `全市的地区生产总值` → `地区生产总值`; `新增` kept apart (`城镇新增就业` and `新增城镇就业` are one indicator);
 * a share named by its whole loses 比重 (`X占Y比重` and `X占Y的73.6%` are one indicator).
 */
export function normalizeIndicator(name: string): { key: string; fresh: boolean } {
  const s = name
    .replace(/[\s\u3000“”"‘’'《》（）()]/g, '')
    .replace(/的/g, '')
    .replace(LEADING_WORDS, '')
    .replace(COMPARED_WITH, '')
    .replace(SHARE_OF, '');
  return { key: s.replace(/新增/g, ''), fresh: s.includes('新增') };
}

export interface IndexedRow {
  row: OfficialFigure;
  base: string;
  measure: Measure;
  /** -1 for a row named as a decrease (`…下降 6.9 %`), else 1. */
  sign: number;
  fresh: boolean;
}

export interface RowIndex {
  byName: Map<string, IndexedRow[]>;
  /** Scopes the rows name (`规模以上`), to find `规模以上工业增加值` under `工业增加值`. */
  scopes: string[];
}

const indexes = new WeakMap<readonly OfficialFigure[], RowIndex>();

/** The rows by normalised name and alias; built once per table set. */
export function indexRows(rows: readonly OfficialFigure[]): RowIndex {
  let index = indexes.get(rows);
  if (index) return index;
  index = { byName: new Map(), scopes: [] };
  for (const row of rows) {
    const split = splitUnit(row.unit)!;
    const name = row.indicator.replace(/\s+/g, '');
    const changeWord = CHANGE_NAME.exec(name)?.[0];
    const measure: Measure = changeWord || split.base === '个百分点' || (split.base === '%' && !RATE_NAME.test(name)) ? 'change' : 'level';
    const sign = changeWord && DECREASE_NAME.test(changeWord) ? -1 : 1;
    for (const n of [name, ...row.aliases]) {
      const { key, fresh } = normalizeIndicator(n.replace(CHANGE_NAME, ''));
      const entry: IndexedRow = { row, base: split.base, measure, sign, fresh };
      index.byName.set(key, [...(index.byName.get(key) ?? []), entry]);
    }
    if (row.scope && !index.scopes.includes(row.scope)) index.scopes.push(row.scope);
  }
  indexes.set(rows, index);
  return index;
}

/** The kind of measure a figure states, and its sign (`下降6.9%` is −6.9). */
export function figureMeasure(figure: Figure, base: string): { measure: Measure; sign: number } {
  const named = CHANGE_NAME.exec(figure.indicator)?.[0];
  const delta = (figure.change !== undefined && DELTA_VERBS.has(figure.change)) || named !== undefined;
  const decrease = (figure.change !== undefined && DECREASE_VERBS.has(figure.change)) || (named !== undefined && DECREASE_NAME.test(named));
  return { measure: delta || base === '个百分点' ? 'change' : 'level', sign: decrease ? -1 : 1 };
}

/** Whether any row is named like the figure's indicator (a cheap test before the figure's context is read). */
export function mayMatch(index: RowIndex, figure: Figure): boolean {
  const { key } = normalizeIndicator(figure.indicator.replace(CHANGE_NAME, ''));
  // Nothing left of the indicator (`比上年`): nothing to match.
  if (key === '') return false;
  return index.byName.has(key) || index.scopes.some((scope) => key.startsWith(scope) && index.byName.has(key.slice(scope.length)));
}

/** Rows named like the figure's indicator, directly or with a row's scope before the name. */
export function candidateRows(index: RowIndex, figure: Figure, context: string): IndexedRow[] {
  const { key, fresh } = normalizeIndicator(figure.indicator.replace(CHANGE_NAME, ''));
  const found: IndexedRow[] = [];
  for (const entry of index.byName.get(key) ?? []) {
    if (entry.fresh !== (fresh || figure.change === '新增')) continue;
    // A row with a scope applies only where the text names the scope.
    if (entry.row.scope === undefined || context.includes(entry.row.scope)) found.push(entry);
  }
  for (const scope of index.scopes) {
    if (!key.startsWith(scope) || key.length === scope.length) continue;
    for (const entry of index.byName.get(key.slice(scope.length)) ?? []) {
      if (entry.row.scope === scope && entry.fresh === (fresh || figure.change === '新增') && !found.includes(entry)) found.push(entry);
    }
  }
  // A row without scope does not answer a figure whose text names the scope of another row for it.
  const scoped = found.filter((e) => e.row.scope !== undefined);
  return scoped.length > 0 ? scoped : found;
}

/** Part of a year: a row for the whole year does not answer these, nor the reverse. */
const PART_OF_YEAR = /\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|前[一二三四五六七八九十两\d]+个?月|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}月(?:份|末|底)?[，,]/;
/** Several years or a running total: no one year's figure. */
const MULTI_YEAR = /五年|十[一二三四五六七八九]五|以来|累计|年均|历年/;
const ANNUAL_MEAN = /年均(?:浓度|值)/g;
/** Words before a year that make it the base of a comparison. */
const BASE_YEAR_BEFORE = /(?:比|较|相比|同比|是|相当于)$/;
const REVIEW_TITLE = /回顾|过去|成绩|成就|主要工作|总结|取得/;
const PLAN_TITLE = /安排|任务|部署|计划|目标|要求|思路|打算|展望/;

/**
 * The year the review part reports on: from the review heading in the figure's section path
 * (`一、2018年工作回顾`), else the year before the report's (report-year.ts: title, delivery line, headings).
 * Undefined when unclear.
 */
export function reviewYear(doc: ReportDocument, section: string): number | undefined {
  const parts = section.split(' / ');
  const review = parts.filter((p) => REVIEW_TITLE.test(p) && !PLAN_TITLE.test(p));
  if (review.some((p) => MULTI_YEAR.test(p))) return undefined;
  const years = review.map((p) => /(\d{4})年/.exec(p)?.[1]).filter((y) => y !== undefined);
  if (years.length > 0) return Number(years[years.length - 1]);
  const planYear = reportYear(doc)?.year;
  return planYear === undefined ? undefined : planYear - 1;
}

/** Whether the figure speaks of the row's period; false (quiet) when that cannot be told. */
export function periodFits(doc: ReportDocument, figure: Figure, row: OfficialFigure, context: string): boolean {
  // `PM2.5年均浓度` / `年均值` is one year's mean, not an average over years.
  if (MULTI_YEAR.test(context.replace(ANNUAL_MEAN, '')) || (figure.period && figure.period !== '年均' && MULTI_YEAR.test(figure.period))) return false;
  const partOfYear = PART_OF_YEAR.test(context);
  if (row.months) {
    const [from, to] = row.months;
    const span = from === to ? `${to}\\s*月` : `${from}\\s*[-—–~～至到]\\s*${to}\\s*月${from === 1 ? `|前${to}个?月` : ''}`;
    if (!new RegExp(span).test(context)) return false;
  } else if (partOfYear) {
    return false;
  }
  const explicit = /^(\d{4})年(?:底|末)?$/.exec(figure.period ?? '');
  // `比2017年增长6%`, `是2010年的2倍`: that year is the base of a change, the figure is of the year under review.
  const base = explicit !== null && BASE_YEAR_BEFORE.test(context.slice(0, context.lastIndexOf(figure.period!)));
  let year: number | undefined;
  if (explicit && !base) {
    year = Number(explicit[1]);
  } else if (base || figure.period === undefined || /^(?:全年|今年|年内|年均)$/.test(figure.period)) {
    const inReview = figure.kind === 'achievement' || (figure.kind === 'forecast' && figure.section.split(' / ').some((p) => REVIEW_TITLE.test(p) && !PLAN_TITLE.test(p)));
    if (!inReview) return false;
    year = reviewYear(doc, figure.section);
  }
  if (year === undefined) return false;
  // A row without a period is the figure of the year under review.
  return year === (row.year ?? reviewYear(doc, figure.section));
}
