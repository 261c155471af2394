// Editing pack files in place: only the edited entry changes; indentation, line breaks, key order, comments and
// the other entries stay as they are.

import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Message } from '../rules/types';
import { pinyinInitials } from './match';
import { PACK_SCHEMA_REF, type Snippet } from './schema';

/** Thrown when a file cannot be edited as a pack (not a JSON object, or `snippets` is not an array). */
export class PackEditError extends Error {
  constructor(readonly text: Message) {
    super(text.en);
    this.name = 'PackEditError';
  }
}

const NOT_A_PACK: Message = {
  en: 'cannot add the snippet: the file is not a valid snippet pack (a JSON object with a "snippets" array)',
  zh: '无法添加片段：文件不是有效的片段包（应为含“snippets”数组的 JSON 对象）',
};

/** Appends a snippet to the pack text; a snippet with the same id is replaced in place instead. */
export function addSnippet(text: string, snippet: Snippet): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const source = text.slice(bom.length);
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true });
  if (errors.length > 0 || root?.type !== 'object') throw new PackEditError(NOT_A_PACK);
  const list = findNodeAtLocation(root, ['snippets']);
  if (list && list.type !== 'array') throw new PackEditError(NOT_A_PACK);
  const entry = canonical(snippet);
  const index = list?.children?.findIndex((c) => c.type === 'object' && findNodeAtLocation(c, ['id'])?.value === snippet.id) ?? -1;
  const edits = list
    ? modify(source, ['snippets', index], entry, { formattingOptions: formattingOf(source) })
    : modify(source, ['snippets'], [entry], { formattingOptions: formattingOf(source) });
  return bom + applyEdits(source, edits);
}

/** The snippet with its keys in the documented order and no undefined values. */
function canonical(s: Snippet): Snippet {
  const { id, title, prefix, body, description, category, tags } = s;
  return { id, title, prefix, body, description, category, ...(tags === undefined ? {} : { tags }) };
}

/** The file's indentation (from its first indented line) and line break; two spaces and `\n` by default. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

export interface PackMeta {
  name: string;
  version: string;
  description: string;
  author?: string;
}

/** A new, empty pack file (two-space indentation, trailing newline). `$schema` defaults to PACK_SCHEMA_REF. */
export function newPackText(meta: PackMeta, schemaRef: string = PACK_SCHEMA_REF): string {
  const { name, version, description, author } = meta;
  const pack = { $schema: schemaRef, name, version, description, ...(author === undefined ? {} : { author }), snippets: [] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** An id for a new snippet: the title's pinyin initials (`tzm`), made unique with `-2`, `-3`, … */
export function suggestSnippetId(title: string, existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  const base = pinyinInitials(title).replace(/[^a-z0-9]/g, '') || 'snippet';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
