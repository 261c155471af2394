// .docx files built with the `docx` package, as Word-like producers write them: automatic numbering,
// tracked revisions, comments, footnotes, tables, a text box in two branches.

import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strToU8, zipSync } from 'fflate';

const DATE = '2026-11-28T00:00:00Z';

const GBT_LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
].map((l) => ({ ...l, alignment: AlignmentType.LEFT }));

const numbered = (level: number, text: string) => new Paragraph({ numbering: { reference: 'gbt', level }, children: [new TextRun(text)] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string) => new TableCell({ children: [plain(text)] });

/** The paragraphs Word shows, in reading order: what the reader must give back line by line. */
export const NUMBERED_EXPECTED = [
  '关于XX县重点工作推进情况的报告',
  '一、总体情况',
  '（一）经济运行',
  '1.工业经济',
  '（1）交通项目',
  '（2）水利项目',
  '2.项目建设',
  '全县地区生产总值增长百分之七点五，完成年度目标。',
  '（二）民生保障',
  '二、存在问题',
  '三、下一步打算',
  '三、工作要求',
  '项目',
  '投资',
  '环城公路',
  'XX亿元',
  '某某同志负责。',
];

export async function numberedDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'gbt', levels: GBT_LEVELS }] },
    comments: {
      children: [{ id: 0, author: '审稿人', date: new Date(DATE), children: [plain('此处数据待核实，XX为占位')] }],
    },
    footnotes: { 1: { children: [plain('数据来源：XX统计局。')] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new CommentRangeStart(0), new TextRun('关于XX县重点工作推进情况的报告'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
          }),
          numbered(0, '总体情况'),
          numbered(1, '经济运行'),
          numbered(2, '工业经济'),
          numbered(3, '交通项目'),
          numbered(3, '水利项目'),
          numbered(2, '项目建设'),
          new Paragraph({
            children: [
              new TextRun('全县地区生产总值增长百分之'),
              new DeletedTextRun({ text: '八', id: 1, author: '张三', date: DATE }),
              new InsertedTextRun({ text: '七点五', id: 2, author: '张三', date: DATE }),
              new TextRun('，完成年度目标。'),
              new FootnoteReferenceRun(1),
            ],
          }),
          numbered(1, '民生保障'),
          numbered(0, '存在问题'),
          plain('三、下一步打算'), // typed by hand after an auto-numbered 二、
          numbered(0, '工作要求'), // Word numbers this 三、 as well
          new Table({
            rows: [new TableRow({ children: [cell('项目'), cell('投资')] }), new TableRow({ children: [cell('环城公路'), cell('XX亿元')] })],
          }),
          plain('某某同志负责。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Numbering that comes from paragraph styles (Heading1/Heading2 carry numPr), restarted with a start value. */
export async function styleNumberedDocx(): Promise<Uint8Array> {
  const style = (id: string, level: number) => ({
    id,
    name: `heading ${level + 1}`,
    basedOn: 'Normal',
    paragraph: { outlineLevel: level, numbering: { reference: 'gbt', level } },
  });
  const doc = new Document({
    numbering: { config: [{ reference: 'gbt', levels: GBT_LEVELS.map((l) => (l.level === 0 ? { ...l, start: 3 } : l)) }] },
    styles: { paragraphStyles: [style('Heading1', 0), style('Heading2', 1)] },
    sections: [
      {
        children: [
          new Paragraph({ style: 'Heading1', children: [new TextRun('继续推进的工作')] }),
          new Paragraph({ style: 'Heading2', children: [new TextRun('产业发展')] }),
          plain('正文。'),
          new Paragraph({ style: 'Heading1', children: [new TextRun('保障措施')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal package around a hand-written `<w:body>`, for constructs the `docx` package does not write. */
export function handmadeDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`,
    ),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  });
}
