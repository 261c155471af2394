import type { LineIndex } from '../lines';
import { blankLines } from './blank';

/** A page number a PDF's text keeps between its pages' lines: `— 3 —`, `- 3 -`, `第3页 共20页`. */
const FOLIO = /^(?:[-—－–─]{1,2}[ \u3000]*\d{1,4}[ \u3000]*[-—－–─]{1,2}|第[ \u3000]*\d{1,4}[ \u3000]*页(?:[ \u3000]*[,，]?[ \u3000]*共[ \u3000]*\d{1,4}[ \u3000]*页)?)$/;
/** A line that ends a sentence: never continued by the next one. */
const SENTENCE_END = /[。！？!?][”’」』）)]*$/;
/** How far short of the wrap width a wrapped line may stop (a number or word moved to the next line, a mark kept from opening one). */
const SLACK = 8;
/**
 * How far short of the wrap width a line ending a sentence may stop and still be wrapped: a paragraph goes
 * on after a full line far more often than it ends exactly at the line's end.
 */
const FULL_SLACK = 3;
/** How far past the wrap width a line may run: marks kept from opening the next line (`，”`). */
const OVERHANG = 4;
/** Narrowest wrap width looked for: 15 Chinese characters. */
const MIN_WIDTH = 30;
/** Widest wrap width looked for: 50 Chinese characters (a page of GB/T 9704 holds 28 a line). */
const MAX_WIDTH = 100;
/** Fewest wrapped lines that make a text wrapped. */
const MIN_WRAPPED = 5;
/** Share of the lines that do not end a sentence that must stop at the wrap width. */
const AT_WIDTH_SHARE = 0.6;
/** Share of all lines that may run past the wrap width (a table row, a line left unwrapped). */
const PAST_WIDTH_SHARE = 0.05;

/** Display width: two columns for Chinese characters and full-width marks, one for Latin. */
function width(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2000 ? 2 : 1;
  return w;
}

interface LineShape {
  width: number;
  indent: number;
  endsSentence: boolean;
  /** A line opening a heading: it starts a paragraph, and its title goes on only from a full line, as a sentence does. */
  heading: boolean;
}

/** The line a line may go on from: the one before, or across a page number (and blank lines around it) the last line of text before that. */
function lineBefore(line: number, shapes: ReadonlyArray<LineShape | undefined>, folio: ReadonlySet<number>): number {
  const skipBlanks = (from: number) => {
    let at = from;
    while (at >= 0 && !shapes[at] && !folio.has(at)) at--;
    return at;
  };
  const page = skipBlanks(line - 1);
  return page >= 0 && folio.has(page) ? skipBlanks(page - 1) : line - 1;
}

export interface WrappedLayout {
  /** Lines that continue the paragraph of the line before (across page numbers). */
  continuation: Set<number>;
  /** The text with the lines that only number a page (not text) blanked. */
  text: string;
}

/**
 * Lines that continue the paragraph of the line before in plain text wrapped at a fixed width (pasted
 * from a PDF or an e-mail): most lines that do not end a sentence stop at one width and none run far
 * past it. A line continues the one before when that one reaches the width (a heading's line or one
 * ending a sentence must fill it) and it is neither indented further nor opens a heading.
 * Undefined when the text is not wrapped (one line per paragraph).
 */
export function wrappedLayout(text: string, lines: LineIndex, isHeading: (content: string) => boolean): WrappedLayout | undefined {
  // Most texts have one line per paragraph, many longer than any wrap: counted without reading the lines.
  let long = 0;
  for (let line = 0; line < lines.lineCount; line++) if (lines.lineEnd(line) - lines.lineStart(line) > MAX_WIDTH) long++;
  if (long > lines.lineCount * PAST_WIDTH_SHARE) return undefined;
  const shapes: Array<LineShape | undefined> = [];
  const folios: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const raw = text.slice(lines.lineStart(line), lines.lineEnd(line));
    // An indent takes its room on the line too: the width counts it.
    const content = raw.trimEnd();
    const indent = content.length - content.trimStart().length;
    const trimmed = content.slice(indent);
    const folio = FOLIO.test(trimmed);
    if (folio) folios.push(line);
    shapes.push(!folio && trimmed ? { width: width(content), indent, endsSentence: SENTENCE_END.test(trimmed), heading: isHeading(trimmed) } : undefined);
  }
  const present = shapes.filter((s): s is LineShape => s !== undefined);
  const open = present.filter((s) => !s.endsSentence).map((s) => s.width);
  if (open.length < MIN_WRAPPED) return undefined;
  // The wrap width: the commonest width of the lines that do not end a sentence.
  const counts = new Map<number, number>();
  for (const w of open) counts.set(w, (counts.get(w) ?? 0) + 1);
  let wrap = 0;
  for (const [w, n] of counts) if (n > (counts.get(wrap) ?? 0) || (n === counts.get(wrap) && w > wrap)) wrap = w;
  const widest = wrap + OVERHANG;
  const atWidth = open.filter((w) => w >= wrap - SLACK && w <= widest).length;
  if (wrap < MIN_WIDTH || wrap > MAX_WIDTH || atWidth < MIN_WRAPPED || atWidth < open.length * AT_WIDTH_SHARE) return undefined;
  if (present.filter((s) => s.width > widest).length > present.length * PAST_WIDTH_SHARE) return undefined;
  const indent = present.reduce((least, s) => Math.min(least, s.indent), Number.POSITIVE_INFINITY);
  // Whether paragraphs open indented: then an unindented line after a full one goes on, whatever ends that one.
  let afterSentence = 0;
  let indentedAfterSentence = 0;
  for (let line = 1; line < shapes.length; line++) {
    if (!shapes[line - 1]?.endsSentence || !shapes[line]) continue;
    afterSentence++;
    if (shapes[line]!.indent > indent) indentedAfterSentence++;
  }
  const indented = indentedAfterSentence >= MIN_WRAPPED && indentedAfterSentence * 2 >= afterSentence;
  const continuation = new Set<number>();
  const folio = new Set(folios);
  for (let line = 1; line < shapes.length; line++) {
    const before = shapes[lineBefore(line, shapes, folio)];
    const shape = shapes[line];
    const slack = (before?.endsSentence && !indented) || before?.heading ? FULL_SLACK : SLACK;
    if (before && shape && !shape.heading && before.width >= wrap - slack && shape.indent <= indent) continuation.add(line);
  }
  return continuation.size >= MIN_WRAPPED ? { continuation, text: blankLines(text, lines, folios) } : undefined;
}
