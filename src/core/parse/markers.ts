import type { DivisionKind, NumberedLevel } from '../model';
import { formatChineseNumeral, parseChineseNumeral } from '../numerals';

export interface MarkerMatch {
  /** Length of the marker text, from the start of the line content. */
  length: number;
  level: NumberedLevel;
  number: number;
  canonical: string;
}

export interface DivisionMatch {
  length: number;
  division: DivisionKind;
}

const CN = '[一二三四五六七八九十]{1,3}';
/** ASCII or full-width digits: `１．` is a malformed `1.`. */
const DIGITS = '[0-9０-９]{1,2}';
const PAREN = new RegExp(`^([（(])[ \\u3000]*(${CN}|${DIGITS})[ \\u3000]*([）)])([、.．，]?)`);
const CN_COMMA = new RegExp(`^(${CN})[ \\u3000]*([、.．，,])(?![\\d一二三四五六七八九十][、类级])`);
const ARABIC = new RegExp(`^(${DIGITS})[ \\u3000]*([.．、])(?![0-9０-９.．])`);

/** Value of ASCII or full-width decimal digits. */
function arabicValue(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The canonical GB/T 9704 marker for a level and number. */
export function canonicalMarker(level: NumberedLevel, n: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumeral(n)}、`;
    case 2:
      return `（${formatChineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** Recognises a structure marker, correct or malformed, at the start of `s`. */
export function matchMarker(s: string): MarkerMatch | undefined {
  const first = s.charCodeAt(0);
  let level: NumberedLevel;
  let digits: string;
  let length: number;
  if (first === 0xff08 || first === 0x28) {
    const m = PAREN.exec(s);
    if (!m) return undefined;
    digits = m[2]!;
    level = /[0-9０-９]/.test(digits) ? 4 : 2;
    length = m[0].length;
  } else if ((first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19)) {
    const m = ARABIC.exec(s);
    if (!m) return undefined;
    digits = m[1]!;
    level = 3;
    length = m[0].length;
  } else {
    const m = CN_COMMA.exec(s);
    if (!m) return undefined;
    digits = m[1]!;
    level = 1;
    length = m[0].length;
  }
  const number = level === 1 || level === 2 ? parseChineseNumeral(digits) : arabicValue(digits);
  if (number === undefined || number === 0) return undefined;
  return { length, level, number, canonical: canonicalMarker(level, number) };
}

/** An item number run into the value that opens its text: `2.50个小区…` (item 2, 50 residential areas). */
const RUN_INTO_VALUE = /^([0-9]{1,2})[.．](?=[0-9])/;

/** The marker of `s` when its number runs into a value and is the one after `previous`, the item just before at level 3. */
export function markerRunIntoValue(s: string, previous: number): MarkerMatch | undefined {
  const m = RUN_INTO_VALUE.exec(s);
  if (!m || Number(m[1]) !== previous + 1) return undefined;
  return { length: m[0].length, level: 3, number: previous + 1, canonical: canonicalMarker(3, previous + 1) };
}

const DIVISION = /^第([一二三四五六七八九十百零〇]{1,6})([章节条])(?=[ \u3000]|$)/;
const APPENDIX = /^(?:附件|附录|附表)[0-9一二三四五六七八九十]*[：:]?/;
const GLOSSARY = /^名词解释[：:]?$/;
const DIVISION_KINDS: Record<string, DivisionKind> = { 章: 'chapter', 节: 'part', 条: 'article' };

/** Recognises 第X章/节/条, 附件, 名词解释 at the start of a line's content. */
export function matchDivision(s: string): DivisionMatch | undefined {
  const first = s[0];
  if (first === '第') {
    const m = DIVISION.exec(s);
    return m ? { length: m[0].length, division: DIVISION_KINDS[m[2]!]! } : undefined;
  }
  if (first === '附' && s.length <= 40) {
    const m = APPENDIX.exec(s);
    return m ? { length: m[0].length, division: 'appendix' } : undefined;
  }
  if (first === '名' && GLOSSARY.test(s)) return { length: s.length, division: 'glossary' };
  return undefined;
}

/** Whether a line's content opens a heading: a structure marker or a division. */
export function opensHeading(s: string): boolean {
  return matchDivision(s) !== undefined || matchMarker(s) !== undefined;
}
