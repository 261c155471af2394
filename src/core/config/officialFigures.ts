// The team's official figures (`officialFigures` in `.govreportrc.json`): CSV or JSON tables of indicator,
// value, unit, period, scope, source and aliases, read into rows the `official-figure` rule compares with.
// A broken table is a ConfigError naming the file, the row (line) and the column.

import Papa from 'papaparse';
import { readJson } from '../json';
import { LineIndex } from '../lines';
import type { Message } from '../rules/types';
import { ConfigError, shown, type ConfigProblem } from './errors';
import { splitUnit, type OfficialFigure } from './officialRow';

export type { OfficialFigure } from './officialRow';

type Field = 'indicator' | 'value' | 'unit' | 'period' | 'scope' | 'source' | 'aliases';

/** Header names in either language; the first column of each pair is the Chinese one. */
const HEADERS: Readonly<Record<string, Field>> = {
  指标: 'indicator',
  数值: 'value',
  单位: 'unit',
  期间: 'period',
  口径: 'scope',
  来源: 'source',
  别名: 'aliases',
  indicator: 'indicator',
  value: 'value',
  unit: 'unit',
  period: 'period',
  scope: 'scope',
  source: 'source',
  aliases: 'aliases',
};
const REQUIRED: readonly Field[] = ['indicator', 'value', 'unit'];
const KNOWN_HEADERS = Object.keys(HEADERS).join(', ');

const NUMBER = /^([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;
const PERIOD = /^(\d{4})年?(?:(\d{1,2})(?:\s*[-—–~～至到]\s*(\d{1,2}))?月(?:份)?)?$/;
interface Cell {
  field: Field;
  text: string;
  /** 1-based column for CSV, the key for JSON. */
  column: number | string;
  header: string;
  /** Where a problem with this cell is shown. */
  line: number;
  col: number;
}

/** Thrown inside one row, collected per file. */
class RowProblem {
  constructor(
    readonly cell: Cell | undefined,
    readonly line: number,
    readonly message: Message,
    /** 1-based character column, for a problem that is not in one cell. */
    readonly col = 1,
  ) {}
}

function expected(cell: Cell, what: Message): RowProblem {
  const found = shown(cell.text);
  return new RowProblem(cell, cell.line, { en: `expected ${what.en}, found ${found.en}`, zh: `应为${what.zh}，实际为${found.zh}` });
}

/** One row from its cells; throws RowProblem. */
function toRow(cells: Map<Field, Cell>, file: string, line: number): OfficialFigure {
  const text = (f: Field) => cells.get(f)?.text.trim() ?? '';
  const indicatorCell = cells.get('indicator')!;
  if (!text('indicator')) throw expected(indicatorCell, { en: 'an indicator name', zh: '指标名称' });
  const valueCell = cells.get('value')!;
  const number = NUMBER.exec(text('value'));
  if (!number) throw expected(valueCell, { en: 'a number (e.g. 5.2 or 1.2万亿元)', zh: '数值（如 5.2 或 1.2万亿元）' });
  const unitCell = cells.get('unit')!;
  const writtenUnit = number[2]!.trim();
  const columnUnit = text('unit');
  if (writtenUnit && columnUnit && writtenUnit !== columnUnit) {
    throw expected(unitCell, { en: `the unit the value carries (${writtenUnit})`, zh: `与数值所带单位一致（${writtenUnit}）` });
  }
  const unit = writtenUnit || columnUnit;
  const split = splitUnit(unit);
  if (!split) {
    const where = writtenUnit ? valueCell : unitCell;
    throw expected(where, { en: 'a known unit (e.g. 亿元, 万吨, %, 个百分点)', zh: '已知的单位（如 亿元、万吨、%、个百分点）' });
  }
  const row: OfficialFigure = {
    indicator: text('indicator'),
    aliases: text('aliases').split(/[|｜]/).map((a) => a.trim()).filter(Boolean),
    value: number[1]!.replace(/,/g, ''),
    amount: Number(number[1]!.replace(/,/g, '')) * split.scale,
    unit,
    file,
    line,
  };
  const period = text('period');
  if (period) {
    const p = PERIOD.exec(period.replace(/\s+/g, ''));
    const months = p?.[2] ? ([Number(p[2]), Number(p[3] ?? p[2])] as [number, number]) : undefined;
    if (!p || (months && (months[0] < 1 || months[1] > 12 || months[0] > months[1]))) {
      throw expected(cells.get('period')!, { en: 'a period like 2025年, 2025 or 2025年1-11月', zh: '期间，如 2025年、2025 或 2025年1-11月' });
    }
    row.period = period;
    row.year = Number(p[1]);
    if (months) row.months = months;
  }
  if (text('scope')) row.scope = text('scope');
  if (text('source')) row.source = text('source');
  return row;
}

/** The file's problems as one ConfigError: `file:line: column 2 (数值): expected …`. */
function tableError(file: string, problems: RowProblem[]): ConfigError {
  const listed: ConfigProblem[] = problems.map(({ cell, line, message, col: at1 }) => {
    const col = cell?.col ?? at1;
    const at = `${file}:${line}:${col}`;
    const column = cell
      ? typeof cell.column === 'number'
        ? { en: `column ${cell.column} (${cell.header})`, zh: `第${cell.column}列（${cell.header}）` }
        : { en: `key "${cell.column}"`, zh: `键“${cell.column}”` }
      : undefined;
    return {
      location: { file, line, column: col },
      text: {
        en: `${at}: row ${line}${column ? `, ${column.en}` : ''}: ${message.en}`,
        zh: `${at}：第${line}行${column ? `${column.zh}` : ''}：${message.zh}`,
      },
    };
  });
  const text = { en: listed.map((p) => p.text.en).join('\n'), zh: listed.map((p) => p.text.zh).join('\n') };
  return new ConfigError(listed[0]!.location, text, listed);
}

/** At most this many problems are listed per table: a file of the wrong kind would list every row. */
const MAX_PROBLEMS = 20;

/** What each parse error means, in both languages. */
const CSV_ERRORS: Readonly<Record<string, Message>> = {
  MissingQuotes: { en: 'a quoted field is not closed (a " is missing)', zh: '带引号的字段没有结束（缺少右引号 "）' },
  InvalidQuotes: {
    en: 'text after the closing quote of a field (write a quote inside a field as "")',
    zh: '字段的右引号后还有字符（字段内的引号应写作 ""）',
  },
};

/** Reads a CSV table (RFC 4180: quoted fields with commas, quotes and newlines; CRLF or LF; optional BOM). */
export function parseCsvTable(raw: string, file: string): OfficialFigure[] {
  // One line break throughout (Papa guesses one per file), the BOM off; lines stay where they were.
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const lineAt = (offset: number) => lines.lineAt(Math.min(offset, text.length)) + 1;
  const records: { cells: string[]; line: number; raw: string }[] = [];
  const problems: RowProblem[] = [];
  let previous = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(previous);
      previous = result.meta.cursor;
      const seen = new Set<string>();
      for (const e of result.errors) {
        if (seen.has(`${e.code}@${e.index}`)) continue;
        seen.add(`${e.code}@${e.index}`);
        const what = CSV_ERRORS[e.code] ?? { en: e.message, zh: e.message };
        problems.push(new RowProblem(undefined, e.index === undefined ? line : lineAt(e.index), { en: `invalid CSV: ${what.en}`, zh: `CSV 格式错误：${what.zh}` }));
      }
      if (!(result.data.length === 1 && result.data[0]!.trim() === '')) records.push({ cells: result.data, line, raw: text.slice(lines.lineStart(line - 1), lines.lineEnd(line - 1)) });
    },
  });
  if (problems.length > 0) throw tableError(file, problems.slice(0, MAX_PROBLEMS));
  const header = records.shift();
  if (!header) throw tableError(file, [new RowProblem(undefined, 1, { en: `expected a header row (${KNOWN_HEADERS}), found an empty file`, zh: `应有表头行（${KNOWN_HEADERS}），实际为空文件` })]);
  const headerCol = cellColumns(header.cells, header.raw);
  const fields = headerFields(
    header.cells.map((name, i) => ({ name: name.trim(), column: i + 1 as number | string, col: headerCol(i) })),
    header.line,
    file,
  );
  const rows: OfficialFigure[] = [];
  for (const { cells, line, raw } of records) {
    const colOf = cellColumns(cells, raw);
    const cellAt = (i: number): Cell => ({ field: fields[i]!, text: cells[i] ?? '', column: i + 1, header: header.cells[i]!.trim(), line, col: colOf(i) });
    try {
      if (cells.length !== fields.length) {
        const i = Math.min(cells.length, fields.length);
        const cell: Cell = { field: 'indicator', text: '', column: i + 1, header: cells.length > fields.length ? '—' : header.cells[i]!.trim(), line, col: colOf(i) };
        throw new RowProblem(cell, line, {
          en: `expected ${fields.length} cells as in the header, found ${cells.length}`,
          zh: `应有 ${fields.length} 个单元格（与表头一致），实际为 ${cells.length} 个`,
        });
      }
      rows.push(toRow(new Map(fields.map((f, i) => [f, cellAt(i)])), file, line));
    } catch (err) {
      if (!(err instanceof RowProblem)) throw err;
      problems.push(err);
    }
  }
  if (problems.length > 0) throw tableError(file, problems.slice(0, MAX_PROBLEMS));
  return rows;
}

/** The 1-based character column of each cell: a row without quotes is its cells joined by commas; else 1. */
function cellColumns(cells: string[], raw: string): (i: number) => number {
  return (i) => (raw.includes('"') ? 1 : cells.slice(0, i).reduce((n, c) => n + c.length + 1, 1));
}

/** The field of each header cell; unknown, repeated or missing required headers are problems. */
function headerFields(header: { name: string; column: number | string; col: number }[], line: number, file: string): Field[] {
  const problems: RowProblem[] = [];
  const seen = new Set<Field>();
  const fields = header.map(({ name, column, col }) => {
    const field = HEADERS[name] ?? HEADERS[name.toLowerCase()];
    const cell: Cell = { field: field ?? 'indicator', text: name, column, header: name, line, col };
    // Excel in some locales separates with semicolons; a tab-separated file is not CSV either.
    const separator = /[;；\t]/.exec(name)?.[0]?.replace('\t', 'tab');
    const known = separator
      ? { en: `columns separated by commas, not by ${separator}`, zh: `以英文逗号分隔的列，而非以 ${separator} 分隔` }
      : { en: `a known column (${KNOWN_HEADERS})`, zh: `已知的列名（${KNOWN_HEADERS}）` };
    if (!field) problems.push(expected(cell, known));
    else if (seen.has(field)) problems.push(new RowProblem(cell, line, { en: `column "${name}" given twice`, zh: `列“${name}”重复` }));
    if (field) seen.add(field);
    return field!;
  });
  const missing = REQUIRED.filter((f) => !seen.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => `${Object.keys(HEADERS).find((k) => HEADERS[k] === f)}/${f}`).join(', ');
    problems.push(new RowProblem(undefined, line, { en: `the header lacks the column ${names}`, zh: `表头缺少列 ${names}` }));
  }
  if (problems.length > 0) throw tableError(file, problems);
  return fields;
}

/** Reads a JSON table: an array of objects with the CSV's column names (either language) as keys. */
export function parseJsonTable(raw: string, file: string): OfficialFigure[] {
  const doc = readJson(raw);
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = new LineIndex(bom ? raw.slice(1) : raw);
  const at = (offset: number) => {
    const r = lines.range(Math.max(0, offset - bom), Math.max(0, offset - bom));
    return { line: r.startLine + 1, col: r.startColumn + 1 };
  };
  const problems: RowProblem[] = doc.problems.map((p) => new RowProblem(undefined, at(p.start).line, p.message, at(p.start).col));
  if (doc.value !== undefined && !Array.isArray(doc.value)) {
    problems.push(new RowProblem(undefined, 1, { en: `expected an array of rows, found ${shown(doc.value).en}`, zh: `应为行的数组，实际为${shown(doc.value).zh}` }));
  }
  if (problems.length > 0) throw tableError(file, problems);
  const rows: OfficialFigure[] = [];
  (doc.value as unknown[]).forEach((item, i) => {
    const { line } = at(doc.rangeAt([i]).start);
    try {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new RowProblem(undefined, line, { en: `expected an object, found ${shown(item).en}`, zh: `应为对象，实际为${shown(item).zh}` });
      }
      const cells = new Map<Field, Cell>();
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        const where = at(doc.rangeAt([i, key], true).start);
        const field = HEADERS[key] ?? HEADERS[key.toLowerCase()];
        const cell: Cell = { field: field ?? 'indicator', text: typeof value === 'string' ? value : JSON.stringify(value), column: key, header: key, ...where };
        if (!field) throw expected({ ...cell, text: key }, { en: `a known key (${KNOWN_HEADERS})`, zh: `已知的键（${KNOWN_HEADERS}）` });
        if (typeof value !== 'string' && !(typeof value === 'number' && field === 'value')) {
          const what = field === 'value' ? { en: 'a number or a string', zh: '数字或字符串' } : { en: 'a string', zh: '字符串' };
          throw new RowProblem(cell, cell.line, { en: `expected ${what.en}, found ${shown(value).en}`, zh: `应为${what.zh}，实际为${shown(value).zh}` });
        }
        cells.set(field, cell);
      }
      for (const f of REQUIRED) {
        if (!cells.has(f)) cells.set(f, { field: f, text: '', column: Object.keys(HEADERS).find((k) => HEADERS[k] === f)!, header: f, line, col: 1 });
      }
      rows.push(toRow(cells, file, line));
    } catch (err) {
      if (!(err instanceof RowProblem)) throw err;
      problems.push(err);
    }
  });
  if (problems.length > 0) throw tableError(file, problems.slice(0, MAX_PROBLEMS));
  return rows;
}

/** A table by its file name: `.json` is JSON, anything else CSV. Text that is not UTF-8 is refused. */
export function parseOfficialTable(text: string, file: string): OfficialFigure[] {
  if (text.includes('\ufffd')) {
    throw tableError(file, [
      new RowProblem(undefined, 1, {
        en: 'expected UTF-8 text, found bytes that are not UTF-8 (save the table as UTF-8, e.g. “CSV UTF-8” in Excel)',
        zh: '应为 UTF-8 文本，实际含有非 UTF-8 字节（请将表格另存为 UTF-8，如 Excel 的“CSV UTF-8”）',
      }),
    ]);
  }
  return /\.json$/i.test(file) ? parseJsonTable(text, file) : parseCsvTable(text, file);
}

/** Rows of several tables, base tables first: a later row for the same indicator, period and scope wins. */
export function mergeOfficialFigures(tables: readonly (readonly OfficialFigure[])[]): OfficialFigure[] {
  const byKey = new Map<string, OfficialFigure>();
  for (const row of tables.flat()) {
    const key = `${row.indicator}\u0000${row.year ?? ''}\u0000${row.months?.join('-') ?? ''}\u0000${row.scope ?? ''}`;
    byKey.delete(key);
    byKey.set(key, row);
  }
  return [...byKey.values()];
}
