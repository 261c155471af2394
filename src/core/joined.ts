/**
 * A line break inside a paragraph, with the spaces around it (Markdown's blanked `>` and list indents too,
 * and a PDF's page number blanked between two lines).
 */
const SOFT_BREAK = /(?:[ \t\u3000]*\r?\n)+[ \t\u3000]*/g;
const LATIN = /[A-Za-z0-9]/;

/**
 * A span of a document with its soft line breaks taken out: a paragraph wrapped inside its sentences (a
 * Markdown paragraph over several lines, a plain text pasted from a PDF) reads as one line, so a name,
 * a list or a value cut by a break is whole again. Offsets into the joined text map back to the document.
 */
export class JoinedSpan {
  /** Where each kept piece starts in the joined text, and in the document. */
  private readonly joinedStarts: number[] = [0];
  private readonly documentStarts: number[];
  private readonly ends: number[] = [];

  constructor(source: string, private readonly from: number, private readonly to: number) {
    this.documentStarts = [from];
    const inner = source.indexOf('\n', from);
    if (inner === -1 || inner >= to) {
      this.ends.push(to);
      return;
    }
    SOFT_BREAK.lastIndex = from;
    let joined = 0;
    for (let m = SOFT_BREAK.exec(source); m && m.index < to; m = SOFT_BREAK.exec(source)) {
      const end = Math.min(m.index + m[0].length, to);
      // A space before the break between two Latin words stays: `in \nChina`; `55\n27` is one number.
      const kept = m[0][0] === ' ' && LATIN.test(source[m.index - 1] ?? '') && LATIN.test(source[end] ?? '') ? m.index + 1 : m.index;
      const start = this.documentStarts[this.documentStarts.length - 1]!;
      joined += kept - start;
      this.ends.push(kept);
      this.joinedStarts.push(joined);
      this.documentStarts.push(end);
    }
    this.ends.push(to);
  }

  /** `s`'s text in the span, joined (`s` is the document's text or a copy with the same offsets). */
  slice(s: string): string {
    if (this.ends.length === 1) return s.slice(this.from, this.to);
    let out = '';
    for (let i = 0; i < this.ends.length; i++) out += s.slice(this.documentStarts[i], this.ends[i]);
    return out;
  }

  /** The document offset of the joined text's character at `offset`. */
  at(offset: number): number {
    let i = this.joinedStarts.length - 1;
    while (i > 0 && this.joinedStarts[i]! > offset) i--;
    return this.documentStarts[i]! + offset - this.joinedStarts[i]!;
  }

  /** The joined text's offset of the document's `offset` (one inside a break maps to the break's end). */
  offsetOf(offset: number): number {
    let i = this.documentStarts.length - 1;
    while (i > 0 && this.documentStarts[i]! > offset) i--;
    return this.joinedStarts[i]! + Math.min(offset - this.documentStarts[i]!, this.ends[i]! - this.documentStarts[i]!);
  }

  /** The document offset where a stretch of the joined text ending at `end` ends. */
  endAt(end: number): number {
    return end === 0 ? this.from : this.at(end - 1) + 1;
  }

  /** The document's offsets of the joined text's `[start, end)` (an empty stretch stays empty). */
  place(start: number, end: number): { start: number; end: number } {
    const at = this.at(start);
    return { start: at, end: end === start ? at : this.endAt(end) };
  }
}
