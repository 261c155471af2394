// One JSON front end for config files and snippet packs: jsonc-parser reads the text and reports every
// syntax error; syntax, duplicate-key and schema problems all come back with a JSON path and offsets.

import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { describeIssue, expectedFound, plain } from './config/errors';
import type { Message } from './rules/types';

export type JsonPath = Array<string | number>;

export interface JsonProblem {
  /** Where in the value; undefined for a syntax error. */
  path?: JsonPath;
  message: Message;
  /** Offsets (UTF-16) in the text as given, BOM included. */
  start: number;
  end: number;
}

export interface JsonDocument {
  /** The value; undefined when the text has a syntax error. */
  value: unknown;
  /** Syntax errors (all of them) and duplicate keys. */
  problems: JsonProblem[];
  /** Where a problem at `path` is shown (by its key, for an unknown or duplicate key). */
  rangeAt(path: JsonPath, key?: boolean): { start: number; end: number };
}

/** What each jsonc-parser error expected. */
const EXPECTED: Record<string, Message> = {
  InvalidSymbol: { en: 'a JSON value', zh: 'JSON 值' },
  ValueExpected: { en: 'a JSON value', zh: 'JSON 值' },
  InvalidNumberFormat: { en: 'a number', zh: '数字' },
  UnexpectedEndOfNumber: { en: 'a digit', zh: '数字' },
  PropertyNameExpected: { en: 'a property name in double quotes', zh: '双引号括起的属性名' },
  ColonExpected: { en: '":"', zh: '“:”' },
  CommaExpected: { en: '","', zh: '“,”' },
  CloseBraceExpected: { en: '"}"', zh: '“}”' },
  CloseBracketExpected: { en: '"]"', zh: '“]”' },
  EndOfFileExpected: { en: 'the end of the file', zh: '文件结束' },
  UnexpectedEndOfString: { en: 'a closing double quote', zh: '右双引号' },
  InvalidUnicode: { en: 'a valid \\u escape', zh: '有效的 \\u 转义' },
  InvalidEscapeCharacter: { en: 'a valid escape', zh: '有效的转义' },
  InvalidCharacter: { en: 'a string character', zh: '字符串字符' },
  InvalidCommentToken: { en: 'no comment (comments are not allowed)', zh: '无注释（不允许注释）' },
  UnexpectedEndOfComment: { en: 'no comment (comments are not allowed)', zh: '无注释（不允许注释）' },
};

const END_OF_FILE: Message = { en: 'the end of the file', zh: '文件结束' };

function syntaxMessage(source: string, error: ParseError): Message {
  const expected = EXPECTED[printParseErrorCode(error.error)] ?? EXPECTED.ValueExpected!;
  const found = error.offset >= source.length ? END_OF_FILE : plain(JSON.stringify(source.slice(error.offset, error.offset + Math.max(1, error.length)).slice(0, 20)));
  const text = expectedFound(expected, found);
  return { en: `invalid JSON: ${text.en}`, zh: `JSON 语法错误：${text.zh}` };
}

/** Reads JSON text (a leading BOM is skipped; comments and trailing commas are errors). */
export function readJson(text: string): JsonDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // jsonc-parser may report two errors at one spot (a trailing comma: no name, no value): keep the first.
  const firstAt = errors.filter((e, i) => errors.findIndex((o) => o.offset === e.offset) === i);
  const problems: JsonProblem[] = firstAt.map((e) => ({
    message: syntaxMessage(source, e),
    start: bom + e.offset,
    end: bom + Math.min(source.length, e.offset + Math.max(1, e.length)),
  }));
  if (root) {
    for (const { path, key, start, end } of duplicateKeys(root)) {
      problems.push({ path, message: { en: `duplicate key ${JSON.stringify(key)}`, zh: `键 ${JSON.stringify(key)} 重复` }, start: bom + start, end: bom + end });
    }
  }
  const rangeAt = (path: JsonPath, key = false) => {
    const r = root ? (key ? keyRange(root, path) : rangeOf(root, path)) : { start: 0, end: 0 };
    return { start: bom + r.start, end: bom + r.end };
  };
  return { value: errors.length === 0 && root ? (getNodeValue(root) as unknown) : undefined, problems, rangeAt };
}

/** The schema's problems with `doc.value`, each at the range of the node it concerns. */
export function schemaProblems(
  doc: JsonDocument,
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly unknown[] } } },
  keysAt: (path: PropertyKey[]) => string[],
): JsonProblem[] {
  const result = schema.safeParse(doc.value);
  if (result.success) return [];
  return (result.error!.issues as Parameters<typeof describeIssue>[0][]).flatMap((issue) =>
    describeIssue(issue, doc.value, keysAt).map((p) => {
      const path = p.path.map((k) => (typeof k === 'number' ? k : String(k)));
      return { path, message: expectedFound(p.expected, p.found), ...doc.rangeAt(path, p.unknownKey) };
    }),
  );
}

interface Range {
  start: number;
  end: number;
}

/**
 * Where a problem at `path` is shown: a string, number or literal whole; an object or array by its property key
 * (or its opening bracket inside an array); a missing value by the opening brace of the object that lacks it.
 */
function rangeOf(root: Node, path: JsonPath): Range {
  const node = findNodeAtLocation(root, path);
  if (!node) {
    for (let n = path.length - 1; n >= 0; n--) {
      const parent = findNodeAtLocation(root, path.slice(0, n));
      if (parent) return { start: parent.offset, end: parent.offset + 1 };
    }
    return { start: 0, end: 0 };
  }
  if (node.type !== 'object' && node.type !== 'array') return { start: node.offset, end: node.offset + node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
}

/** The range of the property key at `path` (for unknown and duplicate keys). */
function keyRange(root: Node, path: JsonPath): Range {
  const key = findNodeAtLocation(root, path)?.parent?.children?.[0];
  return key ? { start: key.offset, end: key.offset + key.length } : rangeOf(root, path);
}

function duplicateKeys(node: Node, path: JsonPath = []): (Range & { path: JsonPath; key: string })[] {
  const found: (Range & { path: JsonPath; key: string })[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) found.push({ path: [...path, key], key, start: keyNode.offset, end: keyNode.offset + keyNode.length });
      seen.add(key);
      if (value) found.push(...duplicateKeys(value, [...path, key]));
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => found.push(...duplicateKeys(child, [...path, i])));
  }
  return found;
}
