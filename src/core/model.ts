// The document model every rule, the outline and the editor read.
// Offsets and columns count UTF-16 code units (as JavaScript strings and VS Code do).
// Lines and columns are 0-based here; front ends convert for display.

import type { LineIndex } from './lines';

export type Format = 'text' | 'markdown';

export interface Range {
  start: number;
  end: number; // exclusive
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A slice of the document: its range and its text. */
export interface TextNode {
  range: Range;
  text: string;
}

/** GB/T 9704 levels: 一、 → （一） → 1. → （1）. */
export type NumberedLevel = 1 | 2 | 3 | 4;

/** Structural units that open a numbering scope of their own. */
export type DivisionKind = 'appendix' | 'glossary' | 'chapter' | 'part' | 'article';

export interface Marker extends TextNode {
  level: NumberedLevel;
  number: number;
  /** The marker in its correct GB/T 9704 form, e.g. `（一）`. */
  canonical: string;
}

interface HeadingBase extends TextNode {
  title: TextNode;
  /** Text after the title on the same line (run-in heading: the title ends at the first `。`). */
  body?: TextNode;
  /** `#` depth when the heading is a Markdown heading. */
  markdownDepth?: number;
}

export interface NumberedHeading extends HeadingBase {
  kind: 'numbered';
  marker: Marker;
}

export interface DivisionHeading extends HeadingBase {
  kind: 'division';
  division: DivisionKind;
}

/** A Markdown heading with no Chinese structure marker (e.g. `# 政府工作报告`). */
export interface PlainHeading extends HeadingBase {
  kind: 'plain';
}

export type Heading = NumberedHeading | DivisionHeading | PlainHeading;

export interface Section {
  heading: Heading;
  /** From the heading to the start of the next heading of the same or higher rank. */
  range: Range;
  parent: Section | undefined;
  /** The sibling section just before it, under the same parent. */
  previous: Section | undefined;
  children: Section[];
  paragraphs: Paragraph[];
}

export interface Paragraph extends TextNode {
  /** Innermost enclosing section, if any. */
  section: Section | undefined;
  /** The heading this paragraph is the line of, if it is a heading line. */
  heading?: Heading;
}

/**
 * The numbered headings of one level within one numbering scope, in document order, and the
 * convention the document follows for them (inferred from the document itself).
 */
export interface NumberingRun {
  level: NumberedLevel;
  headings: NumberedHeading[];
  /** The parent section of each heading (same index). */
  parents: (Section | undefined)[];
  /** Numbers run on across parents (（一）…（二十） through the text) instead of restarting under each. */
  continuous: boolean;
  /** Levels used anywhere in the same scope: a level the scope never uses may be skipped. */
  levels: ReadonlySet<NumberedLevel>;
}

export type EnumerationStyle = 'shi' | 'di' | 'order';

export interface EnumerationItem extends TextNode {
  /** 1-based ordinal the marker states (首先 = 1, 其次/再次 = 2…, 最后 = Infinity). */
  ordinal: number;
  paragraph: Paragraph;
}

export interface Enumeration {
  style: EnumerationStyle;
  /** `leading`: items open consecutive paragraphs; `inline`: items inside one paragraph. */
  placement: 'leading' | 'inline';
  items: EnumerationItem[];
}

export interface Placeholder extends TextNode {
  /** Id of the pattern that matched (e.g. `x-run`), or `custom` for config patterns. */
  pattern: string;
}

export interface ReportDocument {
  format: Format;
  text: string;
  /**
   * The text rules check: same length and line breaks as `text`, with everything that must not
   * be checked (Markdown syntax, code, HTML comments, link URLs, front matter) blanked to spaces.
   */
  checkable: string;
  lines: LineIndex;
  salutation?: TextNode;
  /** Top-level sections, in document order. */
  sections: Section[];
  headings: Heading[];
  paragraphs: Paragraph[];
  /** Numbered headings grouped per level and numbering scope, with the document's convention. */
  numbering: NumberingRun[];
  enumerations: Enumeration[];
  placeholders: Placeholder[];
}

/** The text a paragraph-scoped rule reads: one paragraph's, or the whole document's in one pass. */
export interface TextScope {
  /** The text with non-prose blanked (see `ReportDocument.checkable`). */
  readonly checkable: string;
  readonly text: string;
}
