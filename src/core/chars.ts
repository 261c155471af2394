// Character classes shared by the parser and the rules.

/** CJK ideographs (BMP unified + extension A + compatibility). */
export const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** Whether a UTF-16 code unit is in CJK_CLASS. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether a character (one code unit) is in CJK_CLASS. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isCjkCode(ch.charCodeAt(0));
}

/** Full-width CJK punctuation that may border Chinese text. */
export const CJK_PUNCT = '，。；：？！、“”‘’（）《》【】…—～';

/** Horizontal whitespace, including the full-width space U+3000 used for indentation. */
export const SPACE_CLASS = ' \\t\\u3000\\u00a0';
