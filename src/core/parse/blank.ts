import type { LineIndex } from '../lines';

/** Replaces every character but line breaks with a space, keeping length and offsets. */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** The text with the given lines blanked (page numbers of a PDF's text). */
export function blankLines(text: string, lines: LineIndex, blanked: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const line of blanked) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    out += text.slice(from, start) + blank(text.slice(start, end));
    from = end;
  }
  return out + text.slice(from);
}
