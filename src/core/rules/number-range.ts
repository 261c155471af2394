import { unexpected } from './message';
import type { ParagraphRule } from './types';
import { matches } from '../matches';

/** Measure words and units a numeric range is followed by (号, 期 and 中 are left out: `1-2号楼`, `表1-2中`). */
const UNITS = '个家项次名人户所座条件台套辆架艘只头株棵批年月日天周时小分秒岁倍元角万亿千百米里亩顷吨克斤度层间张本册篇页章节款部门种类级届轮场位例起栋处块份季公平立';

/**
 * `a<dash>b` followed by a unit or `%`. The first number must start a numeric run: not after a
 * letter, digit, `.`, `-`, `/`, `:` (model names, dates, times, `GB/T 9704-2012`), nor after 图/表/式.
 */
const RANGE = new RegExp(
  String.raw`(?<![\w.\-－/:~～—–图表式]|[A-Za-z]\s)(\d+(?:\.\d+)?)([%％]?)([-－~～—–])(\d+(?:\.\d+)?)(?=([%％])|[${UNITS}])`,
  'g',
);

/** Connectors that are wrong in a range; `～` and `—` are right (GB/T 15834 4.13). */
const WRONG_DASH = /[-－~–]/;
/** A span of years with no unit after it: `（2011-2015）`. With 年 after it, RANGE reads it. */
const YEAR_SPAN = /(?<![\w.\-－/:~～—–]|[A-Za-z]\s)((?:19|20)\d\d)([-－~–])((?:19|20)\d\d)(?![\d年\-－/.:])/g;
const YEAR = /^(?:19|20)\d\d$/;

export const numberRange: ParagraphRule = {
  id: 'number-range',
  scope: 'paragraph',
  title: { zh: '数值范围', en: 'Numeric range' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '数值范围用“～”或“—”连接，百分数两端都带%：1～2家、67%～89%',
    en: 'Numeric ranges use "～" or "—", with % on both ends: 1～2家, 67%～89%',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    for (const m of matches(RANGE, s)) {
      const [whole, from, fromPercent, dash, to, toPercent] = m as unknown as [string, string, string, string, string, string | undefined];
      if (/^0\d/.test(from)) continue; // area codes: 0372-1234567
      if (Number(to) <= Number(from)) continue; // a range rises; a code falls: `20-2天然气分离厂`, a block of an oil field
      let expected: string;
      if (toPercent) {
        const goodDash = WRONG_DASH.test(dash) ? '～' : dash;
        expected = `${from}${fromPercent || toPercent}${goodDash}${to}${toPercent}`;
        if (fromPercent && fromPercent !== toPercent) continue; // mixed % signs: fullwidth-digits
      } else {
        if (fromPercent || !WRONG_DASH.test(dash)) continue;
        const years = YEAR.test(from) && YEAR.test(to) && s[m.index + whole.length] === '年';
        expected = `${from}${years ? '—' : '～'}${to}`;
      }
      const end = m.index + whole.length + (toPercent ? 1 : 0);
      const found = s.slice(m.index, end);
      if (found === expected) continue;
      report({ start: m.index, end, message: unexpected(found, expected), fix: [{ start: m.index, end, text: expected }] });
    }
    for (const m of matches(YEAR_SPAN, s)) {
      const [found, from, , to] = m as unknown as [string, string, string, string];
      if (Number(to) <= Number(from)) continue;
      const expected = `${from}—${to}`;
      const end = m.index + found.length;
      report({ start: m.index, end, message: unexpected(found, expected), fix: [{ start: m.index, end, text: expected }] });
    }
  },
};
