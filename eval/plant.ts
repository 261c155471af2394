// Planted defects: one known defect at a time is written into a real report; the checker must report
// it (recall) and nothing else that was not reported before (induced findings).

import { extractFigures } from '../src/core/figures';
import { lint } from '../src/core/lint';
import type { Format, ReportDocument } from '../src/core/model';
import { canonicalMarker } from '../src/core/parse/markers';
import { siblingRuns } from '../src/core/structure';
import { JUDGED_RULES } from './corpus-verdicts';

export interface Plant {
  kind: string;
  /** The rule that must report the defect. */
  rule: string;
  start: number;
  end: number;
  text: string;
}

type Planter = (doc: ReportDocument) => Plant | undefined;

/** The first run of at least three siblings under one parent. */
function longRun(doc: ReportDocument) {
  return siblingRuns(doc).find((r) => r.headings.length >= 3 && !r.run.continuous);
}

const CJK_COMMA = /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/;

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
    if (!last) return undefined;
    const { marker } = last;
    return { kind: 'gap', rule: 'heading-sequence', start: marker.range.start, end: marker.range.end, text: canonicalMarker(marker.level, marker.number + 1) };
  },
  duplicate(doc) {
    const run = longRun(doc);
    const h = run?.headings[run.headings.length - 2];
    if (!h) return undefined;
    const { marker } = h;
    return { kind: 'duplicate', rule: 'heading-sequence', start: marker.range.start, end: marker.range.end, text: canonicalMarker(marker.level, marker.number - 1) };
  },
  'wrong form'(doc) {
    const h = longRun(doc)?.headings[1];
    if (!h) return undefined;
    const { marker } = h;
    const wrong = marker.level === 2 ? `(${marker.canonical.slice(1, -1)})` : marker.level === 1 ? marker.canonical.replace('、', '.') : marker.canonical.replace('.', '、');
    return { kind: 'wrong form', rule: 'heading-form', start: marker.range.start, end: marker.range.end, text: wrong };
  },
  'enumeration order'(doc) {
    const e = doc.enumerations.find((x) => x.style === 'shi' && x.items.length >= 3);
    const item = e?.items[1];
    if (!item) return undefined;
    return { kind: 'enumeration order', rule: 'enum-sequence', start: item.range.start, end: item.range.end, text: '三是' };
  },
  'half-width punctuation'(doc) {
    const p = doc.paragraphs.find((x) => !x.heading && CJK_COMMA.test(x.text));
    if (!p) return undefined;
    const at = p.range.start + p.text.search(CJK_COMMA);
    return { kind: 'half-width punctuation', rule: 'punctuation-width', start: at, end: at + 1, text: ',' };
  },
  'unbalanced marks'(doc) {
    const p = doc.paragraphs.find((x) => /《[^《》]+》/.test(x.text));
    if (!p) return undefined;
    const at = p.range.start + p.text.indexOf('》');
    return { kind: 'unbalanced marks', rule: 'paired-marks', start: at, end: at + 1, text: '' };
  },
  'ratio off 100'(doc) {
    for (const p of doc.paragraphs) {
      const text = doc.checkable.slice(p.range.start, p.range.end);
      const m = STRUCTURE_RATIO.exec(text);
      if (!m) continue;
      // One part 0.8 higher (the sum becomes 100.8); a ratio of whole numbers only is off by 2, past their rounding.
      const parts = [...m[1]!.matchAll(/\d+(?:\.\d+)?/g)];
      const part = parts.filter((x) => x[0].includes('.')).pop() ?? parts[parts.length - 1]!;
      const value = part[0].includes('.') ? (Number(part[0]) + 0.8).toFixed(decimalsOf(part[0])) : String(Number(part[0]) + 2);
      const start = p.range.start + m.index + m[0].length - m[1]!.length + part.index;
      return { kind: 'ratio off 100', rule: 'ratio-sum', start, end: start + part[0].length, text: value };
    }
    return undefined;
  },
  'part above whole'(doc) {
    const figures = extractFigures(doc);
    for (let i = 1; i < figures.length; i++) {
      const whole = figures[i - 1]!;
      const part = figures[i]!;
      const plain = (f: typeof whole) => /^\d+(?:\.\d+)?$/.test(f.value) && !f.comparator && !(f.change && DIFFERENCE.test(f.change));
      if (part.unit !== whole.unit || whole.dimension === undefined || whole.dimension === 'ratio' || !plain(whole) || !plain(part)) continue;
      if (!WHOLE_TO_PART.test(doc.checkable.slice(whole.valueRange.end, part.valueRange.start))) continue;
      const value = (Number(whole.value) * 1.5).toFixed(decimalsOf(whole.value));
      const start = part.valueRange.start;
      return { kind: 'part above whole', rule: 'part-exceeds-whole', start, end: start + part.value.length, text: value };
    }
    return undefined;
  },
  'percent for points'(doc) {
    const f = extractFigures(doc).find((x) => x.unit === '个百分点' && x.change && DIFFERENCE.test(x.change) && RATE_INDICATOR.test(x.indicator));
    if (!f) return undefined;
    const start = f.valueRange.start + f.value.length;
    // The document's own percent sign: another would be a second defect (fullwidth-digits).
    const sign = doc.text.split('％').length > doc.text.split('%').length ? '％' : '%';
    return { kind: 'percent for points', rule: 'percent-point', start, end: start + f.unit.length, text: sign };
  },
  placeholder(doc) {
    const f = extractFigures(doc).find((x) => /^\d{2,}$/.test(x.value));
    if (!f) return undefined;
    return { kind: 'placeholder', rule: 'placeholder', start: f.valueRange.start, end: f.valueRange.start + f.value.length, text: 'XX' };
  },
};

export interface PlantResult {
  plant: Plant;
  /** The planted defect was reported at the plant. */
  found: boolean;
  /** New findings other than the planted one, as `rule@offset message`. */
  induced: string[];
}

const CHECKED = [...JUDGED_RULES, 'placeholder'];

function findingsAt(text: string, format: Format) {
  return lint(text, { format }).findings.filter((f) => CHECKED.includes(f.rule));
}

/** Plants each kind of defect once into `text` and compares the findings before and after. */
export function plantAll(text: string, format: Format): PlantResult[] {
  const { doc } = lint(text, { format });
  const before = new Set(findingsAt(text, format).map((f) => `${f.rule}@${f.range.start}`));
  const results: PlantResult[] = [];
  for (const planter of Object.values(PLANTERS)) {
    const plant = planter(doc);
    // A document may already carry the defect (a regulation writing (二)): nothing to plant there.
    if (!plant || text.slice(plant.start, plant.end) === plant.text) continue;
    const planted = text.slice(0, plant.start) + plant.text + text.slice(plant.end);
    const shift = plant.text.length - (plant.end - plant.start);
    const siteEnd = plant.start + plant.text.length;
    let found = false;
    const induced: string[] = [];
    for (const f of findingsAt(planted, format)) {
      const atSite = f.range.start <= siteEnd && f.range.end >= plant.start;
      if (f.rule === plant.rule && (atSite || (plant.kind === 'unbalanced marks' && f.range.start < plant.start))) {
        found = true;
        continue;
      }
      const original = f.range.start >= siteEnd ? f.range.start - shift : f.range.start;
      if (!before.has(`${f.rule}@${original}`)) induced.push(`${f.rule}@${f.range.start} ${f.message}`);
    }
    results.push({ plant, found, induced });
  }
  return results;
}
