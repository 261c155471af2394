// Small text measures for the review sheet: word count, title, the sentence around a spot.

import type { ReportDocument } from '../model';

/** Latin words and digit runs count once, like Word's 字数; every other visible character counts once. */
const COUNTED = /[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/gu;

/** 字数 as Word counts it: each Chinese character or mark, each Latin word or number. Markdown syntax is left out. */
export function wordCount(doc: ReportDocument): number {
  let n = 0;
  for (const _ of doc.checkable.matchAll(COUNTED)) n++;
  return n;
}

const MAX_TITLE = 60;

/**
 * The document's title: a Markdown heading with no structure marker before the first numbered section,
 * else a short first paragraph that is not the salutation and does not end like a sentence.
 */
export function documentTitle(doc: ReportDocument): string | undefined {
  const plain = doc.headings.find((h) => h.kind === 'plain');
  const firstNumbered = doc.headings.find((h) => h.kind !== 'plain');
  if (plain && (!firstNumbered || plain.range.start < firstNumbered.range.start)) return plain.title.text.trim();
  const first = doc.paragraphs[0];
  if (!first || first.heading || first.range.start === doc.salutation?.range.start) return undefined;
  const text = first.text.trim();
  return text.length <= MAX_TITLE && !/[。！？；：:]$/.test(text) ? text : undefined;
}

const SENTENCE_END = /[。！？；!?;]/;
/** Characters shown on each side of a spot at most. */
const CONTEXT = 40;

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The sentence around `[start, end)` within `[from, to)`, cut to CONTEXT characters on each side (…). */
export function sentenceAround(text: string, start: number, end: number, from: number, to: number): Snippet {
  // The scan is bounded too, so an unpunctuated megabyte costs no more than a sentence.
  const lo = Math.max(from, start - 4 * CONTEXT);
  const hi = Math.min(to, end + 4 * CONTEXT);
  let a = start;
  while (a > lo && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < hi && !SENTENCE_END.test(text[b]!)) b++;
  if (b < hi && SENTENCE_END.test(text[b]!)) b++;
  const before = start - a > CONTEXT ? `…${text.slice(start - CONTEXT, start)}` : text.slice(a, start);
  const after = b - end > CONTEXT ? `${text.slice(end, end + CONTEXT)}…` : text.slice(end, b);
  return { before: before.trimStart(), match: text.slice(start, end), after: after.trimEnd() };
}
