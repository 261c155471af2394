// Why a .docx could not be read, in both languages.

import type { Message } from '../rules/types';

export class WordError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
  }
}

export const wordErrors = {
  notZip: () =>
    new WordError({
      zh: '不是 .docx 文件（不是 ZIP 包；旧版 .doc 请先在 Word 或 WPS 中另存为 .docx）',
      en: 'not a .docx file (not a ZIP package; save an old .doc as .docx in Word or WPS first)',
    }),
  tooLarge: (limitMb: number) =>
    new WordError({
      zh: `.docx 解压后超过 ${limitMb} MB，疑似压缩炸弹，已拒绝`,
      en: `the .docx unpacks to more than ${limitMb} MB (a zip bomb?); refused`,
    }),
  tooManyEntries: (limit: number) =>
    new WordError({
      zh: `.docx 包含超过 ${limit} 个条目，已拒绝`,
      en: `the .docx holds more than ${limit} entries; refused`,
    }),
  missingPart: (part: string) =>
    new WordError({ zh: `.docx 缺少 ${part}，文件可能已损坏`, en: `the .docx lacks ${part}; the file may be damaged` }),
  doctype: (part: string) =>
    new WordError({
      zh: `${part} 含有 DTD 或实体声明，出于安全考虑已拒绝`,
      en: `${part} declares a DTD or entities; refused for safety`,
    }),
  badXml: (part: string) =>
    new WordError({ zh: `${part} 不是有效的 XML，文件可能已损坏`, en: `${part} is not well-formed XML; the file may be damaged` }),
};
