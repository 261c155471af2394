// A copy of a .docx with findings as Word comments (批注), each anchored on exactly the text it concerns.
// Only document.xml gains range marks and references, comments.xml gains the comments (created with its
// content type and relationship when absent); every other part is copied as is.

import { strFromU8, strToU8, zipSync } from 'fflate';
import { LineIndex } from '../lines';
import { ANNOTATION_AUTHOR } from './check';
import type { WordDocument, WordParagraph } from './read';
import { decodeEntities, escapeXml, type XmlElement } from './xml';
import { unpack } from './zip';

export interface Annotation {
  /** Offsets in `WordDocument.text`. */
  start: number;
  end: number;
  /** The comment's text. */
  text: string;
}

const COMMENTS_PART = 'word/comments.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Returns the annotated copy's bytes. `word` must be `readDocx(bytes)`. */
export function annotateDocx(bytes: Uint8Array, word: WordDocument, annotations: readonly Annotation[]): Uint8Array {
  const files = unpack(bytes);
  const existing = files[COMMENTS_PART] ? strFromU8(files[COMMENTS_PART]) : undefined;
  let nextId = 1 + Math.max(-1, ...[...(existing ?? '').matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1])));
  const lines = new LineIndex(word.text);
  const inserts = new Map<number, { ends: string; starts: string; split?: Split }>();
  const add = ({ at, split }: Anchor, kind: 'ends' | 'starts', xml: string) => {
    const slot = inserts.get(at) ?? { ends: '', starts: '', ...(split ? { split } : {}) };
    slot[kind] += xml;
    inserts.set(at, slot);
  };
  const comments: string[] = [];
  for (const a of annotations) {
    const id = nextId++;
    const from = locate(word, lines, a.start);
    const to = locate(word, lines, Math.max(a.start, a.end));
    add(anchorAt(word.documentXml, from.paragraph, from.offset, 'start'), 'starts', `<w:commentRangeStart w:id="${id}"/>`);
    add(
      anchorAt(word.documentXml, to.paragraph, to.offset, 'end'),
      'ends',
      `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
    );
    const body = a.text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
    comments.push(`<w:comment w:id="${id}" w:author="${ANNOTATION_AUTHOR}" w:initials="GR">${body.join('')}</w:comment>`);
  }

  let xml = word.documentXml;
  for (const at of [...inserts.keys()].sort((a, b) => b - a)) {
    const { ends, starts, split } = inserts.get(at)!;
    const marks = ends + starts;
    xml = xml.slice(0, at) + (split ? split.close + marks + split.reopen : marks) + xml.slice(at);
  }
  files[word.documentPart] = strToU8(xml);
  if (existing !== undefined) {
    const close = existing.lastIndexOf('</w:comments>');
    files[COMMENTS_PART] = strToU8(existing.slice(0, close) + comments.join('') + existing.slice(close));
  } else if (comments.length > 0) {
    files[COMMENTS_PART] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`,
    );
    registerCommentsPart(files, word.documentPart.replace(/^word\//, 'word/_rels/') + '.rels');
  }
  return zipSync(files);
}

/** The paragraph and the offset in its own text (without the label) of an offset in the document's text. */
function locate(word: WordDocument, lines: LineIndex, offset: number): { paragraph: WordParagraph; offset: number } {
  const line = lines.lineAt(offset);
  const paragraph = word.paragraphs[line]!;
  return { paragraph, offset: Math.max(0, offset - lines.lineStart(line) - paragraph.label.length) };
}

/**
 * Where in document.xml a range mark goes for an offset in a paragraph's text: inside the `w:t` holding it
 * (the run is split there), or at a run's edge when the offset is at the start or end of that run's text.
 */
interface Split {
  close: string;
  reopen: string;
}

interface Anchor {
  at: number;
  /** Set when the mark goes inside a `w:t`: the run is closed before it and reopened after. */
  split?: Split;
}

function anchorAt(xml: string, p: WordParagraph, offset: number, side: 'start' | 'end'): Anchor {
  const segments = p.segments;
  const seg =
    side === 'start'
      ? segments.find((s) => s.start <= offset && offset < s.end) ?? segments.find((s) => s.start >= offset)
      : segments.find((s) => s.start < offset && offset <= s.end) ?? segments.findLast((s) => s.end <= offset);
  if (!seg) return { at: side === 'start' ? afterProperties(p.element) : p.element.closeStart };
  const k = Math.min(Math.max(offset - seg.start, 0), seg.end - seg.start);
  const content = seg.run.children.filter((c) => 'name' in c && c.name !== 'w:rPr');
  if (k === 0 && content[0] === seg.t && seg.node.start === seg.t.openEnd) return { at: seg.run.start };
  if (k === seg.end - seg.start && content.at(-1) === seg.t && seg.node.end === seg.t.closeStart) return { at: seg.run.end };
  const rPr = seg.run.children.find((c): c is XmlElement => 'name' in c && c.name === 'w:rPr');
  return {
    at: rawOffset(xml, seg.node.start, k),
    split: { close: '</w:t></w:r>', reopen: `<w:r>${rPr ? xml.slice(rPr.start, rPr.end) : ''}<w:t xml:space="preserve">` },
  };
}

/** The source offset of the k-th decoded character of raw text starting at `start` (an entity is one). */
function rawOffset(xml: string, start: number, k: number): number {
  let at = start;
  for (let i = 0; i < k; i++) {
    if (xml[at] === '&') {
      const end = xml.indexOf(';', at) + 1;
      i += decodeEntities(xml.slice(at, end)).length - 1;
      at = end;
    } else at++;
  }
  return at;
}

/** Just after a paragraph's properties (or its start tag). */
function afterProperties(p: XmlElement): number {
  const pPr = p.children.find((c): c is XmlElement => 'name' in c && c.name === 'w:pPr');
  return pPr ? pPr.end : p.openEnd;
}

/** A new comments part needs a content type and a relationship from the document. */
function registerCommentsPart(files: Record<string, Uint8Array>, documentRels: string): void {
  const types = files[CONTENT_TYPES] ? strFromU8(files[CONTENT_TYPES]) : undefined;
  if (types !== undefined && !types.includes('/word/comments.xml')) {
    const override =
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';
    files[CONTENT_TYPES] = strToU8(types.replace('</Types>', `${override}</Types>`));
  }
  const rels = files[documentRels] ? strFromU8(files[documentRels]) : undefined;
  if (rels !== undefined && !rels.includes('relationships/comments"')) {
    const rel =
      '<Relationship Id="rIdGovReportComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>';
    files[documentRels] = strToU8(rels.replace('</Relationships>', `${rel}</Relationships>`));
  }
}
