import type { Message } from './types';

type Width = 'full' | 'half';

/** Punctuation marks named in words, so a message never sets two look-alike marks side by side. */
const NAMES: Record<string, Message & { width?: Width }> = {
  ',': { zh: '逗号', en: 'comma', width: 'half' },
  '，': { zh: '逗号', en: 'comma', width: 'full' },
  ';': { zh: '分号', en: 'semicolon', width: 'half' },
  '；': { zh: '分号', en: 'semicolon', width: 'full' },
  ':': { zh: '冒号', en: 'colon', width: 'half' },
  '：': { zh: '冒号', en: 'colon', width: 'full' },
  '?': { zh: '问号', en: 'question mark', width: 'half' },
  '？': { zh: '问号', en: 'question mark', width: 'full' },
  '!': { zh: '叹号', en: 'exclamation mark', width: 'half' },
  '！': { zh: '叹号', en: 'exclamation mark', width: 'full' },
  '(': { zh: '左括号', en: 'left parenthesis', width: 'half' },
  '（': { zh: '左括号', en: 'left parenthesis', width: 'full' },
  ')': { zh: '右括号', en: 'right parenthesis', width: 'half' },
  '）': { zh: '右括号', en: 'right parenthesis', width: 'full' },
  '%': { zh: '百分号', en: 'percent sign', width: 'half' },
  '％': { zh: '百分号', en: 'percent sign', width: 'full' },
  '。': { zh: '句号', en: 'full stop' },
  '、': { zh: '顿号', en: 'enumeration comma' },
  '“': { zh: '左引号', en: 'left quotation mark' },
  '”': { zh: '右引号', en: 'right quotation mark' },
  '‘': { zh: '左单引号', en: 'left single quotation mark' },
  '’': { zh: '右单引号', en: 'right single quotation mark' },
  '《': { zh: '左书名号', en: 'left title mark' },
  '》': { zh: '右书名号', en: 'right title mark' },
  '【': { zh: '左方头括号', en: 'left square bracket' },
  '】': { zh: '右方头括号', en: 'right square bracket' },
};

const WIDTH: Record<Width, Message> = { full: { zh: '全角', en: 'full-width ' }, half: { zh: '半角', en: 'half-width ' } };

/** The mark's name (`逗号`), with its width when `withWidth` and the mark has two (`半角逗号`); undefined for other text. */
export function markName(mark: string, withWidth = false): Message | undefined {
  const name = NAMES[mark];
  if (!name) return undefined;
  const width = withWidth && name.width ? WIDTH[name.width] : { zh: '', en: '' };
  return { zh: width.zh + name.zh, en: width.en + name.en };
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
