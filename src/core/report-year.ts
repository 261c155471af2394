// The year a report plans for (2026 for the 2026年政府工作报告 reviewing 2025), read from the text
// itself: the title, the line saying when it was delivered, and the level-one review and plan headings.

import type { ReportDocument, Section } from './model';
import { periodOf } from './outline/periods';

/** One place that states the report's year. */
export interface YearEvidence {
  /** The plan year this place implies. */
  year: number;
  /** The year as written, `[start, end)` in the document. */
  start: number;
  end: number;
  source: 'title' | 'delivery' | 'plan' | 'review';
}

export interface ReportYear {
  /** The plan year: the review heading's year + 1. */
  year: number;
  evidence: YearEvidence[];
}

/** `2026年浙江省政府工作报告`, `2022年政府工作报告`. */
const TITLE = /(\d{4})年[^，。；：\s]{0,12}?政府工作报告/;
/** `——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上`. */
const DELIVERY = /(\d{4})年\d{1,2}月\d{1,2}日在[^，。；]{0,40}?(?:会议|大会)上/;
/** A level-one heading naming one year: `2025年工作回顾`, `2026年重点工作`, `“十二五”时期和2015年工作回顾`. */
const HEADING_YEAR = /(\d{4})年(?![\d—–\-～至到])/g;
/** Lines before the first heading that may hold the title and the delivery line. */
const FRONT_LINES = 8;

function headingEvidence(section: Section): YearEvidence | undefined {
  const period = periodOf(section);
  if (!period) return undefined;
  const { title } = section.heading;
  const years = [...title.text.matchAll(HEADING_YEAR)];
  // `2021—2025年`, or two different years: the heading is not about one year.
  if (years.length !== 1 || /\d{4}年?[—–\-～至到]/.test(title.text)) return undefined;
  const m = years[0]!;
  const written = Number(m[1]);
  const start = title.range.start + m.index;
  return { year: period === 'plan' ? written : written + 1, start, end: start + 4, source: period };
}

function frontEvidence(doc: ReportDocument): YearEvidence[] {
  const found: YearEvidence[] = [];
  const firstHeading = doc.headings.find((h) => h.kind === 'numbered')?.range.start ?? doc.text.length;
  for (const p of doc.paragraphs.slice(0, FRONT_LINES)) {
    if (p.range.start >= firstHeading) break;
    const text = doc.checkable.slice(p.range.start, p.range.end);
    for (const [re, source] of [[TITLE, 'title'], [DELIVERY, 'delivery']] as const) {
      const m = re.exec(text);
      if (m) found.push({ year: Number(m[1]), start: p.range.start + m.index, end: p.range.start + m.index + 4, source });
    }
  }
  return found;
}

const memo = new WeakMap<ReportDocument, ReportYear | undefined>();

/**
 * The report's plan year when every place that states it agrees; undefined when none does or two
 * disagree (the checks that need the year then stay quiet).
 */
export function reportYear(doc: ReportDocument): ReportYear | undefined {
  if (memo.has(doc)) return memo.get(doc);
  const evidence = frontEvidence(doc);
  for (const p of doc.paragraphs) {
    const h = p.heading;
    if (h?.kind !== 'numbered' || h.marker.level !== 1 || p.section?.heading !== h) continue;
    const e = headingEvidence(p.section);
    if (e) evidence.push(e);
  }
  const years = new Set(evidence.map((e) => e.year));
  const result = years.size === 1 ? { year: evidence[0]!.year, evidence } : undefined;
  memo.set(doc, result);
  return result;
}
