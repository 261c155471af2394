import { unexpected } from './message';
import type { ParagraphRule } from './types';
import { matches } from '../matches';

/**
 * Function words checked for doubling, and the characters before or after a pair that make it a
 * real word: 目的的 标的的 众矢之的的 的的确确 有的的确 · 不了了之 为了了解 明了了 · 是是非非 是是否 凡是是…
 */
const WORD_EXCEPTIONS: Record<string, { before: string; after: string }> = {
  的: { before: '目标之', after: '确' },
  了: { before: '明', after: '解结之断却' },
  是: { before: '凡要若但于还就只总可或正真倒像', after: '否非不' },
};

/** Marks never doubled (`……` and `——` are single marks and are not listed). */
const MARKS = '，。、；：！？';

/** One alternative per character (faster than a backreference on these very frequent characters). */
const REPEATED = new RegExp([...MARKS, ...Object.keys(WORD_EXCEPTIONS)].map((c) => `${c}{2,}`).join('|'), 'g');

const oneOf = (set: string, ch: string | undefined) => ch !== undefined && set.includes(ch);

export const repeatedPunctuation: ParagraphRule = {
  id: 'repeated-punctuation',
  scope: 'paragraph',
  title: { zh: '重复标点', en: 'Doubled punctuation' },
  severity: 'warning',
  fixable: true,
  description: {
    zh: '标点符号或虚词不应重复：，， 。。 、、 的的',
    en: 'No doubled punctuation or function words: ，， 。。 、、 的的',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    for (const m of matches(REPEATED, s)) {
      const run = m[0];
      const ch = run[0]!;
      const start = m.index;
      const end = start + run.length;
      const ex = WORD_EXCEPTIONS[ch];
      if (ex && (oneOf(ex.before, s[start - 1]) || oneOf(ex.after, s[end]))) continue;
      report({ start, end, message: unexpected(run, ch), fix: [{ start: start + 1, end, text: '' }] });
    }
  },
};
