import type { Outline } from '../types';
import { outlineRows, sectionLabel, SECTION_SEPARATOR, type OutlineRow, type RowKind } from './rows';

const COLUMNS = ['kind', 'section', 'item', 'amount', 'status', 'line', 'indicator', 'value', 'unit', 'comparator'] as const;
export type CsvColumn = (typeof COLUMNS)[number];

/** How the editor's export differs from the CLI's machine table (the defaults). */
export interface CsvOptions {
  /** Header text per column (default: the column ids). */
  headers?: Record<CsvColumn, string>;
  /** Text of the kind column per kind (default: the kind ids). */
  kinds?: Record<RowKind, string>;
  /** Only goals, achievements and projects, no section rows; the document title is left out of paths. */
  itemsOnly?: boolean;
}

/** RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A single unnumbered top section (a Markdown `# 标题`) is the document's title, not a section. */
function withoutTitle(outline: Outline, rows: OutlineRow[]): OutlineRow[] {
  const top = outline.sections.length === 1 && !outline.sections[0]!.marker ? sectionLabel(outline.sections[0]!) : undefined;
  if (!top) return rows;
  const strip = (path: string) => (path === top ? '' : path.startsWith(top + SECTION_SEPARATOR) ? path.slice(top.length + SECTION_SEPARATOR.length) : path);
  return rows.map((r) => ({ ...r, section: strip(r.section) }));
}

/**
 * One table, columns kind,section,item,amount,status,line,indicator,value,unit,comparator; CRLF line breaks (RFC 4180) and a UTF-8
 * BOM, without which Excel reads UTF-8 CSV in the local code page and garbles Chinese.
 */
export function formatOutlineCsv(outline: Outline, options: CsvOptions = {}): string {
  let rows = outlineRows(outline);
  if (options.itemsOnly) rows = withoutTitle(outline, rows.filter((r) => r.kind !== 'section'));
  const lines = [COLUMNS.map((c) => field(options.headers?.[c] ?? c)).join(',')];
  for (const row of rows) {
    lines.push(COLUMNS.map((c) => field(c === 'kind' ? (options.kinds?.[row.kind] ?? row.kind) : row[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
