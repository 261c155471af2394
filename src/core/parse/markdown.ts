import type { Root } from 'mdast';
import type { MarkdownEvent } from './micromark';
import { blank } from './blank';

type Token = MarkdownEvent[1];

/**
 * The remark stack is loaded on first use: only reading a Markdown draft into Word builds its mdast tree (checks read
 * micromark's events, see `layoutMarkdown`), and evaluating the parser is the largest part of loading the engine.
 */
let processor: ReturnType<typeof import('./remark').createProcessor> | undefined;

/** The mdast tree of a Markdown text (front matter recognised). */
export function parseMarkdown(text: string): Root {
  processor ??= (require('./remark') as typeof import('./remark')).createProcessor();
  return processor.parse(text) as Root;
}

let events: typeof import('./micromark').markdownEvents | undefined;

export interface MarkdownLayout {
  /** The text with everything but prose (and ordered-list markers) blanked. */
  checkable: string;
  /** `#` depth of the heading starting on a line. */
  headingDepth: Map<number, number>;
  /** Lines that continue the paragraph of the line before (soft line breaks). */
  continuation: Set<number>;
}

/** Tokens whose source is never checked, with all they hold: code, HTML, images, definitions, front matter, link targets. */
const UNCHECKED = new Set([
  'codeFenced',
  'codeIndented',
  'codeText',
  'htmlFlow',
  'htmlText',
  'image',
  'definition',
  'yaml',
  'toml',
  'resourceDestinationString',
  'resourceTitleString',
  'referenceString',
]);
/** Tokens that make an mdast node (or, `label`, hold a link's text): a text node never runs across one. */
const NODES = new Set(['autolink', 'atxHeading', 'blockQuote', 'emphasis', 'hardBreakEscape', 'hardBreakTrailing', 'label', 'link', 'listOrdered', 'listUnordered', 'paragraph', 'setextHeading', 'strong', 'thematicBreak']);
/** Nodes whose text may run over a line end. */
const HOLDS_LINE_ENDS = new Set(['atxHeading', 'emphasis', 'label', 'paragraph', 'setextHeading', 'strong']);
/** Tokens that are text, as mdast reads them. */
const TEXT = new Set(['data', 'characterEscape', 'characterReference', 'autolinkProtocol', 'autolinkEmail']);

/**
 * Texts of at least twice this many characters are tokenized in chunks of at least this many: micromark's cost per
 * character grows with the text. Measured: the bench's 1.1 MB corpus takes 4.1–4.9 ms/100 KB in chunks of 2 K to 32 K
 * characters, 14.7 whole; a report of 79 K characters with lists and quotes in every section 0.5 s in chunks, 2.9 s whole.
 */
const CHUNK_CHARS = 8 * 1024;
/**
 * What a chunk's events could differ from the whole text's by: a link reference definition (its label is the document's),
 * a code fence or an HTML block that runs on over blank lines (script, pre, style, textarea, processing instruction,
 * declaration, CDATA, a comment not closed on its line), front matter.
 */
const UNCHUNKABLE = /\]:|```|~~~|<(?:script|pre|style|textarea|\?|![A-Za-z[])|<!--(?![^\n]*-->)|^\uFEFF?(?:---|\+\+\+)/i;
/** A blank line before an ATX heading at a line's start: every block before it is closed, none runs on after it. */
const HEADING_AFTER_BLANK = /\n[ \t]*\r?\n(?=#{1,6}(?:[ \t]|\r?\n|$))/g;

/** Where micromark reads the text: whole, or cut at blank lines before headings into chunks of at least `minChars`. */
export function markdownChunks(text: string, minChars: number): Array<[number, number]> {
  if (text.length < 2 * minChars || UNCHUNKABLE.test(text)) return [[0, text.length]];
  const chunks: Array<[number, number]> = [];
  let from = 0;
  HEADING_AFTER_BLANK.lastIndex = minChars;
  for (let m = HEADING_AFTER_BLANK.exec(text); m; m = HEADING_AFTER_BLANK.exec(text)) {
    const at = m.index + m[0].length;
    chunks.push([from, at]);
    from = at;
    HEADING_AFTER_BLANK.lastIndex = at + minChars;
  }
  chunks.push([from, text.length]);
  return chunks;
}

/**
 * Reads Markdown through micromark's events and keeps only what is prose: the source of what mdast would make text nodes
 * (escapes, references and soft line breaks inside them included, a quote's `>` on their lines left out), and ordered-list
 * markers. Code, HTML (comments included), link targets, images, front matter and syntax characters are blanked, so one
 * plain-text scan serves both formats with unchanged offsets. A long text is read in chunks (see `markdownChunks`;
 * `chunkChars` is their least size, smaller in tests).
 */
export function layoutMarkdown(text: string, lineAt: (offset: number) => number, chunkChars = CHUNK_CHARS): MarkdownLayout {
  events ??= (require('./micromark') as typeof import('./micromark')).markdownEvents;
  const keep: Array<[number, number]> = [];
  const headingDepth = new Map<number, number>();
  const continuation = new Set<number>();
  /** Open nodes, innermost last; `ordered` for lists. */
  const open: string[] = [];
  let skipped: Token | undefined;
  /** The text node being read: where it starts and ends. */
  let textStart = -1;
  let textEnd = -1;
  /** Where an ordered list item's marker starts, until its first child does. */
  let marker = -1;
  let depth: number | undefined;
  let afterBreak = false;
  let afterSetextText = false;
  const closeText = () => {
    if (textStart !== -1) keep.push([textStart, textEnd]);
    textStart = -1;
  };
  const addText = (start: number, end: number) => {
    if (textStart === -1) textStart = start;
    textEnd = end;
  };

  for (const [from, to] of markdownChunks(text, chunkChars)) {
    for (const [kind, token] of events(text.slice(from, to))) {
      const type = token.type;
      const start = from + token.start.offset;
      const end = from + token.end.offset;
      if (skipped) {
        if (kind === 'exit' && token === skipped) skipped = undefined;
        continue;
      }
      if (kind === 'enter') {
        const node = NODES.has(type) || UNCHECKED.has(type);
        if (node && marker !== -1) {
          keep.push([marker, start]);
          marker = -1;
        }
        if (UNCHECKED.has(type)) {
          closeText();
          skipped = token;
        } else if (NODES.has(type)) {
          closeText();
          open.push(type === 'listOrdered' ? 'ordered' : type);
          if (type === 'atxHeading') depth = undefined;
          else if (type === 'paragraph') {
            const last = lineAt(end);
            for (let line = lineAt(start) + 1; line <= last; line++) continuation.add(line);
          }
        } else if (type === 'blockQuotePrefix') {
          // A quote's `>` on a line its paragraph runs on to is syntax, not part of the text around it.
          closeText();
        } else if (type === 'listItemPrefix') {
          marker = open[open.length - 1] === 'ordered' ? start : -1;
        } else if (TEXT.has(type)) {
          addText(start, end);
        }
        continue;
      }
      switch (type) {
        case 'lineEnding':
          if (afterBreak) afterBreak = false;
          else if (!afterSetextText && HOLDS_LINE_ENDS.has(open[open.length - 1]!)) addText(start, end);
          break;
        case 'atxHeadingSequence':
          depth ??= end - start;
          break;
        case 'setextHeadingText':
          afterSetextText = true;
          break;
        case 'setextHeadingLineSequence':
          depth = text[start] === '=' ? 1 : 2;
          break;
      }
      if (!NODES.has(type)) continue;
      closeText();
      open.pop();
      if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') afterBreak = true;
      else if (type === 'atxHeading' || type === 'setextHeading') {
        headingDepth.set(lineAt(start), depth!);
        afterSetextText = false;
      } else if (type === 'listOrdered' || type === 'listUnordered') marker = -1;
    }
  }

  keep.sort((a, b) => a[0] - b[0]);
  let checkable = '';
  let cursor = 0;
  for (const [start, end] of keep) {
    if (start < cursor) continue;
    checkable += blank(text.slice(cursor, start)) + text.slice(start, end);
    cursor = end;
  }
  checkable += blank(text.slice(cursor));
  return { checkable, headingDepth, continuation };
}
