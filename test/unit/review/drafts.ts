// Second drafts built from the seed draft, as a writing team would return them.
import { parseReport } from '../../../src/core/parse';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies edits given on the original offsets (non-overlapping, any order). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The one place `find` occurs in `text` (fails the test when it is missing or ambiguous). */
export function unique(text: string, find: string): number {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`expected exactly one “${find}”`);
  return at;
}

/** Replaces the unique occurrence of `inside` and, within it, `from` by `to`. */
export function replaceIn(text: string, inside: string, from: string, to: string): Edit {
  const at = unique(text, inside) + inside.indexOf(from);
  return { start: at, end: at + from.length, text: to };
}

/** Fills `count` placeholders spread over the draft (every `step`th), each with a distinct number. */
export function fillPlaceholders(text: string, count: number, step: number): Array<Edit & { placeholder: string; line: number }> {
  const doc = parseReport(text, { format: 'text' });
  return doc.placeholders
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((p, i) => ({ start: p.range.start, end: p.range.end, text: String(300 + i), placeholder: p.text, line: p.range.startLine + 1 }));
}
