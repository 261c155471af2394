import { LineIndex } from '../lines';
import type {
  DivisionKind,
  Format,
  Heading,
  Marker,
  Paragraph,
  ReportDocument,
  Section,
  TextNode,
} from '../model';
import type { PlaceholderSettings } from '../settings';
import { SUPPRESSION_COMMENT } from '../suppression';
import { blank } from './blank';
import { inferNumbering } from './conventions';
import { findEnumerations } from './enumerations';
import { layoutMarkdown } from './markdown';
import { markerRunIntoValue, matchDivision, matchMarker, opensHeading } from './markers';
import { findPlaceholders } from './placeholders';
import { wrappedLayout } from './wrapped';

export interface ParseOptions {
  format: Format;
  placeholders?: PlaceholderSettings;
}

const SALUTATION = /^(?:各位代表|同志们|各位委员|各位领导|同志们、朋友们|女士们、先生们)[^。！？]{0,12}[：:]$/;

/** Nesting rank: lower ranks contain higher ones. Markdown-only headings rank by `#` depth. */
const DIVISION_RANK: Record<DivisionKind, number> = { appendix: 0, glossary: 0, chapter: 1, part: 2, article: 3 };

function rank(h: Heading): number {
  switch (h.kind) {
    case 'plain':
      return (h.markdownDepth ?? 1) - 10;
    case 'division':
      return DIVISION_RANK[h.division];
    case 'numbered':
      return 10 + h.marker.level;
  }
}

function isSpace(code: number): boolean {
  // space, tab, U+3000 ideographic space, NBSP, BOM, CR
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 13;
}

/**
 * Parses a report into the shared model with one linear scan over lines. Markdown first goes
 * through remark (see `layoutMarkdown`), which blanks non-prose so the same scan applies.
 */
export function parseReport(text: string, options: ParseOptions): ReportDocument {
  const lines = new LineIndex(text);
  let checkable: string;
  let headingDepth: Map<number, number> | undefined;
  let continuation: Set<number> | undefined;
  if (options.format === 'markdown') {
    ({ checkable, headingDepth, continuation } = layoutMarkdown(text, (o) => lines.lineAt(o)));
  } else {
    checkable = text.includes('<!--') ? text.replace(SUPPRESSION_COMMENT, blank) : text;
    const wrapped = wrappedLayout(checkable, lines, opensHeading);
    if (wrapped) {
      continuation = wrapped.continuation;
      checkable = wrapped.text;
    }
  }

  const node = (start: number, end: number): TextNode => ({ range: lines.range(start, end), text: text.slice(start, end) });

  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const stack: Section[] = [];
  let lastBlockEnd = 0;

  const close = (section: Section) => {
    section.range = lines.range(section.range.start, lastBlockEnd);
  };

  for (let line = 0; line < lines.lineCount; line++) {
    let a = lines.lineStart(line);
    let b = lines.lineEnd(line);
    while (a < b && isSpace(checkable.charCodeAt(a))) a++;
    while (b > a && isSpace(checkable.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const content = checkable.slice(a, b);
    const division = matchDivision(content);
    // `2.50个小区…` after item `1.`: the item's number runs into a value, which a decimal would swallow.
    const last = stack[stack.length - 1]?.heading;
    const marker = division ? undefined : (matchMarker(content) ?? (last?.kind === 'numbered' && last.marker.level === 3 ? markerRunIntoValue(content, last.marker.number) : undefined));
    const depth = headingDepth?.get(line);

    const previous = paragraphs[paragraphs.length - 1];
    if (continuation?.has(line) && previous && !division && !marker) {
      previous.range = lines.range(previous.range.start, b);
      previous.text = text.slice(previous.range.start, b);
      if (previous.heading) continueHeading(previous.heading, checkable, b, node);
      lastBlockEnd = b;
      continue;
    }

    const heading = readHeading(content, a, b, division, marker, depth, node);
    const section = stack[stack.length - 1];
    // Every paragraph has every field: code reading paragraphs sees one object shape.
    const paragraph: Paragraph = { range: lines.range(a, b), text: text.slice(a, b), section, heading: undefined };
    if (heading) {
      while (stack.length > 0 && rank(stack[stack.length - 1]!.heading) >= rank(heading)) close(stack.pop()!);
      const parent = stack[stack.length - 1];
      const siblings = parent ? parent.children : sections;
      const created: Section = { heading, range: lines.range(a, b), parent, previous: siblings[siblings.length - 1], children: [], paragraphs: [] };
      siblings.push(created);
      stack.push(created);
      headings.push(heading);
      paragraph.heading = heading;
      paragraph.section = created;
    } else {
      section?.paragraphs.push(paragraph);
    }
    paragraphs.push(paragraph);
    lastBlockEnd = b;
  }
  while (stack.length > 0) close(stack.pop()!);

  const firstHeading = headings[0]?.range.start ?? Number.POSITIVE_INFINITY;
  const salutation = paragraphs.find((p) => p.range.start < firstHeading && SALUTATION.test(p.text));

  return {
    format: options.format,
    text,
    checkable,
    lines,
    salutation: salutation ? node(salutation.range.start, salutation.range.end) : undefined,
    sections,
    headings,
    paragraphs,
    numbering: inferNumbering(paragraphs),
    enumerations: findEnumerations(paragraphs, checkable, text, lines),
    placeholders: findPlaceholders(checkable, lines, options.placeholders),
  };
}

function readHeading(
  content: string,
  a: number,
  b: number,
  division: ReturnType<typeof matchDivision>,
  marker: ReturnType<typeof matchMarker>,
  depth: number | undefined,
  node: (start: number, end: number) => TextNode,
): Heading | undefined {
  if (marker) {
    const { title, body } = splitRunIn(content, a, b, marker.length, node);
    const markerNode = node(a, a + marker.length);
    const headingMarker = { range: markerNode.range, text: markerNode.text, level: marker.level, number: marker.number, canonical: marker.canonical };
    return headingOf('numbered', node(a, b), title, body, depth, headingMarker, undefined);
  }
  if (division) {
    if (division.division !== 'article') return headingOf('division', node(a, b), node(a, b), undefined, depth, undefined, division.division);
    const bodyStart = skipSpaces(content, division.length) + a;
    const body = bodyStart < b ? node(bodyStart, b) : undefined;
    return headingOf('division', node(a, b), node(a, a + division.length), body, depth, undefined, division.division);
  }
  if (depth !== undefined) return headingOf('plain', node(a, b), node(a, b), undefined, depth, undefined, undefined);
  return undefined;
}

/**
 * A heading with every field, absent ones undefined, in one order: code reading headings (every rule, the figures, the
 * outline) sees one object shape, not one per kind and optional field, and stays compiled for it.
 */
function headingOf(
  kind: Heading['kind'],
  whole: TextNode,
  title: TextNode,
  body: TextNode | undefined,
  markdownDepth: number | undefined,
  marker: Marker | undefined,
  division: DivisionKind | undefined,
): Heading {
  return { kind, range: whole.range, text: whole.text, title, body, markdownDepth, marker, division } as Heading;
}

/** A heading whose line the next continues (a wrapped line): its title or body runs on to `b`. */
function continueHeading(heading: Heading, checkable: string, b: number, node: (start: number, end: number) => TextNode): void {
  const a = heading.range.start;
  Object.assign(heading, node(a, b));
  if (heading.kind === 'numbered') {
    const { title, body } = splitRunIn(checkable.slice(a, b), a, b, heading.marker.range.end - a, node);
    heading.title = title;
    if (body) heading.body = body;
  } else if (heading.body) {
    heading.body = node(heading.body.range.start, b);
  } else if (heading.kind === 'division' && heading.division !== 'article') {
    heading.title = node(heading.title.range.start, b);
  }
}

function skipSpaces(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Run-in headings: the title ends at the first `。`; the rest of the line is body text. */
function splitRunIn(
  content: string,
  a: number,
  b: number,
  markerLength: number,
  node: (start: number, end: number) => TextNode,
): { title: TextNode; body?: TextNode } {
  const titleStart = a + skipSpaces(content, markerLength);
  const stop = content.indexOf('。', markerLength);
  if (stop === -1) return { title: node(titleStart, b) };
  const titleEnd = a + stop;
  const bodyStart = a + skipSpaces(content, stop + 1);
  return { title: node(titleStart, titleEnd), ...(bodyStart < b ? { body: node(bodyStart, b) } : {}) };
}
