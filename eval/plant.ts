// Planted defects: one known defect at a time is written into a real report; the checker must report
// it (recall) and nothing else that was not reported before (induced findings).

import { splitUnit, type OfficialFigure } from '../src/core/config/officialRow';
import { extractFigures, type Figure } from '../src/core/figures';
import { decimalPlaces } from '../src/core/figures/normalize';
import { lint } from '../src/core/lint';
import type { Format, ReportDocument } from '../src/core/model';
import { extractOutline } from '../src/core/outline';
import { periodOf } from '../src/core/outline/periods';
import { canonicalMarker } from '../src/core/parse/markers';
import { candidateRows, contextOf, figureMeasure, indexRows, normalizeIndicator, periodFits, reviewYear } from '../src/core/rules/official-rows';
import { EMPTY_CONFIG, type ResolvedConfig } from '../src/core/settings';
import { reportYear } from '../src/core/report-year';
import { siblingRuns } from '../src/core/structure';
import { JUDGED_RULES } from './corpus-verdicts';

export interface Plant {
  kind: string;
  /** The rule that must report the defect. */
  rule: string;
  start: number;
  end: number;
  text: string;
  /** The official table the defect disagrees with (official-figure); the text before the plant agrees with it. */
  officialFigures?: OfficialFigure[];
}

/** Every site in a report where the defect can be planted, in document order. */
type Planter = (doc: ReportDocument) => Plant[];

/** The first run of at least three siblings under one parent. */
function longRun(doc: ReportDocument) {
  return siblingRuns(doc).find((r) => r.headings.length >= 3 && !r.run.continuous);
}

const CJK_COMMA = /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/;
/** `今年要…`, `今年发展的主要预期目标是`: a plan for the report's year. */
const THIS_YEAR_PLAN = /(?<=^|[。；，：！？\s])今年(?=要(?!求)|[^，。；：]{0,10}?预期目标)/;
/** A project named in Chinese characters only, with a stem of three or more before a body ending. */
const BODY_NAME = /^[\u4e00-\u9fff]{3,}(?:中心|公司|园区|景区|工程|项目)$/;
/** A full date: `2019年3月4日`. */
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;

/** A structure written as a ratio: `三次产业结构演进为3.6 : 48 : 48.4`. */
const STRUCTURE_RATIO = /结构[^。；\d]{0,16}?(\d+(?:\.\d+)?(?:[ \u3000]*[∶:：][ \u3000]*\d+(?:\.\d+)?)+)/;
/** What lies between a whole and its first part: `…，其中可再生能源装机`, `…，其中，工业类`. */
const WHOLE_TO_PART = /^[^，。；：\d]{0,20}[，,]其中[，,：]?[^，。；：\d]{0,20}$/;
const DIFFERENCE = /^(?:增长|增加|减少|下降|提高|提升|降低|扩大)$/;
const RATE_INDICATOR = /(?:率|比重|占比|比例|份额|增速|增幅)$/;
const decimalsOf = (value: string) => (value.includes('.') ? value.length - value.indexOf('.') - 1 : 0);

export const PLANTERS: Record<string, Planter> = {
  gap(doc) {
    const run = longRun(doc);
    const last = run?.headings[run.headings.length - 1];
    if (!last) return [];
    const { marker } = last;
    return [{ kind: 'gap', rule: 'heading-sequence', start: marker.range.start, end: marker.range.end, text: canonicalMarker(marker.level, marker.number + 1) }];
  },
  duplicate(doc) {
    const run = longRun(doc);
    const h = run?.headings[run.headings.length - 2];
    if (!h) return [];
    const { marker } = h;
    return [{ kind: 'duplicate', rule: 'heading-sequence', start: marker.range.start, end: marker.range.end, text: canonicalMarker(marker.level, marker.number - 1) }];
  },
  'wrong form'(doc) {
    const h = longRun(doc)?.headings[1];
    if (!h) return [];
    const { marker } = h;
    const wrong = marker.level === 2 ? `(${marker.canonical.slice(1, -1)})` : marker.level === 1 ? marker.canonical.replace('、', '.') : marker.canonical.replace('.', '、');
    return [{ kind: 'wrong form', rule: 'heading-form', start: marker.range.start, end: marker.range.end, text: wrong }];
  },
  'enumeration order'(doc) {
    const e = doc.enumerations.find((x) => x.style === 'shi' && x.items.length >= 3);
    const item = e?.items[1];
    if (!item) return [];
    return [{ kind: 'enumeration order', rule: 'enum-sequence', start: item.range.start, end: item.range.end, text: '三是' }];
  },
  'half-width punctuation'(doc) {
    const p = doc.paragraphs.find((x) => !x.heading && CJK_COMMA.test(x.text));
    if (!p) return [];
    const at = p.range.start + p.text.search(CJK_COMMA);
    return [{ kind: 'half-width punctuation', rule: 'punctuation-width', start: at, end: at + 1, text: ',' }];
  },
  'unbalanced marks'(doc) {
    const p = doc.paragraphs.find((x) => /《[^《》]+》/.test(x.text));
    if (!p) return [];
    const at = p.range.start + p.text.indexOf('》');
    return [{ kind: 'unbalanced marks', rule: 'paired-marks', start: at, end: at + 1, text: '' }];
  },
  'ratio off 100'(doc) {
    const sites: Plant[] = [];
    for (const p of doc.paragraphs) {
      const text = doc.checkable.slice(p.range.start, p.range.end);
      const m = STRUCTURE_RATIO.exec(text);
      if (!m) continue;
      // One part 0.8 higher (the sum becomes 100.8); a ratio of whole numbers only is off by 2, past their rounding.
      const parts = [...m[1]!.matchAll(/\d+(?:\.\d+)?/g)];
      const part = parts.filter((x) => x[0].includes('.')).pop() ?? parts[parts.length - 1]!;
      const value = part[0].includes('.') ? (Number(part[0]) + 0.8).toFixed(decimalsOf(part[0])) : String(Number(part[0]) + 2);
      const start = p.range.start + m.index + m[0].length - m[1]!.length + part.index;
      sites.push({ kind: 'ratio off 100', rule: 'ratio-sum', start, end: start + part[0].length, text: value });
    }
    return sites;
  },
  'part above whole'(doc) {
    const sites: Plant[] = [];
    const figures = extractFigures(doc);
    for (let i = 1; i < figures.length; i++) {
      const whole = figures[i - 1]!;
      const part = figures[i]!;
      const plain = (f: typeof whole) => /^\d+(?:\.\d+)?$/.test(f.value) && !f.comparator && !(f.change && DIFFERENCE.test(f.change));
      if (part.unit !== whole.unit || whole.dimension === undefined || whole.dimension === 'ratio' || !plain(whole) || !plain(part)) continue;
      if (!WHOLE_TO_PART.test(doc.checkable.slice(whole.valueRange.end, part.valueRange.start))) continue;
      const value = (Number(whole.value) * 1.5).toFixed(decimalsOf(whole.value));
      const start = part.valueRange.start;
      sites.push({ kind: 'part above whole', rule: 'part-exceeds-whole', start, end: start + part.value.length, text: value });
    }
    return sites;
  },
  'percent for points'(doc) {
    // The document's own percent sign: another would be a second defect (fullwidth-digits).
    const sign = doc.text.split('％').length > doc.text.split('%').length ? '％' : '%';
    return extractFigures(doc)
      .filter((x) => x.unit === '个百分点' && x.change && DIFFERENCE.test(x.change) && RATE_INDICATOR.test(x.indicator))
      .map((f) => {
        const start = f.valueRange.start + f.value.length;
        return { kind: 'percent for points', rule: 'percent-point', start, end: start + f.unit.length, text: sign };
      });
  },
  placeholder(doc) {
    const f = extractFigures(doc).find((x) => /^\d{2,}$/.test(x.value));
    if (!f) return [];
    return [{ kind: 'placeholder', rule: 'placeholder', start: f.valueRange.start, end: f.valueRange.start + f.value.length, text: 'XX' }];
  },
  'stale plan year'(doc) {
    const year = reportYear(doc)?.year;
    if (year === undefined) return [];
    return doc.paragraphs.flatMap((p) => {
      const i = p.heading || periodOf(p.section) !== 'plan' ? -1 : p.text.search(THIS_YEAR_PLAN);
      return i === -1 ? [] : [{ kind: 'stale plan year', rule: 'period-mismatch', start: p.range.start + i, end: p.range.start + i + 2, text: `${year - 1}年` }];
    });
  },
  'dropped character'(doc) {
    // A project named twice: the later mention loses the character before its ending (`公交调度中心` → `公交调中心`).
    const names = new Set(extractOutline(doc).projects.map((p) => p.name));
    return [...names].flatMap((name) => {
      const at = doc.checkable.lastIndexOf(name);
      if (!BODY_NAME.test(name) || at === doc.checkable.indexOf(name) || /[一二三四五六七八九十期]/.test(name.at(-3)!)) return [];
      const cut = at + name.length - 3;
      return [{ kind: 'dropped character', rule: 'name-variant', start: cut, end: cut + 1, text: '' }];
    });
  },
  'wrong weekday'(doc) {
    return [...doc.checkable.matchAll(FULL_DATE)].flatMap((m) => {
      const at = m.index + m[0].length;
      if (/^[（(]/.test(doc.checkable.slice(at))) return [];
      const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
      return [{ kind: 'wrong weekday', rule: 'period-mismatch', start: at, end: at, text: `（星期${'一二三四五六日'[day]}）` }];
    });
  },
  'second mention'(doc) {
    // Each indicator once: a report may state one goal in several clauses.
    const indicators = new Set<string>();
    const goals = extractFigures(doc).filter((f) => restatable(doc, f) && !indicators.has(f.indicator) && indicators.add(f.indicator));
    return goals.flatMap((f) => restatement(doc, f) ?? []);
  },
};

/** A goal a report could state twice: a plain number, its clause naming the indicator, not a part (其中, 分别). */
export function restatable(doc: ReportDocument, f: Figure): boolean {
  if (f.kind !== 'goal') return false;
  if (!/^\d+(?:\.\d+)?$/.test(f.value) || f.indicator.length < 4 || !f.text.includes(f.indicator)) return false;
  const sentence = doc.text.slice(Math.max(0, f.range.start - 400), f.range.start).split(/[。！？；\n]/).pop()!;
  return !/其中|分别|由|从/.test(sentence + f.text);
}

/** The goal `f` again at the end of its paragraph, one more in its integer part: 1250万吨 → 1251万吨, 3.5% → 4.5%. */
export function restatement(doc: ReportDocument, f: Figure): Plant | undefined {
  const paragraph = doc.paragraphs.find((p) => !p.heading && p.range.start <= f.range.start && f.range.end <= p.range.end);
  if (!paragraph) return undefined;
  const at = f.valueRange.start - f.range.start;
  const [whole, fraction] = f.value.split('.');
  const value = `${Number(whole) + 1}${fraction === undefined ? '' : `.${fraction}`}`;
  // Without the enumeration word the goal's clause may open with (`二是…`): a restatement stands on its own.
  const restated = (f.text.slice(0, at) + value + f.text.slice(at + f.value.length)).replace(/^[一二三四五六七八九十]+是/, '');
  // A period the sentence gave before the figure goes with it (`到2030年，…`).
  const period = f.period && !f.text.includes(f.period) ? `${f.period}，` : '';
  const stop = /[。！？；]$/.test(paragraph.text) ? '' : '。';
  return { kind: 'second mention', rule: 'figure-mismatch', start: paragraph.range.end, end: paragraph.range.end, text: `${stop}${period}${restated}。` };
}

/** A value off the written one by more than its rounding, in the direction its comparator cannot excuse. */
function offValue(figure: Figure): string {
  const places = decimalPlaces(figure.value);
  const step = 10 ** -places;
  const down = figure.comparator !== undefined && /以下|以内|不超过|不高于|低于/.test(figure.comparator);
  const v = Number(figure.value);
  let next = Number((down ? v * 0.8 : v * 1.2).toFixed(places));
  if (Math.abs(next - v) < step) next = down ? v - step : v + step;
  return next.toFixed(places);
}

/**
 * The row a team's table would hold for a review figure, as the text states it: the year it reports on, a fall
 * (`下降6.9%`) as a negative change, `新增` in the name of an increment. Undefined when the year is unclear.
 */
export function officialRowOf(doc: ReportDocument, f: Figure, file: string): OfficialFigure | undefined {
  const year = Number(/^(\d{4})年(?:底|末)?$/.exec(f.period ?? '')?.[1] ?? reviewYear(doc, f.section));
  const split = splitUnit(f.unit);
  if (!year || !split || f.amount === undefined) return undefined;
  const sign = figureMeasure(f, split.base).sign;
  const indicator = f.change === '新增' && !f.indicator.includes('新增') ? `新增${f.indicator}` : f.indicator;
  return { indicator, aliases: [], value: `${sign < 0 ? '-' : ''}${f.value}`, amount: sign * f.amount, unit: f.unit, period: `${year}年`, year, file, line: 2 };
}

/**
 * A table row for an achievement stated once in the review (its indicator and unit unique in the report, so the
 * row is unambiguous), that the official-figure rule compares with it; the text then gets another value.
 */
function officialSites(doc: ReportDocument): Plant[] {
  const sites: Plant[] = [];
  const figures = extractFigures(doc);
  const keyOf = (f: Figure) => `${normalizeIndicator(f.indicator).key}\u0000${splitUnit(f.unit)?.base}`;
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  for (const f of figures) {
    if (f.kind !== 'achievement' || f.unfilled || f.amount === undefined || !/^\d+(?:\.\d+)?$/.test(f.value) || f.comparator === '力争') continue;
    if (counts.get(keyOf(f)) !== 1 || !splitUnit(f.unit)) continue;
    const row = officialRowOf(doc, f, 'planted.csv');
    if (!row || Number(f.value) === 0) continue;
    const context = contextOf(doc, f);
    if (candidateRows(indexRows([row]), f, context).length === 0 || !periodFits(doc, f, row, context)) continue;
    const start = f.valueRange.start;
    sites.push({ kind: 'official figure', rule: 'official-figure', start, end: start + f.value.length, text: offValue(f), officialFigures: [row] });
  }
  return sites;
}

PLANTERS['official figure'] = officialSites;

export interface PlantResult {
  plant: Plant;
  /** The planted defect was reported at the plant. */
  found: boolean;
  /** New findings other than the planted one, as `rule@offset message`. */
  induced: string[];
}

const CHECKED = [...JUDGED_RULES, 'placeholder'];

function findingsAt(text: string, format: Format, config?: ResolvedConfig) {
  return lint(text, { format, ...(config ? { config } : {}) }).findings.filter((f) => CHECKED.includes(f.rule));
}

/** Plants each kind of defect once, at its first site, into `text` and compares the findings before and after. */
export function plantAll(text: string, format: Format): PlantResult[] {
  const { doc } = lint(text, { format });
  return plantEach(text, format, Object.values(PLANTERS).flatMap((planter) => planter(doc).slice(0, 1)));
}

/** The defects the consistency rules look for, planted at every site a report offers, one at a time. */
export const EVERY_SITE = ['second mention', 'ratio off 100', 'part above whole', 'official figure', 'percent for points', 'stale plan year', 'dropped character', 'wrong weekday'];

export function plantEverySite(text: string, format: Format): PlantResult[] {
  const { doc } = lint(text, { format });
  return plantEach(text, format, EVERY_SITE.flatMap((kind) => PLANTERS[kind]!(doc)));
}

function plantEach(text: string, format: Format, plants: Plant[]): PlantResult[] {
  const before = new Set(findingsAt(text, format).map((f) => `${f.rule}@${f.range.start}`));
  const results: PlantResult[] = [];
  for (const plant of plants) {
    // A document may already carry the defect (a regulation writing (二)): nothing to plant there.
    if (text.slice(plant.start, plant.end) === plant.text) continue;
    const config = plant.officialFigures ? { ...EMPTY_CONFIG, officialFigures: plant.officialFigures } : undefined;
    const unplanted = config ? new Set(findingsAt(text, format, config).map((f) => `${f.rule}@${f.range.start}`)) : before;
    const planted = text.slice(0, plant.start) + plant.text + text.slice(plant.end);
    const shift = plant.text.length - (plant.end - plant.start);
    const siteEnd = plant.start + plant.text.length;
    let found = false;
    const induced: string[] = [];
    for (const f of findingsAt(planted, format, config)) {
      const atSite = f.range.start <= siteEnd && f.range.end >= plant.start;
      if (f.rule === plant.rule && (atSite || (plant.kind === 'unbalanced marks' && f.range.start < plant.start))) {
        found = true;
        continue;
      }
      const original = f.range.start >= siteEnd ? f.range.start - shift : f.range.start;
      if (!unplanted.has(`${f.rule}@${original}`)) induced.push(`${f.rule}@${f.range.start} ${f.message}`);
    }
    results.push({ plant, found, induced });
  }
  return results;
}
