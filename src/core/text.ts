// Text helpers shared by the rules, the figure model, the outline and the review: Chinese context, sentence runs, paragraphs by offset.

import { isCjk, SENTENCE_END_CHARS, SENTENCE_ENDS } from './chars';
import type { Paragraph, TextScope } from './model';

/** Full-width marks that only occur in Chinese text (quotes, dashes and ellipses are left out: English uses them too). */
const CHINESE_PUNCT = '，。；：？！、（）《》【】';

/** Horizontal spaces skipped when looking for a neighbour. */
function isHSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/** A CJK ideograph or a mark used only in Chinese text. */
function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isCjk(ch) || CHINESE_PUNCT.includes(ch));
}

export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** The nearest character before `i` on the same line, skipping horizontal spaces. */
export function charBefore(s: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && isHSpace(s[j])) j--;
  return j < 0 || s[j] === '\n' || s[j] === '\r' ? undefined : s[j];
}

/** The nearest character after `i` on the same line, skipping horizontal spaces. */
function charAfter(s: string, i: number): string | undefined {
  let j = i + 1;
  while (j < s.length && isHSpace(s[j])) j++;
  return j >= s.length || s[j] === '\n' || s[j] === '\r' ? undefined : s[j];
}

/** The full-width mark for each half-width one that Chinese text takes. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * The text with every half-width mark in Chinese context made full-width, one code unit for one (offsets hold):
 * a draft typed in the wrong input mode (`建成A,B等项目`) reads as the clauses and lists it means. A mark right after a
 * bracket made full-width is in that context too (`项目5个(A、B),3月新增…`).
 */
export function withFullWidthMarks(s: string): string {
  const marks = s.replace(/[,;:?!().]/g, (ch: string, i: number) => {
    // A full stop ends a Chinese sentence (`年度计划投资2573.4亿元. 产业发展项目`): not a decimal point nor an item's number (`1.实施`).
    if (ch === '.') return isChinese(charBefore(s, i)) ? '。' : ch;
    return inChineseContext(s, i) || (s[i - 1] === ')' && inChineseContext(s, i - 1)) ? FULL_WIDTH[ch]! : ch;
  });
  if (!marks.includes('"')) return marks;
  // Straight double quotes pair up within a line: `"十四五"规划` → `“十四五”规划`.
  let open = false;
  return marks.replace(/"|\n/g, (ch: string, i: number) => {
    if (ch === '\n') {
      open = false;
      return ch;
    }
    if (!inChineseContext(s, i)) return ch;
    open = !open;
    return open ? '“' : '”';
  });
}

/** Whether the character at `i` has a Chinese neighbour on either side (an intervening space is ignored). */
export function inChineseContext(s: string, i: number): boolean {
  return isChinese(charBefore(s, i)) || isChinese(charAfter(s, i));
}

/** An ASCII space or tab in both the text and the checkable text (so not blanked Markdown syntax). */
function isPlainSpace(doc: TextScope, i: number): boolean {
  const t = doc.text[i];
  return (t === ' ' || t === '\t') && doc.checkable[i] === t;
}

function isBreak(ch: string | undefined): boolean {
  return ch === undefined || ch === '\n' || ch === '\r';
}

/**
 * Widens `[start, end)` over the plain spaces on each side that sit between it and other text on
 * the same line; indentation and trailing spaces are kept.
 */
export function widenOverSpaces(doc: TextScope, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && isPlainSpace(doc, a - 1)) a--;
  if (isBreak(doc.text[a - 1])) a = start;
  let b = end;
  while (isPlainSpace(doc, b)) b++;
  if (isBreak(doc.text[b])) b = end;
  return { start: a, end: b };
}

/** Index of the paragraph containing `offset` (binary search), or -1. */
export function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = paragraphs[mid]!.range;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the run of text that ends at `at` starts: just after the last `isBreak` character, at most `max` characters back. */
export function runStart(s: string, at: number, isBreak: (ch: string) => boolean, max: number): number {
  const limit = Math.max(0, at - max);
  let i = at;
  while (i > limit && !isBreak(s[i - 1]!)) i--;
  return i;
}

/** The text that ends at `at`, from just after the last `isBreak` character, at most `max` characters. */
export function runBefore(s: string, at: number, isBreak: (ch: string) => boolean, max: number): string {
  return s.slice(runStart(s, at, isBreak, max), at);
}

export const SENTENCE_END = new RegExp(`[${SENTENCE_END_CHARS}]`);

/** One character tested often (walks back from a figure): a table lookup, not a pattern. */
export const isSentenceEnd = (ch: string): boolean => SENTENCE_ENDS.has(ch.charCodeAt(0));

/**
 * Sentence starts (`runStart` with `isSentenceEnd`) for offsets asked mostly in increasing order (figures
 * in document order): only the text since the previous offset is read, not the sentence again per figure.
 */
export function sentenceStarts(s: string, max: number): (at: number) => number {
  let previous = -1;
  let start = 0;
  return (at) => {
    if (previous !== -1 && at >= previous && at - previous <= max) {
      let i = at;
      // Char codes: no one-character string is made per character read.
      while (i > previous && !SENTENCE_ENDS.has(s.charCodeAt(i - 1))) i--;
      if (i > previous) start = i;
    } else {
      start = runStart(s, at, isSentenceEnd, max);
    }
    previous = at;
    return Math.max(start, at - max, 0);
  };
}

/** The text without its whitespace, full-width spaces included (`主 要 工 作` → `主要工作`). */
export function withoutSpaces(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}
