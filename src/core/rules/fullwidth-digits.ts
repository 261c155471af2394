import { unexpected } from './message';
import type { Rule } from './types';
import { matches } from '../matches';

/** A run of full-width digits, with a full-width `．` only between two of them; or a full-width `％`. */
const FULLWIDTH = /[０-９](?:[０-９]|．(?=[０-９]))*|％/g;

/** Maps U+FF0E..U+FF19 (`．` and `０`–`９`) to ASCII. */
const toAscii = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export const fullwidthDigits: Rule = {
  id: 'fullwidth-digits',
  title: { zh: '半角数字', en: 'Half-width digits' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '数字用半角：１２３ 应为 123；全文统一使用“%”',
    en: 'Digits are half-width: １２３ becomes 123; one percent sign ("%") per document',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    const mixedPercent = s.includes('%');
    for (const m of matches(FULLWIDTH, s)) {
      const found = m[0];
      if (found === '％' && !mixedPercent) continue;
      const start = m.index;
      const end = start + found.length;
      const expected = found === '％' ? '%' : toAscii(found);
      report({ start, end, message: unexpected(found, expected), fix: [{ start, end, text: expected }] });
    }
  },
};
