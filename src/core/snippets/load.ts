// From pack text to a validated SnippetPack, or every problem with its JSON path and offsets.
// Packs are data only: nothing in a pack is ever executed.

import { formatPath, schemaKeysAt } from '../config/errors';
import { readJson, schemaProblems, type JsonPath, type JsonProblem } from '../json';
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
} satisfies Record<string, (...args: never[]) => Message>;

/** Validates pack text. `pack` is set only when there is no problem at all. */
export function parsePack(text: string, file: string): { pack?: SnippetPack; problems: PackProblem[] } {
  const bytes = utf8Length(text);
  if (bytes > PACK_LIMITS.maxBytes) {
    return { problems: [{ file, path: '', message: limitMessages.tooLarge(bytes), start: 0, end: 0 }] };
  }
  const doc = readJson(text);
  const found: JsonProblem[] = [...doc.problems];
  if (doc.value === undefined) return { problems: found.map((p) => packProblem(file, p)) };
  found.push(...schemaProblems(doc, packSchema(), (at) => schemaKeysAt(packSchema(), at)));
  checkContent(doc.value, (path, message) => found.push({ path, message, ...doc.rangeAt(path) }));
  const problems = found.map((p) => packProblem(file, p));
  return problems.length === 0 ? { pack: packSchema().parse(doc.value), problems } : { problems };
}

function packProblem(file: string, p: JsonProblem): PackProblem {
  return { file, path: p.path ? formatPath(p.path) : '', message: p.message, start: p.start, end: p.end };
}

/** Limits, duplicate ids and body syntax, on whatever part of the input has the right shape. */
function checkContent(input: unknown, report: (path: JsonPath, message: Message) => void): void {
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
    const path: JsonPath = ['snippets', i, 'body'];
    if (typeof body !== 'string') {
      let line = 0;
      for (let start = 0; line < lines.length - 1 && start + lines[line]!.length < error.offset; line++) start += lines[line]!.length + 1;
      path.push(line);
    }
    report(path, error.message);
  });
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
