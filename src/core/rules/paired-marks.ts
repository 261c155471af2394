import { capitalize, markName } from './mark-names';
import { isLatinLetter } from '../text';
import type { Message, Report, Rule } from './types';
import { CharSet } from '../chars';

const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '【': '】', '(': ')' };
const OPENER_OF: Record<string, string> = { '”': '“', '’': '‘', '》': '《', '）': '（', '】': '【', ')': '(' };

/** Half-width parentheses take part in pairing (`（…)` is a pair of the wrong width, reported by punctuation-width) but are never reported here. */
const MARKS = new CharSet('“”‘’《》（）【】()');
const OPENERS = new CharSet(Object.keys(CLOSER_OF).join(''));

/** Real text never nests this deep; a bound keeps long runs of unclosed marks linear. */
const MAX_OPEN = 32;

const kind = (ch: string) => (ch === '(' || ch === ')' ? '（' : OPENER_OF[ch] ?? ch);

// Marks are named in words: a message quoting “ and ” in Chinese quotes cannot be read.
const name = (mark: string) => markName(mark)!;

function unclosed(open: string): Message {
  const [o, c] = [name(open), name(CLOSER_OF[open]!)];
  return { zh: `${o.zh}没有对应的${c.zh}`, en: `${capitalize(o.en)} without a matching ${c.en}` };
}

function unmatched(close: string): Message {
  const [c, o] = [name(close), name(OPENER_OF[close]!)];
  return { zh: `${c.zh}前面没有对应的${o.zh}`, en: `${capitalize(c.en)} without a matching ${o.en} before it` };
}

function crossed(open: string, outer: string): Message {
  const [o, c, x] = [name(open), name(CLOSER_OF[open]!), name(outer)];
  return {
    zh: `${o.zh}应在${x.zh}之前以${c.zh}闭合`,
    en: `Crossed marks: the ${o.en} must be closed by a ${c.en} before the ${x.en}`,
  };
}

export const pairedMarks: Rule = {
  id: 'paired-marks',
  title: { zh: '成对标点', en: 'Paired marks' },
  severity: 'warning',
  fixable: false,
  description: {
    zh: '成对标点（“” ‘’ 《》 （） 【】）须在段内配对且正确嵌套',
    en: 'Paired marks (“” ‘’ 《》 （） 【】) must balance and nest within a paragraph',
  },
  check({ doc, report }) {
    const s = doc.checkable;
    const { paragraphs } = doc;
    let stack: number[] = [];
    const reported = new Set<number>();
    let para = -1;
    let paraEnd = -1;

    const flush = () => {
      for (const i of stack) {
        if (s[i] === '(' || reported.has(i)) continue;
        if (s[i] === '“' && nextParagraphOpensQuote(para)) continue;
        report({ start: i, end: i + 1, message: unclosed(s[i]!) });
      }
      stack = [];
    };
    // A quotation running over several paragraphs opens each with “ and closes only the last.
    const nextParagraphOpensQuote = (p: number) => {
      const next = paragraphs[p + 1];
      return next !== undefined && s[next.range.start] === '“';
    };

    for (let i = MARKS.indexIn(s); i !== -1; i = MARKS.indexIn(s, i + 1)) {
      if (i >= paraEnd) {
        flush();
        // Marks come in order, so the paragraph pointer only moves forward.
        while (para + 1 < paragraphs.length && paragraphs[para + 1]!.range.end <= i) para++;
        para++;
        const next = paragraphs[para];
        if (!next) break;
        paraEnd = next.range.end;
      }
      if (OPENERS.has(s.charCodeAt(i))) {
        if (stack.length === MAX_OPEN) {
          const oldest = stack.shift()!;
          if (s[oldest] !== '(' && !reported.has(oldest)) report({ start: oldest, end: oldest + 1, message: unclosed(s[oldest]!) });
        }
        stack.push(i);
        continue;
      }
      if (s[i] === '’' && isLatinLetter(s[i - 1]) && isLatinLetter(s[i + 1])) continue; // don’t
      closeMark(s, i, stack, reported, report);
    }
    flush();
  },
};

function closeMark(s: string, i: number, stack: number[], reported: Set<number>, report: (r: Report) => void): void {
  const ch = s[i]!;
  const want = kind(ch);
  let j = stack.length - 1;
  while (j >= 0 && kind(s[stack[j]!]!) !== want) j--;
  if (j < 0) {
    if (ch !== ')') report({ start: i, end: i + 1, message: unmatched(ch) });
    return;
  }
  // Full-width marks opened after the matching opener cross this closer.
  for (let k = j + 1; k < stack.length; k++) {
    const o = stack[k]!;
    if (s[o] === '(' || reported.has(o)) continue;
    reported.add(o);
    report({ start: o, end: o + 1, message: crossed(s[o]!, ch) });
  }
  stack.splice(j, 1);
}
