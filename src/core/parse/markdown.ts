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
 * Reads Markdown through micromark's events and keeps only what is prose: the source of what mdast would make text nodes
 * (escapes, references and soft line breaks inside them included, a quote's `>` on their lines left out), and ordered-list
 * markers. Code, HTML (comments included), link targets, images, front matter and syntax characters are blanked, so one
 * plain-text scan serves both formats with unchanged offsets.
 */
export function layoutMarkdown(text: string, lineAt: (offset: number) => number): MarkdownLayout {
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
  const addText = (token: Token) => {
    if (textStart === -1) textStart = token.start.offset;
    textEnd = token.end.offset;
  };

  for (const [kind, token] of events(text)) {
    const type = token.type;
    if (skipped) {
      if (kind === 'exit' && token === skipped) skipped = undefined;
      continue;
    }
    if (kind === 'enter') {
      const node = NODES.has(type) || UNCHECKED.has(type);
      if (node && marker !== -1) {
        keep.push([marker, token.start.offset]);
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
          const last = lineAt(token.end.offset);
          for (let line = lineAt(token.start.offset) + 1; line <= last; line++) continuation.add(line);
        }
      } else if (type === 'blockQuotePrefix') {
        // A quote's `>` on a line its paragraph runs on to is syntax, not part of the text around it.
        closeText();
      } else if (type === 'listItemPrefix') {
        marker = open[open.length - 1] === 'ordered' ? token.start.offset : -1;
      } else if (TEXT.has(type)) {
        addText(token);
      }
      continue;
    }
    switch (type) {
      case 'lineEnding':
        if (afterBreak) afterBreak = false;
        else if (!afterSetextText && HOLDS_LINE_ENDS.has(open[open.length - 1]!)) addText(token);
        break;
      case 'atxHeadingSequence':
        depth ??= token.end.offset - token.start.offset;
        break;
      case 'setextHeadingText':
        afterSetextText = true;
        break;
      case 'setextHeadingLineSequence':
        depth = text[token.start.offset] === '=' ? 1 : 2;
        break;
    }
    if (!NODES.has(type)) continue;
    closeText();
    open.pop();
    if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') afterBreak = true;
    else if (type === 'atxHeading' || type === 'setextHeading') {
      headingDepth.set(lineAt(token.start.offset), depth!);
      afterSetextText = false;
    } else if (type === 'listOrdered' || type === 'listUnordered') marker = -1;
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
