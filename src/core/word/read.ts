// .docx → the text GovReport checks: one line per paragraph (body paragraphs in order, table cells in reading
// order), automatic numbering labels recovered, tracked insertions kept and deletions left out, field codes
// skipped, text boxes read once. Comments and footnotes are kept apart. Browser-safe: bytes in, text out.

import { strFromU8 } from 'fflate';
import { wordErrors } from './errors';
import { Numbering } from './numbering';
import { child, childVal, elements, plainText, parseXml, type XmlElement, type XmlText } from './xml';
import { unpack } from './zip';

const DOCUMENT_PART = 'word/document.xml';
const PACKAGE_RELS = '_rels/.rels';
const PARTS = new Set([PACKAGE_RELS, DOCUMENT_PART, 'word/styles.xml', 'word/numbering.xml', 'word/comments.xml', 'word/footnotes.xml']);
/** Some producers name the main part otherwise (word/document2.xml); the package relationships say which. */
const MAIN_PART = /^word\/[\w.-]+\.xml$/;

/** Where a piece of a paragraph's text sits in document.xml (for anchoring comments on it). */
export interface TextSegment {
  /** Offsets in the paragraph's text (without its label). */
  start: number;
  end: number;
  /** The `w:t` text node (raw source offsets), its `w:t` element and the run holding it. */
  node: XmlText;
  t: XmlElement;
  run: XmlElement;
}

export interface WordParagraph {
  /** Automatic numbering label as Word draws it (`一、`), '' when none. */
  label: string;
  /** The paragraph's own text, without the label; line breaks inside it read as spaces. */
  text: string;
  /** Heading level from the paragraph or its style: 0 = title, 1… = outline level 1…. */
  heading?: number;
  /** Set for a paragraph in a table cell. */
  cell?: { table: number; row: number; col: number };
  element: XmlElement;
  segments: TextSegment[];
}

/** A comment or footnote: not document text, but anchored in it. */
export interface WordNote {
  id: string;
  author?: string;
  text: string;
  /** Paragraph index and offsets in the paragraph's line (label included) it is anchored on. */
  paragraph: number;
  start: number;
  end: number;
}

export interface WordDocument {
  paragraphs: WordParagraph[];
  /** `label + text` of every paragraph, joined by `\n`: line n is paragraph n. */
  text: string;
  comments: WordNote[];
  footnotes: WordNote[];
  /** Tracked deletions left out of the text. */
  deletions: { paragraph: number; at: number; text: string }[];
  /** Tracked insertions kept in the text. */
  insertions: number;
  /** The main part's name (normally word/document.xml) and its XML as read (offsets in segments refer to it). */
  documentPart: string;
  documentXml: string;
}

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outline?: number;
  numPr?: { numId: string; ilvl: number };
}

const TITLE_STYLE = /^title$|^标题$/i;

/** Reads a .docx; throws WordError for anything that is not a readable one. */
export function readDocx(bytes: Uint8Array): WordDocument {
  const files = unpack(bytes, (name) => PARTS.has(name) || MAIN_PART.test(name));
  const parts = new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const documentPart = mainPart(parts.get(PACKAGE_RELS));
  const documentXml = parts.get(documentPart);
  if (documentXml === undefined) throw wordErrors.missingPart(documentPart);
  const xml = (part: string) => {
    const source = parts.get(part);
    return source === undefined ? undefined : parseXml(source, part);
  };
  const body = child(child(xml(documentPart), 'w:document'), 'w:body');
  if (!body) throw wordErrors.missingPart(`${documentPart} <w:body>`);
  const styles = readStyles(xml('word/styles.xml'));
  const numbering = new Numbering(xml('word/numbering.xml'));
  const commentTexts = readNotes(xml('word/comments.xml'), 'w:comment');
  const footnoteTexts = readNotes(xml('word/footnotes.xml'), 'w:footnote');

  const doc: WordDocument = {
    paragraphs: [],
    text: '',
    comments: [],
    footnotes: [],
    deletions: [],
    insertions: 0,
    documentPart,
    documentXml,
  };
  const openComments = new Map<string, { paragraph: number; at: number }>();
  let tables = 0;

  const styleChain = (id: string | undefined) => {
    const chain: StyleInfo[] = [];
    for (let s = id === undefined ? undefined : styles.get(id); s && chain.length < 16; s = s.basedOn ? styles.get(s.basedOn) : undefined) {
      chain.push(s);
    }
    return chain;
  };

  function paragraph(p: XmlElement, cell: WordParagraph['cell']): void {
    const pPr = child(p, 'w:pPr');
    const chain = styleChain(childVal(pPr, 'w:pStyle'));
    const direct = child(pPr, 'w:numPr');
    const numPr = direct
      ? { numId: childVal(direct, 'w:numId') ?? '0', ilvl: Number(childVal(direct, 'w:ilvl') ?? 0) }
      : chain.find((s) => s.numPr)?.numPr;
    const label = numPr && numPr.numId !== '0' ? numbering.label(numPr.numId, numPr.ilvl) : '';
    const outline = childVal(pPr, 'w:outlineLvl') ?? chain.find((s) => s.outline !== undefined)?.outline;
    const isTitle = chain.some((s) => s.name !== undefined && TITLE_STYLE.test(s.name));
    const index = doc.paragraphs.length;
    const out: WordParagraph = { label, text: '', element: p, segments: [], ...(cell ? { cell } : {}) };
    if (isTitle) out.heading = 0;
    else if (outline !== undefined && Number(outline) < 9) out.heading = Number(outline) + 1;
    const at = () => label.length + out.text.length;

    const walk = (el: XmlElement, run: XmlElement | undefined, inserted: boolean): void => {
      for (const x of el.children) {
        if (!('name' in x)) continue;
        switch (x.name) {
          case 'w:t':
            for (const node of x.children) {
              if (!('text' in node)) continue;
              const start = out.text.length;
              out.text += node.text;
              if (run) out.segments.push({ start, end: out.text.length, node, t: x, run });
            }
            if (inserted) doc.insertions++;
            break;
          case 'w:tab':
          case 'w:ptab':
            out.text += '\t';
            break;
          case 'w:br':
          case 'w:cr':
            out.text += ' ';
            break;
          case 'w:noBreakHyphen':
            out.text += '-';
            break;
          case 'w:delText': {
            const text = plainTextOf(x);
            const last = doc.deletions.at(-1);
            if (last && last.paragraph === index && last.at === at()) last.text += text;
            else doc.deletions.push({ paragraph: index, at: at(), text });
            break;
          }
          // Properties, field codes and moved-away text are not document text.
          case 'w:pPr':
          case 'w:rPr':
          case 'w:instrText':
          case 'w:moveFrom':
            break;
          case 'w:r':
            walk(x, x, inserted);
            break;
          case 'w:ins':
          case 'w:moveTo':
            walk(x, run, true);
            break;
          case 'w:commentRangeStart':
            openComments.set(x.attrs['w:id'] ?? '', { paragraph: index, at: at() });
            break;
          case 'w:commentRangeEnd': {
            const id = x.attrs['w:id'] ?? '';
            const open = openComments.get(id) ?? { paragraph: index, at: at() };
            const note = commentTexts.get(id);
            // A comment spanning paragraphs is listed on its first one, to the end of that paragraph's line.
            const end = open.paragraph === index ? at() : lineLength(doc.paragraphs[open.paragraph]);
            doc.comments.push({ id, ...note, text: note?.text ?? '', paragraph: open.paragraph, start: open.at, end });
            break;
          }
          case 'w:footnoteReference': {
            const id = x.attrs['w:id'] ?? '';
            const note = footnoteTexts.get(id);
            doc.footnotes.push({ id, ...note, text: note?.text ?? '', paragraph: index, start: at(), end: at() });
            break;
          }
          case 'mc:AlternateContent': // one branch only, so a text box is not read twice
            walk(child(x, 'mc:Choice') ?? child(x, 'mc:Fallback') ?? x, run, inserted);
            break;
          default: // w:hyperlink, w:smartTag, w:sdt(Content), w:fldSimple, w:del, drawings and text boxes
            walk(x, run, inserted);
        }
      }
    };
    walk(p, undefined, false);
    doc.paragraphs.push(out);
  }

  function block(el: XmlElement | undefined, cell: WordParagraph['cell']): void {
    for (const x of elements(el)) {
      if (x.name === 'w:p') paragraph(x, cell);
      else if (x.name === 'w:tbl') {
        const table = tables++;
        elements(x, 'w:tr').forEach((tr, row) =>
          elements(tr, 'w:tc').forEach((tc, col) => block(tc, { table, row, col })),
        );
      } else if (x.name === 'w:sdt') block(child(x, 'w:sdtContent'), cell);
      else if (x.name === 'w:customXml' || x.name === 'w:ins' || x.name === 'w:moveTo') block(x, cell);
    }
  }
  block(body, undefined);

  doc.text = doc.paragraphs.map((p) => p.label + p.text).join('\n');
  return doc;
}

function mainPart(rels: string | undefined): string {
  const target = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels)?.[0].match(/Target="\/?([^"]+)"/)?.[1];
  return target && MAIN_PART.test(target) ? target : DOCUMENT_PART;
}

function lineLength(p: WordParagraph | undefined): number {
  return p ? p.label.length + p.text.length : 0;
}

function plainTextOf(el: XmlElement): string {
  return el.children.map((c) => ('text' in c ? c.text : '')).join('');
}

function readStyles(root: XmlElement | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const s of elements(child(root, 'w:styles'), 'w:style')) {
    if (s.attrs['w:type'] !== undefined && s.attrs['w:type'] !== 'paragraph') continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = childVal(pPr, 'w:outlineLvl');
    const info: StyleInfo = {};
    const name = childVal(s, 'w:name');
    const basedOn = childVal(s, 'w:basedOn');
    if (name !== undefined) info.name = name;
    if (basedOn !== undefined) info.basedOn = basedOn;
    if (outline !== undefined) info.outline = Number(outline);
    if (numPr) info.numPr = { numId: childVal(numPr, 'w:numId') ?? '0', ilvl: Number(childVal(numPr, 'w:ilvl') ?? 0) };
    styles.set(s.attrs['w:styleId'] ?? '', info);
  }
  return styles;
}

function readNotes(root: XmlElement | undefined, tag: string): Map<string, { author?: string; text: string }> {
  const notes = new Map<string, { author?: string; text: string }>();
  for (const n of elements(child(root, `${tag}s`), tag)) {
    const author = n.attrs['w:author'];
    const text = elements(n, 'w:p').map(plainText).join('\n');
    notes.set(n.attrs['w:id'] ?? '', author === undefined ? { text } : { author, text });
  }
  return notes;
}

/** styles.xml of a .docx (a team's style template); throws WordError when it has none. */
export function readStylesXml(bytes: Uint8Array): string {
  const part = 'word/styles.xml';
  const data = unpack(bytes, (name) => name === part)[part];
  if (!data) throw wordErrors.missingPart(part);
  return strFromU8(data);
}
