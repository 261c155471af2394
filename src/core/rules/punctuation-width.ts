import type { ReportDocument } from '../model';
import { unexpected } from './message';
import { FULL_WIDTH, inChineseContext, paragraphIndexAt, widenOverSpaces } from '../text';
import type { Edit, Report, Rule } from './types';
import { matches } from '../matches';

/** URLs are consumed whole so their `:` `?` `(` are never seen; the rest are the marks checked. */
const MARKS = /https?:\/\/[\x21-\x7e]*|[,;:?!()]/g;

/** `(一)` `（1）` `1)` at the start of a paragraph: a structure marker, left to heading-form. */
const LEADING_MARKER = /^[(（]\s*[一二三四五六七八九十百零〇\d]+\s*[)）]|^[一二三四五六七八九十百零〇\d]+[)）]/;

/** Chinese marks and quotes that may follow a figure: `14.9%;“十二五”`. */
const CHINESE_AFTER_FIGURE = '，。；：？！、（）《》【】“‘';

/** A half-width mark between a digit or % and Chinese punctuation or an opening quote. */
function afterFigureBeforeChinese(s: string, i: number): boolean {
  return /[0-9%％]/.test(s[i - 1] ?? '') && CHINESE_AFTER_FIGURE.includes(s[i + 1] ?? '');
}

const isHalf = (ch: string | undefined) => ch === '(' || ch === ')';

function replaceMark(doc: ReportDocument, i: number): Edit {
  return { ...widenOverSpaces(doc, i, i + 1), text: FULL_WIDTH[doc.text[i]!]! };
}

export const punctuationWidth: Rule = {
  id: 'punctuation-width',
  title: { zh: '全角标点', en: 'Full-width punctuation' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '中文语境中应使用全角标点：，；：？！（）',
    en: 'Chinese text takes full-width punctuation: ，；：？！（）',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    const parenParagraphs = new Set<number>();
    for (const m of matches(MARKS, s)) {
      const ch = m[0];
      if (ch.length > 1) continue;
      const i = m.index;
      if (ch === '(' || ch === ')') {
        const p = paragraphIndexAt(doc.paragraphs, i);
        if (p >= 0) parenParagraphs.add(p);
        continue;
      }
      if (!inChineseContext(s, i) && !afterFigureBeforeChinese(s, i)) continue;
      report({ start: i, end: i + 1, message: unexpected(ch, FULL_WIDTH[ch]!), fix: [replaceMark(doc, i)] });
    }
    for (const p of parenParagraphs) checkParens(doc, p, report);
  },
};

/** Pairs parentheses of either width within one paragraph and reports the half-width ones in Chinese context. */
function checkParens(doc: ReportDocument, p: number, report: (r: Report) => void): void {
  const s = doc.checkable;
  const { start, end } = doc.paragraphs[p]!.range;
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = s[i];
    if (ch === '(' || ch === '（') open.push(i);
    else if ((ch === ')' || ch === '）') && open.length > 0) {
      const o = open.pop()!;
      partner.set(o, i);
      partner.set(i, o);
    }
  }
  // Paragraph ranges start after indentation.
  const lead = LEADING_MARKER.exec(s.slice(start, Math.min(end, start + 12)));
  const skipUntil = lead ? start + lead[0].length : -1;

  for (let i = start; i < end; i++) {
    if (!isHalf(s[i]) || i < skipUntil) continue;
    const q = partner.get(i);
    const qFull = q !== undefined && !isHalf(s[q]);
    const here = inChineseContext(s, i);
    // A half-width pair with either mark in Chinese context is wrong as a whole: 总值(GDP) reports both.
    const partnerChinese = q !== undefined && !qFull && inChineseContext(s, q);
    if (!here && !qFull && !partnerChinese) continue;
    let fix: Edit[] | undefined;
    if (q === undefined || qFull) fix = [replaceMark(doc, i)];
    else if (q >= skipUntil && (here || inChineseContext(s, q))) {
      const pair = [replaceMark(doc, Math.min(i, q)), replaceMark(doc, Math.max(i, q))];
      // Adjacent marks must not share a widened space: keep the edits disjoint.
      if (pair[0]!.end <= pair[1]!.start) fix = pair;
    }
    const ch = s[i]!;
    report({ start: i, end: i + 1, message: unexpected(ch, FULL_WIDTH[ch]!), ...(fix ? { fix } : {}) });
  }
}
