import type { Range } from './model';

/** Maps UTF-16 offsets to 0-based line/column. Lines end at `\n`; a preceding `\r` belongs to the break. */
export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Offset of the end of the line's content, before `\r\n` or `\n`. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
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
