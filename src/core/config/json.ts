// JSON.parse with a usable error position: engines word (and sometimes omit) positions differently,
// so on failure a small scanner finds the first offending character itself.

import { LineIndex } from '../lines';
import type { Message } from '../rules/types';
import { ConfigError, plain } from './errors';

const EXPECTED = {
  value: { en: 'a JSON value', zh: 'JSON 值' },
  key: { en: 'a property name in double quotes', zh: '双引号括起的属性名' },
  colon: { en: '":"', zh: '“:”' },
  objectNext: { en: '"," or "}"', zh: '“,”或“}”' },
  arrayNext: { en: '"," or "]"', zh: '“,”或“]”' },
  end: { en: 'the end of the file', zh: '文件结束' },
  stringChar: { en: 'a string character or a valid escape', zh: '字符串字符或有效的转义' },
  digit: { en: 'a digit', zh: '数字' },
} satisfies Record<string, Message>;

export interface SyntaxProblem {
  offset: number;
  expected: Message;
}

/** Parses JSON text; throws a ConfigError with file:line:col on a syntax error. A leading BOM is ignored. */
export function parseJsonText(text: string, file: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = tryParseJson(source);
  if ('problem' in result) throw jsonError(source, file, result.problem);
  return result.value;
}

function jsonError(text: string, file: string, problem: SyntaxProblem): ConfigError {
  const range = new LineIndex(text).range(problem.offset, problem.offset);
  const line = range.startLine + 1;
  const column = range.startColumn + 1;
  const message = syntaxMessage(text, problem);
  return new ConfigError({ file, line, column }, { en: `${file}:${line}:${column}: ${message.en}`, zh: `${file}:${line}:${column}：${message.zh}` });
}

/** `invalid JSON: expected …, found …` for a syntax problem, without a location. */
export function syntaxMessage(text: string, problem: SyntaxProblem): Message {
  const ch = text[problem.offset];
  const found = ch === undefined ? EXPECTED.end : plain(JSON.stringify(ch));
  return {
    en: `invalid JSON: expected ${problem.expected.en}, found ${found.en}`,
    zh: `JSON 语法错误：应为${problem.expected.zh}，实际为${found.zh}`,
  };
}

/** JSON.parse without throwing: the value, or the first syntax problem (a leading BOM must be removed first). */
export function tryParseJson(text: string): { value: unknown } | { problem: SyntaxProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: locateSyntaxError(text) ?? { offset: 0, expected: EXPECTED.value } };
  }
}

/** Returns the first syntax error of `text`, or undefined when it is valid JSON. */
export function locateSyntaxError(text: string): SyntaxProblem | undefined {
  let i = 0;
  const fail = (expected: Message): never => {
    throw { offset: i, expected } satisfies SyntaxProblem;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail(EXPECTED.value);
      i++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail(EXPECTED.digit);
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail(EXPECTED.stringChar);
      if (ch === '"') break;
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail(EXPECTED.stringChar);
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(EXPECTED.stringChar);
      }
      i++;
    }
    i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') (i++, digits());
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(EXPECTED.key);
        string();
        ws();
        if (text[i] !== ':') fail(EXPECTED.colon);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail(EXPECTED.objectNext);
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail(EXPECTED.arrayNext);
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail(EXPECTED.value);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(EXPECTED.end);
    return undefined;
  } catch (problem) {
    return problem as SyntaxProblem;
  }
}
