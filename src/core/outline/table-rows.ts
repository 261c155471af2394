// Rows of a project table copied as text: under `序号 项 目 名 称 备注`, `1 上海光源二期（线站工程） 建成`.

import type { Paragraph, ReportDocument } from '../model';
import { withoutSpaces } from '../text';

/** A project table's header, its cells (and their characters) maybe spaced: `序号 项 目 名 称 备注`. */
const HEADER = /序号.{0,6}项目名称/;
/** A row: its number, the work's name, and where the work stands as the last cell. */
const ROW = /^[\s\u3000]*\d{1,4}[\s\u3000]+([^\s\u3000，。；：,;:]{3,60})[\s\u3000]+(新开工|续建|在建|建成|竣工|竣工投产|完工|开工|前期|投产|投入使用|通车)[\s\u3000]*$/;
/** How many paragraphs a header is looked for in. */
const HEADER_LINES = 30;

const headers = new WeakMap<ReportDocument, number>();

/** Where the first project table's header starts among the document's first paragraphs, else -1. */
function headerAt(doc: ReportDocument): number {
  let at = headers.get(doc);
  if (at === undefined) {
    const header = doc.paragraphs.slice(0, HEADER_LINES).find((p) => HEADER.test(withoutSpaces(doc.checkable.slice(p.range.start, p.range.end))));
    headers.set(doc, (at = header?.range.start ?? -1));
  }
  return at;
}

export interface TableRowWork {
  /** Offsets in the row's text. */
  start: number;
  end: number;
  status: string;
}

/** The work a row of a project table names (`text`: the paragraph's), with its status; undefined for any other paragraph. */
export function tableRowWork(doc: ReportDocument, paragraph: Paragraph, text: string): TableRowWork | undefined {
  const m = ROW.exec(text);
  if (!m) return undefined;
  const header = headerAt(doc);
  if (header === -1 || header >= paragraph.range.start) return undefined;
  const start = m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, status: m[2]! };
}
