import type { ReportDocument } from '../model';
import { parseChineseNumeral } from '../numerals';
import type { Period } from '../outline/periods';
import { firstYearOf, periodIn, reportYear, type ReportYear, type YearEvidence } from '../report-year';
import type { Message, RelatedReport, Report, Rule } from './types';
import { matches } from '../matches';

type Emit = (report: Report) => void;

/** A year opening a clause: not part of a range (`2021—2025年`) or a phrase (`到2027年`, `比2025年`). */
const CLAUSE_YEAR = /(?<=^|[。；，：！？\s])(\d{4})年(?![\d—–\-～至到])/g;
/** What the plan part says of the plan year: `2026年要…`, `2026年经济社会发展的主要预期目标是`. */
const PLAN_STATEMENT = /^(?:(?:全年|我们|全国|全省|全市|全区|全县|全镇)?(?:要(?!求)|将(?!近|要求)|力争|确保)|[^，。；：]{0,12}?(?:主要预期|主要|预期)目标(?:是|为|：))/;
/** A clause reporting results: `实现地区生产总值…`, `新增就业…`, `荣获…`. */
const RESULT = /实现|完成|达到|增长|下降|提高|建成|新增|累计|荣获|获评|被评为|入选/;
/** A clause looking ahead, or early in the report's year (before the meeting): `2026年1月`, `2026年初`. */
const NOT_A_RESULT = /^(?:\d{1,2}月|初|伊始|开年|元旦|春节)|将|要|力争|预计|计划|目标|争取|确保|预期|以后|以来|开始|起/;

/** `十四五`, `“十四五”`: the five-year plan's number (6 and later: periods of five years from 1981). */
const FIVE_YEAR = '[“"]?(十[一二三四五六七八九]?|[六七八九])五[”"]?';
/** `2021年是“十四五”开局之年`, `2019年是“十三五”规划实施的第四年`, `今年是“十五五”开局之年`. */
const PLAN_YEAR_ORDINAL = new RegExp(
  `(\\d{4}年|今年|去年)(?:是|为|作为)?(?:实施)?${FIVE_YEAR}(?:规划|计划)?(?:实施)?(?:的)?(开局之年|开局年|起步之年|第[一二三四五]年|首年|收官之年|收官年|最后一年)`,
  'g',
);
/** `“十四五”时期（2021—2025年）`, `“十四五”期间2026年`. */
const PLAN_YEAR_INSIDE = new RegExp(
  `${FIVE_YEAR}(?:规划)?(?:时期|期间|规划期)(?:的)?(?:[（(](\\d{4})年?\\s*[—–\\-～~至到]+\\s*(\\d{4})年?[）)]|(\\d{4})年)`,
  'g',
);

/** `2月14日（星期二）`, `2026年3月5日(周四)`. */
const WEEKDAY_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[（(](星期|周|礼拜)([一二三四五六日天])[）)]/g;
const WEEKDAYS = '日一二三四五六';
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ordinalOffset(word: string): number {
  if (/收官|最后/.test(word)) return 4;
  const k = /第(.)年/.exec(word);
  return k ? parseChineseNumeral(k[1]!)! - 1 : 0;
}

const SOURCE_NAMES: Record<YearEvidence['source'], Message> = {
  title: { zh: '标题', en: 'the title' },
  delivery: { zh: '报告日期', en: 'the delivery date' },
  plan: { zh: '工作安排标题', en: 'the plan heading' },
  review: { zh: '工作回顾标题', en: 'the review heading' },
};

/** The heading or title that states the report's year, as the finding's other place. */
function yearSource(doc: ReportDocument, ry: ReportYear): { where: Message; related: RelatedReport[] } {
  const e = ry.evidence[0]!;
  const line = doc.lines.lineAt(e.start) + 1;
  const name = SOURCE_NAMES[e.source];
  return {
    where: { zh: `第${line}行${name.zh}`, en: `${name.en} on line ${line}` },
    related: [{ start: e.start, end: e.end, message: { zh: `${name.zh}所示年份`, en: `The year of ${name.en}` } }],
  };
}

function checkSectionYears(doc: ReportDocument, ry: ReportYear, offset: number, period: Period, text: string, emit: Emit): void {
  const reviewYear = ry.year - 1;
  for (const m of matches(CLAUSE_YEAR, text)) {
    const year = Number(m[1]);
    const after = text.slice(m.index + m[0].length);
    const start = offset + m.index;
    const { where, related } = yearSource(doc, ry);
    if (period === 'plan' && year < ry.year && PLAN_STATEMENT.test(after)) {
      emit({
        start,
        end: start + 5,
        related,
        message: {
          zh: `工作安排部分写“${m[0]}”，本报告安排的是${ry.year}年（见${where.zh}）`,
          en: `The plan part says "${m[0]}", but the report plans for ${ry.year} (see ${where.en})`,
        },
      });
    }
    const clause = after.slice(0, after.search(/[，。；！？]|$/));
    if (period === 'review' && year > reviewYear && RESULT.test(clause) && !NOT_A_RESULT.test(clause)) {
      emit({
        start,
        end: start + 5,
        related,
        message: {
          zh: `工作回顾部分写了${year}年的成绩，回顾的是${reviewYear}年（见${where.zh}）`,
          en: `The review part reports results for ${year}, but it reviews ${reviewYear} (see ${where.en})`,
        },
      });
    }
  }
}

/** `2021年`; `今年` and `去年` in the report's year. */
function yearOf(written: string, reportYear: number | undefined): number | undefined {
  if (written === '今年') return reportYear;
  if (written === '去年') return reportYear === undefined ? undefined : reportYear - 1;
  return Number(written.slice(0, 4));
}

function checkFiveYearPlans(start: number, text: string, reportYear: number | undefined, emit: Emit): void {
  for (const m of matches(PLAN_YEAR_ORDINAL, text)) {
    const first = firstYearOf(m[2]!);
    const year = yearOf(m[1]!, reportYear);
    if (first === undefined || year === undefined) continue;
    const expected = first + ordinalOffset(m[3]!);
    if (year === expected) continue;
    const at = start + m.index;
    emit({
      start: at,
      end: at + m[0].length,
      message: {
        zh: `“${m[2]}五”的${m[3]}是${expected}年，而非${year}年${/\d/.test(m[1]!) ? '' : `（本报告的${m[1]}）`}`,
        en: `The ${m[3]} of the ${m[2]}五 plan is ${expected}, not ${year}${/\d/.test(m[1]!) ? '' : ` (${m[1]} in this report)`}`,
      },
    });
  }
  for (const m of matches(PLAN_YEAR_INSIDE, text)) {
    const first = firstYearOf(m[1]!);
    if (first === undefined) continue;
    const last = first + 4;
    const years = (m[4] ? [m[4]] : [m[2]!, m[3]!]).map(Number);
    const wrong = m[4] ? years[0]! < first || years[0]! > last : years[0] !== first || years[1] !== last;
    if (!wrong) continue;
    const at = start + m.index;
    emit({
      start: at,
      end: at + m[0].length,
      message: {
        zh: `“${m[1]}五”时期是${first}—${last}年，与所写“${years.join('—')}年”不符`,
        en: `The ${m[1]}五 period is ${first}–${last}, not ${years.join('–')}`,
      },
    });
  }
}

function checkWeekdays(paragraphStart: number, text: string, defaultYear: number | undefined, emit: Emit): void {
  for (const m of matches(WEEKDAY_DATE, text)) {
    const [, written, month, day, prefix, weekday] = m;
    // A date without its year takes the report's, unless the sentence names another year.
    const sentence = text.slice(Math.max(0, text.lastIndexOf('。', m.index) + 1), m.index);
    const nearby = matches(/(\d{4})年/g, sentence).map((y) => Number(y[1]));
    const year = written ? Number(written) : nearby.every((y) => y === defaultYear) ? defaultYear : undefined;
    if (year === undefined) continue;
    const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1) continue; // 2月30日: not a date
    const actual = date.getUTCDay();
    const stated = weekday === '天' ? 0 : WEEKDAYS.indexOf(weekday!);
    if (stated === actual) continue;
    const at = paragraphStart + m.index + m[0].length - 2;
    emit({
      start: at,
      end: at + 1,
      fix: [{ start: at, end: at + 1, text: WEEKDAYS[actual]! }],
      message: {
        zh: `${year}年${month}月${day}日是${prefix}${WEEKDAYS[actual]}，而非${prefix}${weekday}`,
        en: `${year}-${month}-${day} is a ${EN_WEEKDAYS[actual]}, not a ${EN_WEEKDAYS[stated]}`,
      },
    });
  }
}

export const periodMismatch: Rule = {
  id: 'period-mismatch',
  title: { zh: '年份与报告不符', en: 'Period mismatch' },
  severity: 'warning',
  fixable: true,
  consistency: true,
  description: {
    zh: '年份与报告年度不符：工作安排写成上一年、工作回顾写了下一年的成绩、“十四五”等规划期与年份不符、日期与星期不符',
    en: "Years that do not fit the report's year: a plan for a past year, review results for a later year, a five-year plan with an impossible year, a date with the wrong weekday",
  },
  check({ doc, report }) {
    const ry = reportYear(doc);
    for (const paragraph of doc.paragraphs) {
      const text = doc.checkable.slice(paragraph.range.start, paragraph.range.end);
      if (!/\d{4}年|月\d{1,2}日|[今去]年/.test(text)) continue;
      const period = ry && periodIn(paragraph, ry.year);
      // A heading's title states the section's year; its run-in body is checked like any text.
      const from = paragraph.heading ? (paragraph.heading.body?.range.start ?? paragraph.range.end) : paragraph.range.start;
      if (ry && period) checkSectionYears(doc, ry, from, period, doc.checkable.slice(from, paragraph.range.end), report);
      if (text.includes('五')) checkFiveYearPlans(paragraph.range.start, text, ry?.year, report);
      // In the review part a date without its year belongs to the year reviewed: too uncertain to check.
      checkWeekdays(paragraph.range.start, text, period === 'review' ? undefined : ry?.year, report);
    }
  },
};
