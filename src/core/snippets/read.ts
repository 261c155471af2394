// From a pack file's bytes to a validated pack, and the problems of files that cannot be read: shared by the
// Node reader (./node) and the editor's web build (vscode.workspace.fs).

import { decodeUtf8, type DecodeProblem } from '../decode';
import type { Message } from '../rules/types';
import { parsePack, type PackProblem } from './load';
import type { SnippetPack } from './schema';

export interface PackRead {
  pack?: SnippetPack;
  problems: PackProblem[];
  /** The file's text (BOM kept, so problem offsets index it), when it was read. */
  text?: string;
}

export const READ_PROBLEMS = {
  notFound: () => ({ en: 'the pack file does not exist', zh: '片段包文件不存在' }),
  notAFile: () => ({ en: 'not a file', zh: '不是文件' }),
  readFailed: (code: string) => ({ en: `cannot read the pack file (${code})`, zh: `无法读取片段包文件（${code}）` }),
  utf16: () => ({ en: 'the pack file is UTF-16; save it as UTF-8', zh: '片段包文件为 UTF-16 编码，请另存为 UTF-8' }),
  binary: () => ({ en: 'the pack file looks binary (NUL bytes), not JSON text', zh: '片段包文件看起来是二进制文件（含 NUL 字节），不是 JSON 文本' }),
  notUtf8: (gbk: boolean) => ({
    en: `the pack file is not valid UTF-8${gbk ? ' (it looks like GBK/GB18030)' : ''}; save it as UTF-8`,
    zh: `片段包文件不是有效的 UTF-8${gbk ? '（看起来是 GBK/GB18030 编码）' : ''}，请另存为 UTF-8`,
  }),
} satisfies Record<string, (...args: never[]) => Message>;

export const DECODE_PROBLEMS: Record<DecodeProblem, Message> = {
  utf16: READ_PROBLEMS.utf16(),
  binary: READ_PROBLEMS.binary(),
  'not-utf8': READ_PROBLEMS.notUtf8(false),
  gbk: READ_PROBLEMS.notUtf8(true),
};

/** A read with one problem for the whole file (missing, unreadable, too large …). */
export const readProblem =
  (file: string) =>
  (message: Message): PackRead => ({ problems: [{ file, path: '', message, start: 0, end: 0 }] });

/** Decodes and validates a pack file's bytes; binary, UTF-16 and non-UTF-8 files give one problem. */
export function packFromBytes(file: string, bytes: Uint8Array): PackRead {
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return readProblem(file)(DECODE_PROBLEMS[decoded.problem]);
  const text = decoded.bom ? `\uFEFF${decoded.text}` : decoded.text;
  return { ...parsePack(text, file), text };
}
