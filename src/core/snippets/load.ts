// From pack text to a validated SnippetPack, or every problem with its JSON path and offsets.
// Packs are data only: nothing in a pack is ever executed.

import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser/lib/esm/main.js';
import { describeIssue, expectedFound, formatPath, schemaKeysAt } from '../config/errors';
import { syntaxMessage, tryParseJson } from '../config/json';
import type { Message } from '../rules/types';
import { bodyText, scanSnippetBody } from './body';
import { packSchema, type SnippetPack } from './schema';

export interface PackProblem {
  file: string;
  /** JSON path such as `snippets[3].prefix`; `''` for the whole file. */
  path: string;
  message: Message;
  /** Offsets (UTF-16, in the text as given, BOM included) of the offending JSON node. */
  start: number;
  end: number;
}

export const PACK_LIMITS = { maxBytes: 1_000_000, maxSnippets: 2000, maxBodyChars: 20_000 } as const;

export const limitMessages = {
  tooLarge: (bytes: number) => ({
    en: `the pack is too large: ${bytes} bytes (the limit, maxBytes, is ${PACK_LIMITS.maxBytes} bytes)`,
    zh: `片段包过大：${bytes} 字节（上限 maxBytes 为 ${PACK_LIMITS.maxBytes} 字节）`,
  }),
  tooMany: (count: number) => ({
    en: `too many snippets: ${count} (the limit, maxSnippets, is ${PACK_LIMITS.maxSnippets})`,
    zh: `片段过多：${count} 个（上限 maxSnippets 为 ${PACK_LIMITS.maxSnippets} 个）`,
  }),
  bodyTooLong: (chars: number) => ({
    en: `the body is too long: ${chars} characters (the limit, maxBodyChars, is ${PACK_LIMITS.maxBodyChars})`,
    zh: `片段正文过长：${chars} 个字符（上限 maxBodyChars 为 ${PACK_LIMITS.maxBodyChars} 个字符）`,
  }),
} satisfies Record<string, (n: number) => Message>;

const MESSAGES = {
  duplicateId: (id: string, first: string) => ({
    en: `duplicate snippet id ${JSON.stringify(id)} (first used at ${first})`,
    zh: `片段 id ${JSON.stringify(id)} 重复（首次出现在 ${first}）`,
  }),
  duplicateKey: (key: string) => ({ en: `duplicate key ${JSON.stringify(key)}`, zh: `键 ${JSON.stringify(key)} 重复` }),
} satisfies Record<string, (...args: never[]) => Message>;

type Path = Array<string | number>;

/** Validates pack text. `pack` is set only when there is no problem at all. */
export function parsePack(text: string, file: string): { pack?: SnippetPack; problems: PackProblem[] } {
  const bytes = utf8Length(text);
  if (bytes > PACK_LIMITS.maxBytes) {
    return { problems: [{ file, path: '', message: limitMessages.tooLarge(bytes), start: 0, end: 0 }] };
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = bom ? text.slice(1) : text;
  const parsed = tryParseJson(source);
  if ('problem' in parsed) {
    const start = bom + parsed.problem.offset;
    return { problems: [{ file, path: '', message: syntaxMessage(source, parsed.problem), start, end: Math.min(start + 1, text.length) }] };
  }
  const root = parseTree(source)!;
  const problems: PackProblem[] = [];
  const report = (path: Path, message: Message, range = rangeOf(root, path)) =>
    problems.push({ file, path: formatPath(path), message, start: bom + range.start, end: bom + range.end });

  for (const { path, key, range } of duplicateKeys(root)) report(path, MESSAGES.duplicateKey(key), range);
  const input = parsed.value;
  const result = packSchema().safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const p of describeIssue(issue, input, (at) => schemaKeysAt(packSchema(), at))) {
        const path = p.path.map((k) => (typeof k === 'number' ? k : String(k)));
        report(path, expectedFound(p.expected, p.found), p.unknownKey ? keyRange(root, path) : undefined);
      }
    }
  }
  checkContent(input, report);
  return problems.length === 0 && result.success ? { pack: result.data, problems } : { problems };
}

/** Limits, duplicate ids and body syntax, on whatever part of the input has the right shape. */
function checkContent(input: unknown, report: (path: Path, message: Message) => void): void {
  const snippets = (input as { snippets?: unknown } | null)?.snippets;
  if (!Array.isArray(snippets)) return;
  if (snippets.length > PACK_LIMITS.maxSnippets) report(['snippets'], limitMessages.tooMany(snippets.length));
  const firstIndex = new Map<string, number>();
  snippets.forEach((raw: unknown, i) => {
    if (raw === null || typeof raw !== 'object') return;
    const { id, body } = raw as { id?: unknown; body?: unknown };
    if (typeof id === 'string' && id) {
      const first = firstIndex.get(id);
      if (first === undefined) firstIndex.set(id, i);
      else report(['snippets', i, 'id'], MESSAGES.duplicateId(id, `snippets[${first}].id`));
    }
    const lines = typeof body === 'string' ? [body] : Array.isArray(body) && body.every((l) => typeof l === 'string') ? (body as string[]) : undefined;
    if (!lines) return;
    const text = bodyText(lines);
    if (text.length > PACK_LIMITS.maxBodyChars) return report(['snippets', i, 'body'], limitMessages.bodyTooLong(text.length));
    const error = scanSnippetBody(text);
    if (!error) return;
    // In a list body, point at the line that holds the problem.
    const path: Path = ['snippets', i, 'body'];
    if (typeof body !== 'string') {
      let line = 0;
      for (let start = 0; line < lines.length - 1 && start + lines[line]!.length < error.offset; line++) start += lines[line]!.length + 1;
      path.push(line);
    }
    report(path, error.message);
  });
}

interface Range {
  start: number;
  end: number;
}

/**
 * Where a problem at `path` is shown: a string, number or literal whole; an object or array by its property key
 * (or its opening bracket inside an array); a missing value by the opening brace of the object that lacks it.
 */
function rangeOf(root: Node, path: Path): Range {
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
function keyRange(root: Node, path: Path): Range {
  const key = findNodeAtLocation(root, path)?.parent?.children?.[0];
  return key ? { start: key.offset, end: key.offset + key.length } : rangeOf(root, path);
}

interface DuplicateKey {
  path: Path;
  key: string;
  /** The second occurrence of the key. */
  range: Range;
}

/** Keys that appear twice in one object (JSON.parse keeps the last one silently). */
function duplicateKeys(node: Node, path: Path = []): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) found.push({ path: [...path, key], key, range: { start: keyNode.offset, end: keyNode.offset + keyNode.length } });
      seen.add(key);
      if (value) found.push(...duplicateKeys(value, [...path, key]));
    }
  } else if (node.type === 'array') {
    node.children?.forEach((child, i) => found.push(...duplicateKeys(child, [...path, i])));
  }
  return found;
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) (bytes += 4), i++;
    else bytes += 3;
  }
  return bytes;
}
