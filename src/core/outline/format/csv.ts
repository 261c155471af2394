import type { Outline } from '../types';
import { outlineRows } from './rows';

const COLUMNS = ['kind', 'section', 'item', 'amount', 'status', 'line', 'indicator', 'value', 'unit', 'comparator'] as const;

/** RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One table, columns kind,section,item,amount,status,line,indicator,value,unit,comparator; CRLF line breaks (RFC 4180) and a UTF-8
 * BOM, without which Excel reads UTF-8 CSV in the local code page and garbles Chinese.
 */
export function formatOutlineCsv(outline: Outline): string {
  const lines = [COLUMNS.join(',')];
  for (const row of outlineRows(outline)) lines.push(COLUMNS.map((c) => field(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
