// Character classes shared by the parser and the rules.

/** CJK ideographs (BMP unified + extension A + compatibility). */
export const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

const CJK = new RegExp(`[${CJK_CLASS}]`);

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Full-width CJK punctuation that may border Chinese text. */
export const CJK_PUNCT = '，。；：？！、“”‘’（）《》【】…—～';

/** Horizontal whitespace, including the full-width space U+3000 used for indentation. */
export const SPACE_CLASS = ' \\t\\u3000\\u00a0';
