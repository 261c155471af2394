import { extractFigures, type Dimension, type Figure } from '../figures';
import { ABOUT, amountOf, AT_LEAST, AT_MOST, decimalPlaces } from '../figures/normalize';
import { SCALES, scalePrefix, unitEntry } from '../figures/units';
import { isSentenceEnd, runStart, SENTENCE_END } from '../text';
import type { Rule } from './types';
import { firstAtOrAfter } from '../bounds';

const CLAUSE_BREAK = /[，,：:；;。！？!?\n]/;
/** Changes of an amount are differences: a part may grow by more than the whole (`增加5亿元，其中税收增加7亿元`). */
const DIFFERENCE = /^(?:增长|增加|减少|下降|提高|提升|降低|扩大|压减|压降|退出)$/;
/** A clause that only compares the whole with an earlier time: `比上年末减少208万人`, `同比增长5%`. */
const COMPARISON = /^(?:比|较|同比|与上年相比)/;
/** Bounds under which the whole may be larger than written, and approximations. */
const looseWhole = (c: string) => AT_LEAST.has(c) || ABOUT.has(c) || c === '力争';
const loosePart = (c: string) => AT_MOST.has(c) || ABOUT.has(c);
/** A part clause that counts something else: a running total, a share, another period. */
const NOT_A_PART = /累计|总计|合计|共计|总投资|总规模|总面积|总里程|总量|总额|占|\d{4}年|以来|历年|带动|拉动/;
/** Averages and intensities: a group's average may exceed the overall one (`人均收入3万元，其中城镇居民4.5万元`). */
const AVERAGE = /均|单价|单产|亩产|每|浓度|密度|强度|指数|价格/;
/** Dimensions of amounts; rates, ages (`60岁老人…其中80岁`) and durations bound a group rather than measure it. */
const AMOUNTS = new Set<Dimension>(['money', 'count', 'people', 'length', 'area', 'volume', 'mass', 'energy', 'power', 'freight']);
/** Longest clause looked at on either side of 其中. */
const MAX_CLAUSE = 200;
/** Most parts read in the clauses after the 其中 clause. */
const MAX_PARALLEL = 12;

interface Quantity {
  figure: Figure;
  /** The unit without its scales (`万千瓦` → `瓦`). */
  base: string;
  amount: number;
  /** Half a unit of the last written digit, in base units. */
  rounding: number;
  /** Base units per unit as written (`万人` → 1e4). */
  factor: number;
}

/** `万千瓦` → 瓦 ×1e7; `万人次` → 人次 ×1e4; undefined for a unit the table does not know. */
function baseUnit(unit: string): { base: string; factor: number } | undefined {
  let factor = 1;
  let rest = unit;
  for (let prefix = scalePrefix(rest); prefix && rest.length > prefix.length; prefix = scalePrefix(rest)) {
    factor *= SCALES[prefix]!;
    rest = rest.slice(prefix.length);
  }
  return unitEntry(rest) ? { base: rest, factor } : undefined;
}

function quantity(figure: Figure): Quantity | undefined {
  if (figure.unfilled || !figure.dimension || !AMOUNTS.has(figure.dimension) || figure.value.includes('-')) return undefined;
  if (figure.change && DIFFERENCE.test(figure.change)) return undefined;
  const unit = baseUnit(figure.unit);
  const value = amountOf(figure.value, '')?.amount;
  if (!unit || value === undefined) return undefined;
  const decimals = decimalPlaces(figure.value);
  return { figure, base: unit.base, amount: value * unit.factor, rounding: 0.5 * 10 ** -decimals * unit.factor, factor: unit.factor };
}

/** Figures with a comparable amount whose value lies in `[start, end)`, one per value. */
function quantitiesIn(figures: readonly Figure[], start: number, end: number): Quantity[] {
  const found: Quantity[] = [];
  for (let i = firstAtOrAfter(figures, start, (f) => f.valueRange.start); i < figures.length && figures[i]!.valueRange.start < end; i++) {
    const f = figures[i]!;
    if (found.some((q) => q.figure.valueRange.start === f.valueRange.start)) continue;
    const q = quantity(f);
    if (q) found.push(q);
  }
  return found;
}

/** Clause breaks after positions that only move forward; each character is tested about once. */
class ClauseBreaks {
  private next = -1;
  private from = 0;
  private readonly pattern = new RegExp(CLAUSE_BREAK.source, 'g');

  constructor(private readonly s: string) {}

  /** The first break at or after `at` (the text's length when none). */
  after(at: number): number {
    if (at < this.from || this.next < at) {
      this.from = at;
      this.pattern.lastIndex = at;
      this.next = this.pattern.exec(this.s)?.index ?? this.s.length;
    }
    return this.next;
  }
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Parts in the clauses after the 其中 clause, while each names the same kind of thing as the part before
 * it (`其中，中央财政赤字1.55万亿元，地方财政赤字8300亿元`; not `其中高校毕业生1万人，转移农村劳动力3万人`).
 * After `其中：` the colon opens the list, so every clause of the sentence with one amount of the unit is a part
 * (`其中：出口52.3亿元，进口34.2亿元`).
 */
function parallelParts(s: string, breaks: ClauseBreaks, figures: readonly Figure[], first: Quantity, from: number, listed: boolean): Quantity[] {
  const found: Quantity[] = [];
  let previous = first;
  for (let start = from; (s[start] === '，' || s[start] === ',') && found.length < MAX_PARALLEL; ) {
    const end = breaks.after(start + 1);
    const clause = s.slice(start + 1, end);
    if (end - start > MAX_CLAUSE || clause.includes('其中') || NOT_A_PART.test(clause) || AVERAGE.test(clause)) break;
    const same = quantitiesIn(figures, start + 1, end).filter((q) => q.base === first.base);
    if (same.length !== 1 || (!listed && commonSuffix(same[0]!.figure.indicator, previous.figure.indicator) < 2)) break;
    found.push(same[0]!);
    previous = same[0]!;
    start = end;
  }
  return found;
}

const describe = (f: Figure) => f.text.trim().replace(/^其中[，,：:]?/, '');

export const partExceedsWhole: Rule = {
  id: 'part-exceeds-whole',
  title: { zh: '“其中”部分大于总数', en: 'Part exceeds whole' },
  severity: 'warning',
  fixable: false,
  consistency: true,
  description: {
    zh: '“其中”之后的部分（或各部分之和）大于其前的总数：新增就业2.1万人，其中高校毕业生2.6万人',
    en: 'A part after 其中 (or the parts together) exceeds the whole before it: 新增就业2.1万人，其中高校毕业生2.6万人',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    let figures: Figure[] | undefined;
    const breaks = new ClauseBreaks(s);
    for (let k = s.indexOf('其中'); k !== -1; k = s.indexOf('其中', k + 2)) {
      // The whole: the clause just before 其中 (`新增就业2.1万人，其中…`).
      let wholeEnd = k;
      while (wholeEnd > 0 && /[\s\u3000]/.test(s[wholeEnd - 1]!)) wholeEnd--;
      const opensClause = wholeEnd > 0 && CLAUSE_BREAK.test(s[wholeEnd - 1]!);
      // `积极参与其中，…`, `乐在其中，…`: 其中 closing a clause is no list of parts.
      if (!opensClause && /^[，,：:]/.test(s.slice(k + 2, k + 3))) continue;
      // After a full stop the whole is the previous sentence's subject, not its last clause (`财政赤字2.38万亿元，比去年增加2000亿元。其中，…`).
      if (opensClause && isSentenceEnd(s[wholeEnd - 1]!)) continue;
      if (opensClause) wholeEnd--;
      // Looked for at most one character past the longest clause: a longer one is skipped below.
      const wholeStart = runStart(s, wholeEnd, (ch) => CLAUSE_BREAK.test(ch), MAX_CLAUSE + 1);
      // The parts: the clause after 其中 (past a `，` or `：` right after it).
      let partStart = k + 2;
      while (partStart < s.length && /[，,：:\s\u3000]/.test(s[partStart]!) && s[partStart] !== '\n') partStart++;
      const partEnd = breaks.after(partStart);
      if (wholeEnd - wholeStart < 2 || partEnd - partStart < 2 || SENTENCE_END.test(s.slice(k, partStart))) continue;
      // A clause this long is no sentence a reader wrote.
      if (wholeEnd - wholeStart > MAX_CLAUSE || partEnd - partStart > MAX_CLAUSE) continue;
      const partText = s.slice(partStart, partEnd);
      if (NOT_A_PART.test(partText) || AVERAGE.test(partText) || AVERAGE.test(s.slice(wholeStart, wholeEnd))) continue;

      figures ??= [...extractFigures(doc)].sort((a, b) => a.valueRange.start - b.valueRange.start);
      let wholes = quantitiesIn(figures, wholeStart, wholeEnd);
      // A clause comparing with last year (`年末全国人口140967万人，比上年末减少208万人，其中…`) tells how the
      // whole changed: the whole is stated in the clause before it.
      if (wholes.length === 0 && COMPARISON.test(s.slice(wholeStart, wholeEnd)) && wholeStart > 1 && !isSentenceEnd(s[wholeStart - 1]!)) {
        const previousStart = runStart(s, wholeStart - 1, (ch) => CLAUSE_BREAK.test(ch), MAX_CLAUSE + 1);
        if (wholeStart - 1 - previousStart <= MAX_CLAUSE) wholes = quantitiesIn(figures, previousStart, wholeStart - 1);
      }
      if (wholes.length === 0) continue;
      const parts = quantitiesIn(figures, partStart, partEnd);
      const listed = /[：:]/.test(s.slice(k + 2, partStart));
      if (parts.length > 0) parts.push(...parallelParts(s, breaks, figures, parts[parts.length - 1]!, partEnd, listed));
      const bases = new Set(parts.map((p) => p.base));
      for (const base of bases) {
        const whole = wholes.filter((w) => w.base === base).pop();
        if (!whole || (whole.figure.comparator && looseWhole(whole.figure.comparator))) continue;
        const own = parts.filter((p) => p.base === base && !(p.figure.comparator && loosePart(p.figure.comparator)));
        const related = [{ start: whole.figure.range.start, end: whole.figure.range.end, message: { zh: `总数：${describe(whole.figure)}`, en: `The whole: ${describe(whole.figure)}` } }];
        const larger = own.filter((p) => p.amount - p.rounding > whole.amount + whole.rounding);
        for (const p of larger) {
          report({
            start: p.figure.range.start,
            end: p.figure.range.end,
            related,
            message: {
              zh: `“其中”的部分“${describe(p.figure)}”大于总数“${describe(whole.figure)}”`,
              en: `The part "${describe(p.figure)}" after 其中 exceeds the whole "${describe(whole.figure)}"`,
            },
          });
        }
        if (larger.length > 0 || own.length < 2) continue;
        if (own.reduce((a, p) => a + p.amount - p.rounding, 0) <= whole.amount + whole.rounding) continue;
        const total = `${Number((own.reduce((a, p) => a + p.amount, 0) / whole.factor).toPrecision(12))}${whole.figure.unit}`;
        const first = own[0]!.figure;
        const last = own[own.length - 1]!.figure;
        const shown = own.map((p) => p.figure.value + p.figure.unit).join('+');
        report({
          start: first.range.start,
          end: last.range.end,
          related,
          message: {
            zh: `“其中”各部分之和${total}（${shown}）超过总数“${describe(whole.figure)}”`,
            en: `The parts after 其中 add up to ${total} (${shown}), more than the whole "${describe(whole.figure)}"`,
          },
        });
      }
    }
  },
};
