// A draft → a .docx laid out by GB/T 9704-2012, with the `docx` package (browser-safe: no Node APIs).
// Markers are written as text (not Word numbering), so reading the file back gives the same lines.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { ExportSettings } from '../config/export';
import type { NumberedLevel } from '../model';
import { parseReport } from '../parse';
import type { Draft } from './draft';
import { BODY_CHAR, DEFAULT_BOLD, DEFAULT_FONTS, GBT9704 as L } from './layout';

type Fonts = typeof DEFAULT_FONTS;

const font = (eastAsia: string, latin: string) => ({ eastAsia, ascii: latin, hAnsi: latin, cs: latin });
const NO_INDENT = { firstLine: 0, firstLineChars: 0 };
/** A heading level's paragraph style id (replaces docx's blue default headings of the same id). */
const headingStyle = (level: NumberedLevel) => `Heading${level}`;

export interface ExportOptions {
  settings?: ExportSettings;
  /** styles.xml of a team's own .docx, used instead of the built-in styles. */
  externalStyles?: string;
}

/** Lays a draft out and packs it; resolves to the .docx bytes. */
export async function writeDocx(draft: Draft, options: ExportOptions = {}): Promise<Uint8Array> {
  const document = buildDocument(draft, options);
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

export function buildDocument(draft: Draft, options: ExportOptions = {}): Document {
  const settings = options.settings ?? {};
  const fonts: Fonts = { ...DEFAULT_FONTS, ...settings.fonts };
  if (!settings.fonts?.heading3) fonts.heading3 = fonts.body;
  if (!settings.fonts?.heading4) fonts.heading4 = fonts.body;
  const bold = { ...DEFAULT_BOLD, ...settings.bold };
  const levelRun: Record<NumberedLevel, IRunOptions> = {
    1: { font: font(fonts.heading1, fonts.heading1) },
    2: { font: font(fonts.heading2, fonts.heading2), bold: bold.heading2 },
    3: { font: font(fonts.heading3, fonts.latin), bold: bold.heading3 },
    4: { font: font(fonts.heading4, fonts.latin) },
  };

  const children: Paragraph[] = [];
  if (draft.title !== undefined) children.push(new Paragraph({ style: 'Title', children: [new TextRun(draft.title)] }));
  children.push(...bodyParagraphs(draft, levelRun));
  const signature = draft.signature ?? settings.signature;
  const date = draft.date ?? settings.date;
  children.push(...signatureBlock(signature, date));
  if (settings.colophon) children.push(...colophon(settings.colophon));

  return new Document({
    evenAndOddHeaderAndFooters: true,
    ...(options.externalStyles ? { externalStyles: options.externalStyles } : { styles: styles(fonts, levelRun) }),
    sections: [
      {
        properties: {
          page: {
            size: { width: L.page.width, height: L.page.height },
            margin: { ...L.margin, header: L.header, footer: L.footer },
          },
        },
        footers: { default: pageNumberFooter(true, fonts), even: pageNumberFooter(false, fonts) },
        children,
      },
    ],
  });
}

function bodyParagraphs(draft: Draft, levelRun: Record<NumberedLevel, IRunOptions>): Paragraph[] {
  // The parser finds the headings and where a run-in heading's title sentence ends.
  const doc = parseReport(draft.lines.join('\n'), { format: 'text' });
  const headings = new Map(doc.headings.map((h) => [h.range.startLine, h]));
  return draft.lines.map((line, i) => {
    const spaceAbove = i === 0 && draft.title !== undefined ? { spacing: { before: L.linePitch } } : {};
    const h = headings.get(i);
    if (h?.kind === 'numbered') {
      const level = h.marker.level;
      if (!h.body) return new Paragraph({ ...spaceAbove, style: headingStyle(level), children: [new TextRun(line)] });
      const cut = h.body.range.start - doc.lines.lineStart(i);
      return new Paragraph({
        ...spaceAbove,
        children: [new TextRun({ text: line.slice(0, cut), ...levelRun[level] }), new TextRun(line.slice(cut))],
      });
    }
    // 主送机关 (or a speech's salutation) before the body starts flush left.
    const flush = i === 0 && /[：:]$/.test(line) && line.length <= 40;
    return new Paragraph({ ...spaceAbove, ...(flush ? { indent: NO_INDENT } : {}), children: [new TextRun(line)] });
  });
}

/** Width in body characters: half-width characters count ½, plus ¼ at each CJK/Latin boundary (auto spacing). */
function widthChars(s: string): number {
  let n = 0;
  let prev: number | undefined;
  for (const c of s) {
    const w = c.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
    n += w + (prev !== undefined && prev !== w ? 0.25 : 0);
    prev = w;
  }
  return n;
}

/** 7.3.5: 成文日期 four characters in from the right, the 署名 centred over it, one line below the body. */
function signatureBlock(signature: string | undefined, date: string | undefined): Paragraph[] {
  const out: Paragraph[] = [];
  const para = (text: string, rightChars: number, first: boolean, extra: IParagraphOptions = {}) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      indent: { ...NO_INDENT, right: Math.round(rightChars * BODY_CHAR) },
      ...(first ? { spacing: { before: L.linePitch } } : {}),
      ...extra,
      children: [new TextRun(text)],
    });
  const dateRight = L.dateRightChars;
  if (signature !== undefined) {
    const right = date === undefined ? dateRight : Math.max(0, dateRight + (widthChars(date) - widthChars(signature)) / 2);
    out.push(para(signature, right, true));
  }
  if (date !== undefined) out.push(para(date, dateRight, signature === undefined, { keepNext: false }));
  return out;
}

/** 版记: 抄送 and 印发机关/印发日期 in 4号, between two rules, one line below what precedes it. */
function colophon(c: NonNullable<ExportSettings['colophon']>): Paragraph[] {
  const rule = { style: BorderStyle.SINGLE, size: L.colophonRule, color: '000000', space: 1 };
  const texts: string[] = [];
  if (c.copyTo) texts.push(`抄送：${c.copyTo}。`);
  if (c.issuer || c.issued) texts.push(`${c.issuer ?? ''}\t${c.issued ? `${c.issued}印发` : ''}`);
  const width = L.page.width - L.margin.left - L.margin.right - L.pageNumberIndent * 2;
  return texts.map(
    (text, i) =>
      new Paragraph({
        indent: { ...NO_INDENT, left: L.pageNumberIndent, right: L.pageNumberIndent },
        tabStops: [{ type: 'right', position: width }],
        border: { ...(i === 0 ? { top: rule } : {}), ...(i === texts.length - 1 ? { bottom: rule } : {}) },
        ...(i === 0 ? { spacing: { before: L.linePitch } } : {}),
        children: [new TextRun({ text, size: L.size.colophon })],
      }),
  );
}

function pageNumberFooter(odd: boolean, fonts: Fonts): Footer {
  // 7.5: 4号半角宋体阿拉伯数字, an 一字线 on each side; odd pages right, even pages left, one character in.
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: { ...NO_INDENT, ...(odd ? { right: L.pageNumberIndent } : { left: L.pageNumberIndent }) },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(fonts.pageNumber, fonts.pageNumber), size: L.size.pageNumber }),
        ],
      }),
    ],
  });
}

function styles(fonts: Fonts, levelRun: Record<NumberedLevel, IRunOptions>) {
  const levels = ([1, 2, 3, 4] as const).map((level) => ({
    id: headingStyle(level),
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { ...levelRun[level], size: L.size.body, color: '000000', bold: levelRun[level].bold === true },
    // No keepNext: every full page keeps its 22 rows (5.2.3) rather than moving a heading on.
    paragraph: { outlineLevel: level - 1 },
  }));
  return {
    default: {
      document: {
        // w:lang zh-CN: without it font fallback may pick Japanese faces.
        run: {
          font: font(fonts.body, fonts.latin),
          size: L.size.body,
          language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          characterSpacing: L.characterSpacing,
        },
        paragraph: {
          spacing: { line: L.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          // Word reads the *Chars value; LibreOffice only the twips one.
          indent: { firstLine: L.firstLineChars * BODY_CHAR, firstLineChars: L.firstLineChars * 100 },
          alignment: AlignmentType.JUSTIFIED,
          // Widow/orphan control would leave a row empty at the foot of a page (5.2.3: 22 rows a page).
          widowControl: false,
        },
      },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: font(fonts.title, fonts.title), size: L.size.title, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT },
      },
      ...levels,
    ],
  };
}
