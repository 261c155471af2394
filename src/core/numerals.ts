// Chinese numerals as used in structure markers: 一 … 十 … 九十九.

const DIGITS = '〇一二三四五六七八九';

/** Parses 一…九十九 (also the nonstandard 一十一). Returns undefined when not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 3) return undefined;
  const ten = s.indexOf('十');
  if (ten === -1) {
    if (s.length !== 1) return undefined;
    const d = DIGITS.indexOf(s);
    return d > 0 ? d : undefined;
  }
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : DIGITS.indexOf(tensPart);
  const ones = onesPart === '' ? 0 : DIGITS.indexOf(onesPart);
  if (tens <= 0 || ones < 0 || tensPart.length > 1 || onesPart.length > 1) return undefined;
  return tens * 10 + ones;
}

/** Formats 1…99 the standard way: 十一, 二十, 二十一 (never 一十一). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : DIGITS[tens] + '十';
  return head + (ones === 0 ? '' : DIGITS[ones]);
}
