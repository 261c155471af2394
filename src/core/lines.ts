import type { Range } from './model';

const BREAK = /\r\n?|\n/g;

/** Maps UTF-16 offsets to 0-based line/column. Lines end at `\r\n`, `\n` or a lone `\r`, as in VS Code. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Where each line's content ends (its break starts). */
  private readonly ends: number[] = [];
  /** The line the last lookup found. */
  private lastLine = 0;

  constructor(private readonly text: string) {
    if (text.includes('\r')) {
      for (const m of text.matchAll(BREAK)) this.addBreak(m.index, m[0].length);
    } else {
      // The common case, without a match object per line.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.addBreak(i, 1);
    }
    this.ends.push(text.length);
  }

  private addBreak(at: number, length: number): void {
    this.ends.push(at);
    this.starts.push(at + length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset of the end of the line's content, before its break. */
  lineEnd(line: number): number {
    return this.ends[line] ?? this.text.length;
  }

  lineAt(offset: number): number {
    // Lookups come in document order, mostly on the line of the one before: try it first.
    const last = this.lastLine;
    if (this.starts[last]! <= offset && (last + 1 === this.starts.length || offset < this.starts[last + 1]!)) return last;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  range(start: number, end: number): Range {
    const startLine = this.lineAt(start);
    const endLine = end === start ? startLine : this.lineAt(end);
    return {
      start,
      end,
      startLine,
      startColumn: start - this.starts[startLine]!,
      endLine,
      endColumn: end - this.starts[endLine]!,
    };
  }
}
